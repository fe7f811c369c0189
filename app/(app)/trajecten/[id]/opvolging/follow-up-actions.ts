"use server";

import { createAction } from "@/lib/actions/create-action";
import { toFormState } from "@/lib/actions/form-state";
import type { FormState } from "@/lib/actions/result";
import { saveTrajectDebrief } from "@/lib/debriefs/traject-debrief";
import { trajectDebriefSchema } from "@/lib/debriefs/traject-debrief-schema";
import { setFollowUpMoment } from "@/lib/followup/moment";
import { closeFollowUpRoundSchema, followUpMomentSchema, startFollowUpRoundSchema } from "@/lib/followup/round-schema";
import { closeFollowUpRound, startFollowUpRound } from "@/lib/followup/rounds";

// The follow-up page's trainer and tandem forms: the follow-up moment, the follow-up scan rounds and
// the traject's debrief (the steps' own actions are in ./actions.ts).
const PAGE = "/trajecten/[id]/opvolging";

const moment = createAction({ schema: followUpMomentSchema }, (input, actor) => setFollowUpMoment({ actor, input }));
const start = createAction({ schema: startFollowUpRoundSchema }, (input, actor) => startFollowUpRound({ actor, input }));
const close = createAction({ schema: closeFollowUpRoundSchema }, (input, actor) => closeFollowUpRound({ actor, input }));
const debrief = createAction({ schema: trajectDebriefSchema }, (input, actor) => saveTrajectDebrief({ actor, input }));

export async function setFollowUpMomentAction(_prev: FormState, formData: FormData) {
  return toFormState(await moment(formData), "Het vervolgmoment is bewaard.", PAGE);
}

export async function startFollowUpRoundAction(_prev: FormState, formData: FormData) {
  return toFormState(
    await start(formData),
    (r) =>
      r.invited > 0
        ? `De vervolgscan is gestart: ${r.invited} ${r.invited === 1 ? "persoon is" : "mensen zijn"} opnieuw uitgenodigd.`
        : "De vervolgscan is gestart. Nodig mensen uit op de pagina van het traject.",
    PAGE,
  );
}

export async function closeFollowUpRoundAction(_prev: FormState, formData: FormData) {
  return toFormState(
    await close(formData),
    (r) =>
      `De vervolgscan is afgesloten (${r.respondents} ingevulde ${r.respondents === 1 ? "scan" : "scans"}). De werkgever ziet nu de voortgang.`,
    PAGE,
  );
}

export async function saveTrajectDebriefAction(_prev: FormState, formData: FormData) {
  return toFormState(await debrief(formData), "Uw terugblik is bewaard. Dank u wel.", PAGE);
}
