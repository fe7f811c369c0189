import { checkboxValues, isoDate, line, recordId, text, wholeNumber, z } from "@/lib/zod";
import { GEDRAGSCODE_SECTION_KEYS } from "./sections";
import { healthConfirmField } from "@/lib/health-check/schema";

// One schema per gedragscode form (the editor, the live board and the sign-off panel post these).
const id = recordId();
const version = wholeNumber(z.number().min(0));

const clauseFields = {
  section: z.enum(GEDRAGSCODE_SECTION_KEYS, { message: "Kies een onderdeel." }),
  title: line().trim().min(2, "Geef de afspraak een korte titel.").max(160, "Gebruik maximaal 160 tekens."),
  body: text().trim().min(2, "Beschrijf de afspraak.").max(4000, "Gebruik maximaal 4000 tekens."),
  owner: line().trim().max(120, "Gebruik maximaal 120 tekens.").optional(),
  startDate: isoDate({ optional: true }),
  ...healthConfirmField,
};

export const clauseSchema = z.object({
  trajectId: id,
  ...clauseFields,
  themeKey: line().max(40).optional(),
  solutionKey: line().max(40).optional(),
});
export type ClauseInput = z.infer<typeof clauseSchema>;

/** "Mijn tekst bewaren" in a conflict sends it: whose text this replaces is told (issue 26); anything else is refused. */
const keepMine = z.enum(["on"], { message: "Onbekende keuze." }).optional();

/** An edit names the clause's own version: the same clause edited twice is a conflict, never an overwrite. */
export const clauseEditSchema = z.object({ trajectId: id, clauseId: id, version, ...clauseFields, keepMine });
export type ClauseEditInput = z.infer<typeof clauseEditSchema>;

export const clauseMoveSchema = z.object({
  trajectId: id,
  clauseId: id,
  /** The place in its section to move to, from 0 (buttons send the neighbour's, dragging the drop's) */
  to: wholeNumber(z.number().min(0).max(10_000)),
});
export const clauseRemoveSchema = z.object({ trajectId: id, version, clauseId: id });
/** With a version ("Mijn tekst terugzetten" after an overwrite) the restore is version-checked. */
export const restoreSchema = z.object({ trajectId: id, revisionId: id, version: version.optional(), keepMine });
export const preambleSchema = z.object({
  trajectId: id,
  version,
  preamble: text().trim().max(4000, "Gebruik maximaal 4000 tekens."),
  ...healthConfirmField,
});

/** Accepting proposals of the draft from the scan: the ones ticked, by their key. */
export const acceptProposalsSchema = z.object({
  trajectId: id,
  proposals: checkboxValues(line().max(120), 200).refine((v) => v.length > 0, "Kies ten minste één voorstel."),
});

/** A proposal of the scan by its key ("Niet opnemen", "Toch tonen" on the board). */
const proposalKey = line().min(1, "Kies een voorstel.").max(120, "Dit voorstel is niet herkend.");
export const proposalKeySchema = z.object({ trajectId: id, key: proposalKey });
/** "Aanpassen en opnemen": the proposal as edited, a new clause, and which proposal it came from. */
export const adoptProposalSchema = clauseSchema.extend({ proposalKey });
export type AdoptProposalInput = z.infer<typeof adoptProposalSchema>;

export const signersSchema = z.object({
  trajectId: id,
  signers: checkboxValues(id, 20).refine((v) => v.length > 0, "Kies ten minste één persoon die namens de werkgever tekent."),
});
export const signSchema = z.object({
  trajectId: id,
  /** The hash of the text the signer read: a code changed meanwhile is not signed unseen */
  contentHash: line().regex(/^[0-9a-f]{64}$/, "De tekst is niet herkend. Laad de pagina opnieuw."),
  /** The checkbox: absent = no consent; anything but "on" is refused, not read as "no" */
  consentToReuse: z
    .enum(["on"], { message: "Onbekende keuze." })
    .optional()
    .transform((v) => v === "on"),
});
export const signingLinkSchema = z.object({ trajectId: id, keyPersonId: id });
/** "Klaar om te tekenen": the tandem says the text is ready; the signers are asked */
export const requestSignaturesSchema = z.object({ trajectId: id });
const listHash = line().regex(/^[0-9a-f]{64}$/, "De lijst is niet herkend. Laad de pagina opnieuw.");
/** The directie confirms the signer list they were shown (its hash): a list changed meanwhile is not confirmed unseen */
export const confirmSignersSchema = z.object({ trajectId: id, signersHash: listHash });
/** No name or function: a signature takes them from the key person's record (issue 20) */
export const linkSignSchema = z.object({
  token: line().max(200),
  contentHash: signSchema.shape.contentHash,
  consentToReuse: signSchema.shape.consentToReuse,
  /** only on a directie's page whose list still needs confirming */
  signersHash: listHash.optional(),
});
// reopening voids every signature: the directie ticks that they know who must sign again (issue 24)
export const reopenSchema = z.object({
  trajectId: id,
  confirm: z.literal("on", { message: "Vink aan dat u weet wie daarna opnieuw moet tekenen." }),
});

export const nextStepSchema = z.object({
  trajectId: id,
  text: text().trim().min(3, "Beschrijf de vervolgstap.").max(500, "Gebruik maximaal 500 tekens."),
  owner: line().trim().max(120).optional(),
  dueDate: isoDate({ optional: true }),
  ...healthConfirmField,
});
export const nextStepRemoveSchema = z.object({ trajectId: id, nextStepId: id });
