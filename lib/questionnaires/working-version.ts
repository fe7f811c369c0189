// The "werkversie" label (issue 25, ADR 026): the bundled questionnaire is the app's own proposal,
// written because the method's own 2025 questionnaire was not published. Shown to the admin, the
// tandem and the employer, and in the report's reading guide; never on the respondent's pages
// (app/scan/[token]/*), where it could make the scan look like a test. Pure and client-safe.

export const WORKING_VERSION_LABEL = "Werkversie";

export const WORKING_VERSION_TEXT =
  "Deze vragenlijst is een voorstel van deze app, geschreven omdat de vragenlijst van de methode nog niet is gepubliceerd. Zodra een beheerder de vragenlijst van de methode importeert, is dat een nieuwe versie zonder dit label.";

/** The sentence for the report's reading guide, or null for an imported questionnaire. */
export const workingVersionNote = (bundled: boolean): string | null =>
  bundled ? `${WORKING_VERSION_LABEL}: ${WORKING_VERSION_TEXT}` : null;
