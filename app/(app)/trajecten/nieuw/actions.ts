"use server";

import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/create-action";
import { createTraject } from "@/lib/trajecten/planning";
import { trajectCreateSchema } from "@/lib/trajecten/planning-schema";

export type CreateTrajectState = { ok: false; message: string; fieldErrors?: Record<string, string[]> } | null;

const create = createAction({ schema: trajectCreateSchema, permission: "traject:create" }, (input, actor) =>
  createTraject({ actor, input }),
);

export async function createTrajectAction(_prev: CreateTrajectState, formData: FormData): Promise<CreateTrajectState> {
  const result = await create(formData);
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  redirect(`/trajecten/${result.data.id}`);
}
