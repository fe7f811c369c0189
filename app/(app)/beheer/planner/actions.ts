"use server";

import { createAction } from "@/lib/actions/create-action";
import { toFormState } from "@/lib/actions/form-state";
import type { FormState } from "@/lib/actions/result";
import { retryFailedMail, runJobNow, sendTestMail } from "@/lib/scheduler/admin";
import { jobNameSchema, mailIdSchema, testMailSchema } from "@/lib/scheduler/schema";

const PLANNER_PAGE = "/beheer/planner";

const run = createAction({ schema: jobNameSchema }, (i, actor) => runJobNow({ actor, name: i.job }));
export async function runJobNowAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await run(formData), (r) => (r.outcome === "ok" ? `Klaar. ${r.message}` : (r.message ?? "Mislukt.")), PLANNER_PAGE);
}

const retry = createAction({ schema: mailIdSchema }, (i, actor) => retryFailedMail({ actor, mailId: i.mailId }));
export async function retryFailedMailAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(
    await retry(formData),
    (m) =>
      m.status === "SENT" ? "Verstuurd." : `Nog niet gelukt${m.lastError ? `: ${m.lastError}` : ""}. De planner probeert het opnieuw.`,
    PLANNER_PAGE,
  );
}

const test = createAction({ schema: testMailSchema }, (_i, actor) => sendTestMail({ actor }));
export async function sendTestMailAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await test(formData), (r) => r.message, PLANNER_PAGE);
}
