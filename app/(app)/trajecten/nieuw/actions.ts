"use server";

import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import type { ActionFailure } from "@/lib/actions/result";
import { createTraject } from "@/lib/planning/planning";
import { trajectCreateSchema } from "@/lib/trajecten/planning-schema";

/** Success redirects, so the form only ever holds a failure. */
export type CreateTrajectState = ActionFailure | null;

const create = createAction({ schema: trajectCreateSchema }, (input, actor) => createTraject({ actor, input }));

export async function createTrajectAction(_prev: CreateTrajectState, formData: FormData): Promise<CreateTrajectState> {
  const result = await create(formData);
  if (!result.ok) return result;
  redirect(`/trajecten/${result.data.id}`);
}
