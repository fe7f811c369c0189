"use server";

import { createAction } from "@/lib/actions/create-action";
import { toFormState } from "@/lib/actions/form-state";
import type { FormState } from "@/lib/actions/result";
import { eraseEmployer, eraseRespondent } from "@/lib/privacy/erasure";
import { applyRetention, retentionSummary } from "@/lib/privacy/retention";
import { eraseEmployerSchema, eraseRespondentSchema, retentionRunSchema } from "@/lib/privacy/schema";
import { eraseCandidate } from "@/lib/privacy/candidates";
import { candidateIdSchema } from "@/lib/training/candidate-schema";

const PRIVACY_PAGE = "/beheer/privacy";

const erase = createAction({ schema: eraseEmployerSchema }, (input, actor) => eraseEmployer({ actor, input }));
export async function eraseEmployerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(
    await erase(formData),
    (c) =>
      `Gewist: ${c.trajecten} traject(en), ${c.respondents} uitnodiging(en) met hun antwoorden, ${c.users} account(s) en ${c.mails} e-mail(s). Het logboek houdt bij dat dit is gebeurd, zonder namen.`,
    PRIVACY_PAGE,
  );
}

const eraseOne = createAction({ schema: eraseRespondentSchema }, (input, actor) =>
  eraseRespondent({ actor, invitationId: input.invitationId }),
);
export async function eraseRespondentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(
    await eraseOne(formData),
    (c) => `Gewist: de uitnodiging, ${c.answers} antwoord(en), ${c.notes} tekst(en) en ${c.mails} e-mail(s).`,
    PRIVACY_PAGE,
  );
}

const retention = createAction({ schema: retentionRunSchema }, (_input, actor) => applyRetention({ actor }));
export async function applyRetentionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await retention(formData), retentionSummary, PRIVACY_PAGE);
}

const eraseCandidateOne = createAction({ schema: candidateIdSchema }, (input, actor) =>
  eraseCandidate({ actor, candidateId: input.candidateId }),
);
export async function eraseCandidateAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(
    await eraseCandidateOne(formData),
    (r) => `De kandidaat is gewist.${r.hadAccount ? " Het account van deze persoon bestaat nog: dat staat bij Gebruikers." : ""}`,
    PRIVACY_PAGE,
  );
}
