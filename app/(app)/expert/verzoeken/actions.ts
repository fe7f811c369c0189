"use server";

import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import type { FormState } from "@/lib/actions/result";
import { respondToRequest, stepBack } from "@/lib/tandem/requests";
import { respondSchema, stepBackSchema } from "@/lib/tandem/schema";

const respond = createAction({ schema: respondSchema }, (input, actor) => respondToRequest({ actor, ...input }));
/** Yes leads to the traject (now with its results); no back home. */
export async function respondAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await respond(formData);
  if (!result.ok) return result;
  redirect(formData.get("answer") === "accept" ? `/trajecten/${String(formData.get("trajectId"))}` : "/expert");
}

const back = createAction({ schema: stepBackSchema }, (input, actor) => stepBack({ actor, ...input }));
export async function stepBackAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await back(formData);
  if (!result.ok) return result;
  redirect("/expert");
}
