"use server";

import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { toFormState } from "@/lib/actions/form-state";
import type { FormState } from "@/lib/actions/result";
import { confirmCompletion, recordAttendance } from "@/lib/training/attendance";
import { addCohortParticipant, cancelTrainingSession, saveCohort, saveTrainingSession, setCohortTrainers } from "@/lib/training/cohorts";
import {
  attendanceSchema,
  cancelTrainingSessionSchema,
  cohortParticipantSchema,
  cohortSchema,
  cohortTrainersSchema,
  confirmCompletionSchema,
  trainingSessionSchema,
} from "@/lib/training/schema";

const PAGE = "/beheer/cohorten/[id]";

const save = createAction({ schema: cohortSchema }, (input, actor) => saveCohort({ actor, input }));
export async function saveCohortAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const isNew = !formData.get("cohortId");
  const result = await save(formData);
  // a new cohort opens on its own page: sessions, trainers and participants are added there
  if (result.ok && isNew) redirect(`/beheer/cohorten/${result.data.id}`);
  return toFormState(result, "Het cohort is opgeslagen.", isNew ? "/beheer/cohorten" : PAGE);
}

const trainers = createAction({ schema: cohortTrainersSchema }, (input, actor) => setCohortTrainers({ actor, input }));
export async function setCohortTrainersAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await trainers(formData), "De trainers zijn opgeslagen; hun agenda's volgen.", PAGE);
}

const session = createAction({ schema: trainingSessionSchema }, (input, actor) => saveTrainingSession({ actor, input }));
export async function saveTrainingSessionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(
    await session(formData),
    ({ requested }) => `De trainingsbijeenkomst is opgeslagen${requested ? `; ${requested} agenda-uitnodiging(en) verstuurd` : ""}.`,
    PAGE,
  );
}

const cancel = createAction({ schema: cancelTrainingSessionSchema }, (input, actor) => cancelTrainingSession({ actor, input }));
export async function cancelTrainingSessionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await cancel(formData), "De trainingsbijeenkomst is afgezegd; wie haar in de agenda had, krijgt een afzegging.", PAGE);
}

const participant = createAction({ schema: cohortParticipantSchema }, (input, actor) => addCohortParticipant({ actor, input }));
export async function addCohortParticipantAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await participant(formData), "De deelnemer is toegevoegd en krijgt de komende bijeenkomsten in de agenda.", PAGE);
}

const attendance = createAction({ schema: attendanceSchema }, (input, actor) => recordAttendance({ actor, input }));
export async function recordAttendanceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await attendance(formData), "De aanwezigheid is vastgelegd.", PAGE);
}

const confirm = createAction({ schema: confirmCompletionSchema }, (input, actor) => confirmCompletion({ actor, input }));
export async function confirmCompletionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await confirm(formData), "De training is afgerond bevestigd en het certificaat is uitgegeven.", PAGE);
}
