"use server";

import { createAction } from "@/lib/actions/create-action";
import { toFormState } from "@/lib/actions/form-state";
import type { FormState } from "@/lib/actions/result";
import { pauseTimer, resetTimer, resumeTimer, setPresenter, startTimer } from "@/lib/room/presenter";
import {
  PRESENTER_VIEW_LABELS,
  presenterStepSchema,
  presenterViewSchema,
  startTimerSchema,
  timerOpSchema,
} from "@/lib/room/presenter-schema";

// The facilitator's presenter on the board (lib/room/presenter.ts): plain forms, so they work without JavaScript.

const BOARD = "/trajecten/[id]/bord";

const view = createAction({ schema: presenterViewSchema }, ({ choice, ...i }, actor) => setPresenter({ actor, ...i, ...choice }));
const step = createAction({ schema: presenterStepSchema }, ({ step: agendaStep, ...i }, actor) =>
  setPresenter({ actor, ...i, agendaStep }),
);
const start = createAction({ schema: startTimerSchema }, (i, actor) => startTimer({ actor, ...i }));
const TIMER = { pause: pauseTimer, resume: resumeTimer, reset: resetTimer } as const;
const timer = createAction({ schema: timerOpSchema }, ({ op, ...i }, actor) => TIMER[op]({ actor, ...i }));

const TIMER_DONE = { pause: "De klok is gepauzeerd.", resume: "De klok loopt weer.", reset: "De klok is gestopt." } as const;

export async function presenterViewAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await view(formData), (d) => `De beamer toont nu: ${PRESENTER_VIEW_LABELS[d.view]}.`, BOARD);
}

export async function presenterStepAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await step(formData), (d) => `Nu stap ${d.agendaStep + 1} van de agenda.`, BOARD);
}

export async function startTimerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return toFormState(await start(formData), "De klok loopt.", BOARD);
}

export async function timerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const op = formData.get("op");
  return toFormState(await timer(formData), op === "pause" || op === "resume" ? TIMER_DONE[op] : TIMER_DONE.reset, BOARD);
}
