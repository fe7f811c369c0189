import { createHash } from "node:crypto";

// Who must sign for the employer is the employer's own decision (issue 20): the tandem or an employer
// user proposes a list, and it takes effect only once a confirmed directie confirmed exactly that list.
// "Exactly" is a hash over each listed person's id, name, function, address and directie confirmation,
// so changing the list, or renaming a listed person or pointing them at another address, needs a new
// confirmation.

export interface ListedPerson {
  id: string;
  name: string;
  email: string;
  function: string;
  directieConfirmedAt: Date | null;
}

const isConfirmedDirectie = (p: ListedPerson) => p.function === "DIRECTIE" && p.directieConfirmedAt !== null;

export function signerListHash(people: readonly ListedPerson[]): string {
  const lines = people
    .map((p) => JSON.stringify([p.id, p.name, p.function, p.email.toLowerCase(), isConfirmedDirectie(p) ? "1" : "0"]))
    .sort();
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

/**
 * What keeps a list from being confirmed, in plain Dutch (empty: it can be). At least one confirmed
 * directie, no unconfirmed one, and someone of the OR when the employer has an OR (an OR key person is
 * recorded, or its directie said so).
 */
export function signerListProblems(people: readonly ListedPerson[], opts: { worksCouncilRequired: boolean }): string[] {
  const problems: string[] = [];
  if (!people.some(isConfirmedDirectie)) problems.push("Zet ten minste één bevestigd lid van de directie op de lijst.");
  for (const p of people)
    if (p.function === "DIRECTIE" && !p.directieConfirmedAt)
      problems.push(`${p.name} staat als directie op de lijst, maar is nog niet door de werkgever als directie bevestigd.`);
  if (opts.worksCouncilRequired && !people.some((p) => p.function === "ONDERNEMINGSRAAD"))
    problems.push("Deze werkgever heeft een ondernemingsraad: zet iemand van de ondernemingsraad op de lijst.");
  return problems;
}

export { isConfirmedDirectie };
