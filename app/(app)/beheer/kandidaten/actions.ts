"use server";

import { createAction } from "@/lib/actions/create-action";
import { toFormState } from "@/lib/actions/form-state";
import type { FormState } from "@/lib/actions/result";
import { createCandidate, moveCandidate, startCandidateInCohort, updateCandidate } from "@/lib/training/candidates";
import { CANDIDATE_STATUS_LABEL } from "@/lib/training/labels";
import { candidateCreateSchema, candidateMoveSchema, candidateStartSchema, candidateUpdateSchema } from "@/lib/training/candidate-schema";

const LIST = "/beheer/kandidaten";
const PAGE = "/beheer/kandidaten/[id]";

const create = createAction({ schema: candidateCreateSchema }, (input, actor) => createCandidate({ actor, input }));
export async function createCandidateAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await create(formData), (c) => `${c.name} staat bij de kandidaten, met de status ‘Belangstelling’.`, LIST);
}

const update = createAction({ schema: candidateUpdateSchema }, (input, actor) => updateCandidate({ actor, input }));
export async function updateCandidateAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await update(formData), "De gegevens zijn opgeslagen.", PAGE);
}

const move = createAction({ schema: candidateMoveSchema }, (input, actor) => moveCandidate({ actor, input }));
export async function moveCandidateAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await move(formData), (r) => `De status is nu ‘${CANDIDATE_STATUS_LABEL[r.status]}’.`, PAGE);
}

const start = createAction({ schema: candidateStartSchema }, (input, actor) => startCandidateInCohort({ actor, input }));
export async function startCandidateAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(
    await start(formData),
    (r) =>
      r.newAccount
        ? `${r.name} is gestart in ${r.cohortName}. Er is een account gemaakt; de link om een wachtwoord te kiezen staat in Uitgaande e-mail.`
        : `${r.name} is gestart in ${r.cohortName}, met het account dat er al was.`,
    PAGE,
  );
}
