"use server";

import { createAction } from "@/lib/actions/create-action";
import { toFormState } from "@/lib/actions/form-state";
import type { FormState } from "@/lib/actions/result";
import { assignExpert, planSession, setTrajectStatus, withdrawExpert } from "@/lib/planning/planning";
import { reassignTraject, updateTrajectDetails } from "@/lib/planning/details";
import { recordPresence } from "@/lib/sessions/sessions";
import { undoSessionHeld } from "@/lib/sessions/held";
import { presenceSchema, undoHeldSchema } from "@/lib/sessions/schema";
import { closeScan } from "@/lib/trajecten/close-scan";
import { TRAJECT_STATUS_LABEL } from "@/lib/trajecten/labels";
import { saveDebrief } from "@/lib/debriefs/debriefs";
import { debriefSchema } from "@/lib/debriefs/schema";
import { approveClaim } from "@/lib/compensation/claims";
import { claimActionSchema } from "@/lib/compensation/schema";
import { confirmOutcome } from "@/lib/trajecten/outcome";
import { outcomeSchema } from "@/lib/trajecten/outcome-schema";
import {
  expertAssignmentSchema,
  scanCloseSchema,
  statusChangeSchema,
  trajectDetailsSchema,
  trajectReassignSchema,
} from "@/lib/trajecten/planning-schema";
import { sessionPlanSchema } from "@/lib/sessions/schema";

const plan = createAction({ schema: sessionPlanSchema }, (input, actor) => planSession({ actor, input }));
const status = createAction({ schema: statusChangeSchema }, (i, actor) => setTrajectStatus({ actor, ...i }));
const assign = createAction({ schema: expertAssignmentSchema }, (i, actor) => assignExpert({ actor, ...i }));
const withdraw = createAction({ schema: expertAssignmentSchema }, (i, actor) => withdrawExpert({ actor, ...i }));

const details = createAction({ schema: trajectDetailsSchema }, (input, actor) => updateTrajectDetails({ actor, input }));
const reassign = createAction({ schema: trajectReassignSchema }, (input, actor) => reassignTraject({ actor, input }));

const close = createAction({ schema: scanCloseSchema }, (input, actor) => closeScan({ actor, input }));
const undoHeld = createAction({ schema: undoHeldSchema }, (input, actor) => undoSessionHeld({ actor, input }));

const presence = createAction({ schema: presenceSchema }, (input, actor) => recordPresence({ actor, input }));

const debrief = createAction({ schema: debriefSchema }, (input, actor) => saveDebrief({ actor, input }));

const approve = createAction({ schema: claimActionSchema }, (input, actor) => approveClaim({ actor, input }));

const outcome = createAction({ schema: outcomeSchema }, (input, actor) => confirmOutcome({ actor, ...input }));

const PAGE = "/trajecten/[id]";

export async function confirmOutcomeAction(_prev: FormState, formData: FormData) {
  return toFormState(await outcome(formData), "De uitkomst van het traject is vastgelegd.", PAGE);
}

export async function planSessionAction(_prev: FormState, formData: FormData) {
  return toFormState(
    await plan(formData),
    (c) =>
      `De bijeenkomst is bewaard.${c.requested ? ` Agenda-uitnodiging verstuurd aan ${c.requested}.` : ""}${c.cancelled ? ` Afmelding verstuurd aan ${c.cancelled}.` : ""}${c.phase ? ` De fase is nu '${TRAJECT_STATUS_LABEL[c.phase]}'.` : ""}`,
    PAGE,
  );
}
export async function closeScanAction(_prev: FormState, formData: FormData) {
  return toFormState(
    await close(formData),
    (c) =>
      c.heldBack
        ? `De scan is gesloten: ${c.submitted} van ${c.invited} ingevuld. ${c.heldBack}`
        : `De scan is gesloten: ${c.submitted} van ${c.invited} ingevuld.${c.belowMinimum ? " De werkgever ziet geen cijfers, alleen de aandachtspunten bij naam." : " De werkgever ziet nu de uitkomsten."}`,
    PAGE,
  );
}
export async function undoHeldAction(_prev: FormState, formData: FormData) {
  return toFormState(
    await undoHeld(formData),
    (c) =>
      `De bijeenkomst staat weer op gepland; er is geen e-mail verstuurd.${c.phase ? ` De fase is nu '${TRAJECT_STATUS_LABEL[c.phase]}'.` : ""}`,
    PAGE,
  );
}
export async function setStatusAction(_prev: FormState, formData: FormData) {
  return toFormState(await status(formData), "De fase is bijgewerkt.", PAGE);
}
export async function assignExpertAction(_prev: FormState, formData: FormData) {
  return toFormState(
    await assign(formData),
    "De ervaringsdeskundige is gevraagd. Het antwoord ziet u hier zodra die ja of nee heeft gezegd.",
    PAGE,
  );
}
export async function withdrawExpertAction(_prev: FormState, formData: FormData) {
  return toFormState(await withdraw(formData), "De ervaringsdeskundige staat niet meer bij dit traject.", PAGE);
}
export async function updateTrajectDetailsAction(_prev: FormState, formData: FormData) {
  return toFormState(await details(formData), "De gegevens zijn bewaard.", PAGE);
}
export async function reassignTrajectAction(_prev: FormState, formData: FormData) {
  return toFormState(await reassign(formData), "Het traject is overgedragen.", PAGE);
}
export async function recordPresenceAction(_prev: FormState, formData: FormData) {
  return toFormState(await presence(formData), "De aanwezigheid is bewaard.", PAGE);
}
export async function saveDebriefAction(_prev: FormState, formData: FormData) {
  return toFormState(await debrief(formData), "Uw terugblik is bewaard.", PAGE);
}
export async function approveClaimAction(_prev: FormState, formData: FormData) {
  return toFormState(await approve(formData), "De declaratie is goedgekeurd.", PAGE);
}
