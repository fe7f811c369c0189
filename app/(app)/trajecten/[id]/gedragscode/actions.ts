"use server";

import { createAction } from "@/lib/actions/create-action";
import { fieldOf } from "@/lib/actions/form-data";
import { toFormState } from "@/lib/actions/form-state";
import type { ActionResult, FormState } from "@/lib/actions/result";
import { addClause, editClause, moveClause, removeClause, restoreRevision, setPreamble } from "@/lib/gedragscode/clauses";
import { addNextStep, removeNextStep } from "@/lib/gedragscode/next-steps";
import { acceptProposals, adoptEditedProposal, dismissProposal, showProposal } from "@/lib/gedragscode/proposals";
import { confirmSigners, reopenCode, sendSigningLink, setSigners, signCode } from "@/lib/gedragscode/signoff";
import { requestSignatures } from "@/lib/gedragscode/signing-requests";
import { confirmDirectie, setWorksCouncil } from "@/lib/employers/directie";
import { directieConfirmSchema, worksCouncilSchema } from "@/lib/employers/schema";
import {
  acceptProposalsSchema,
  adoptProposalSchema,
  clauseEditSchema,
  clauseMoveSchema,
  clauseRemoveSchema,
  clauseSchema,
  confirmSignersSchema,
  nextStepRemoveSchema,
  nextStepSchema,
  preambleSchema,
  proposalKeySchema,
  reopenSchema,
  requestSignaturesSchema,
  restoreSchema,
  signSchema,
  signersSchema,
  signingLinkSchema,
} from "@/lib/gedragscode/schema";
import { UNKNOWN_OPERATION_MESSAGE, keyOf } from "@/lib/zod";

const actions = {
  addClause: createAction({ schema: clauseSchema }, (input, actor) => addClause({ actor, input })),
  editClause: createAction({ schema: clauseEditSchema }, (input, actor) => editClause({ actor, input })),
  moveClause: createAction({ schema: clauseMoveSchema }, (i, actor) => moveClause({ actor, ...i })),
  removeClause: createAction({ schema: clauseRemoveSchema }, (i, actor) => removeClause({ actor, ...i })),
  restore: createAction({ schema: restoreSchema }, (i, actor) => restoreRevision({ actor, ...i })),
  preamble: createAction({ schema: preambleSchema }, ({ gezondheidscheck, ...i }, actor) =>
    setPreamble({ actor, ...i, confirmed: gezondheidscheck }),
  ),
  acceptProposals: createAction({ schema: acceptProposalsSchema }, (i, actor) =>
    acceptProposals({ actor, trajectId: i.trajectId, keys: i.proposals }),
  ),
  adoptProposal: createAction({ schema: adoptProposalSchema }, (input, actor) => adoptEditedProposal({ actor, input })),
  dismissProposal: createAction({ schema: proposalKeySchema }, (i, actor) => dismissProposal({ actor, ...i })),
  showProposal: createAction({ schema: proposalKeySchema }, (i, actor) => showProposal({ actor, ...i })),
  signers: createAction({ schema: signersSchema }, (i, actor) => setSigners({ actor, trajectId: i.trajectId, keyPersonIds: i.signers })),
  sign: createAction({ schema: signSchema }, (i, actor) => signCode({ actor, ...i })),
  signingLink: createAction({ schema: signingLinkSchema }, (i, actor) => sendSigningLink({ actor, ...i })),
  requestSignatures: createAction({ schema: requestSignaturesSchema }, (i, actor) => requestSignatures({ actor, ...i })),
  confirmSigners: createAction({ schema: confirmSignersSchema }, (i, actor) => confirmSigners({ actor, ...i })),
  confirmDirectie: createAction({ schema: directieConfirmSchema }, (i, actor) => confirmDirectie({ actor, ...i })),
  worksCouncil: createAction({ schema: worksCouncilSchema }, (i, actor) => setWorksCouncil({ actor, ...i })),
  reopen: createAction({ schema: reopenSchema }, (i, actor) => reopenCode({ actor, trajectId: i.trajectId })),
  addStep: createAction({ schema: nextStepSchema }, (input, actor) => addNextStep({ actor, input })),
  removeStep: createAction({ schema: nextStepRemoveSchema }, (i, actor) => removeNextStep({ actor, ...i })),
};

const MESSAGES: Record<keyof typeof actions, string> = {
  addClause: "De afspraak is toegevoegd.",
  editClause: "De afspraak is bewaard.",
  moveClause: "De afspraak is verplaatst.",
  removeClause: "De afspraak is verwijderd.",
  restore: "Deze versie is weer de huidige.",
  preamble: "De preambule is bewaard.",
  acceptProposals: "De gekozen voorstellen staan nu in de code.",
  adoptProposal: "Het aangepaste voorstel staat nu in de code.",
  dismissProposal: "Het voorstel is weggelaten. U kunt het terughalen onder Weggelaten voorstellen.",
  showProposal: "Het voorstel staat weer tussen de voorstellen.",
  signers: "Bewaard wie namens de werkgever tekent. De directie bevestigt de lijst; daarna kan er getekend worden.",
  sign: "U heeft de code ondertekend.",
  signingLink: "De ondertekenlink is verstuurd.",
  requestSignatures: "De code staat klaar om te tekenen.",
  confirmSigners: "U heeft bevestigd wie er namens de werkgever tekent. Nu kan er getekend worden.",
  confirmDirectie: "Deze persoon is nu bevestigd als directie.",
  worksCouncil: "Bewaard of uw organisatie een ondernemingsraad heeft.",
  reopen: "De gedragscode is heropend en weer een concept. De handtekeningen zijn vervallen.",
  addStep: "De vervolgstap is toegevoegd.",
  removeStep: "De vervolgstap is verwijderd.",
};

/** The success message, with what the change did to signatures and adoption. */
function messageFor(op: keyof typeof actions, data: unknown): string {
  const d = (data ?? {}) as { voidedSignatures?: number; adopted?: boolean; asked?: string[]; notAsked?: string[] };
  const parts = [MESSAGES[op]];
  if (d.asked)
    parts.push(d.asked.length > 0 ? `Gevraagd om te tekenen: ${d.asked.join(", ")}.` : "Iedereen op de lijst heeft al getekend.");
  if (d.notAsked?.length) parts.push(`Niet gevraagd: ${d.notAsked.join(" ")}`);
  if (d.voidedSignatures)
    parts.push(
      d.voidedSignatures === 1
        ? "Let op: er was al getekend; die handtekening is vervallen, want de tekst is veranderd."
        : `Let op: er was al getekend; die ${d.voidedSignatures} handtekeningen zijn vervallen, want de tekst is veranderd.`,
    );
  if (d.adopted) parts.push("Iedereen heeft getekend: de gedragscode is vastgesteld.");
  return parts.join(" ");
}

// Only the table's own keys: `op in actions` would also accept "__proto__", "constructor", "toString", …;
// a repeated field is refused rather than read as its first value.
const opSchema = keyOf(actions);

/** One entry point for the code's forms; the hidden "op" field names the change. */
export async function gedragscodeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const op = opSchema.safeParse(fieldOf(formData, "op"));
  if (!op.success) return { ok: false, code: "VALIDATION", message: UNKNOWN_OPERATION_MESSAGE };
  const result = await (actions[op.data] as (f: FormData) => Promise<ActionResult<unknown>>)(formData);
  // an edit that conflicted keeps what the writer typed, so the page shows both texts (also without JavaScript)
  if (!result.ok && result.code === "CONFLICT" && op.data === "editClause" && result.details)
    return { ...result, details: { ...result.details, mine: typedClause(formData) } };
  return toFormState(result, (data) => messageFor(op.data, data), "/trajecten/[id]/gedragscode");
}

function typedClause(formData: FormData) {
  const text = (name: string) => {
    const v = formData.get(name);
    return typeof v === "string" ? v.slice(0, 4000) : "";
  };
  return { title: text("title"), body: text("body"), owner: text("owner"), startDate: text("startDate"), section: text("section") };
}
