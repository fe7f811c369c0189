"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { assignExpert, planSession, setTrajectStatus, withdrawExpert } from "@/lib/trajecten/planning";
import { expertAssignmentSchema, sessionPlanSchema, statusChangeSchema } from "@/lib/trajecten/planning-schema";

type State = { ok: boolean; message: string } | null;

const plan = createAction({ schema: sessionPlanSchema, permission: "traject:plan" }, (input, actor) => planSession({ actor, input }));
const status = createAction({ schema: statusChangeSchema, permission: "traject:plan" }, (i, actor) => setTrajectStatus({ actor, ...i }));
const assign = createAction({ schema: expertAssignmentSchema, permission: "traject:plan" }, (i, actor) => assignExpert({ actor, ...i }));
const withdraw = createAction({ schema: expertAssignmentSchema, permission: "traject:plan" }, (i, actor) => withdrawExpert({ actor, ...i }));

async function run(result: Promise<{ ok: boolean; message?: string }>, success: string): Promise<State> {
  const r = await result;
  if (!r.ok) return { ok: false, message: r.message ?? "" };
  revalidatePath("/trajecten/[id]", "page");
  return { ok: true, message: success };
}

export async function planSessionAction(_prev: State, formData: FormData) {
  return run(plan(formData), "De bijeenkomst is bijgewerkt.");
}
export async function setStatusAction(_prev: State, formData: FormData) {
  return run(status(formData), "De fase is bijgewerkt.");
}
export async function assignExpertAction(_prev: State, formData: FormData) {
  return run(assign(formData), "De ervaringsdeskundige is gekoppeld.");
}
export async function withdrawExpertAction(_prev: State, formData: FormData) {
  return run(withdraw(formData), "De koppeling is beëindigd.");
}
