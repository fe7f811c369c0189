"use server";

import { createAction } from "@/lib/actions/create-action";
import { fieldOf } from "@/lib/actions/form-data";
import { toFormState } from "@/lib/actions/form-state";
import type { FormState } from "@/lib/actions/result";
import { addClause, addNextStep, adoptCode, removeClause, removeNextStep, reopenCode, setPreamble } from "@/lib/gedragscode/mutations";
import {
  adoptSchema,
  clauseRemoveSchema,
  clauseSchema,
  nextStepRemoveSchema,
  nextStepSchema,
  preambleSchema,
  reopenSchema,
} from "@/lib/gedragscode/schema";
import { UNKNOWN_OPERATION_MESSAGE, keyOf } from "@/lib/zod";

const actions = {
  addClause: createAction({ schema: clauseSchema }, (input, actor) => addClause({ actor, input })),
  removeClause: createAction({ schema: clauseRemoveSchema }, (i, actor) => removeClause({ actor, ...i })),
  preamble: createAction({ schema: preambleSchema }, (i, actor) => setPreamble({ actor, ...i })),
  adopt: createAction({ schema: adoptSchema }, (i, actor) => adoptCode({ actor, ...i })),
  reopen: createAction({ schema: reopenSchema }, (i, actor) => reopenCode({ actor, ...i })),
  addStep: createAction({ schema: nextStepSchema }, (input, actor) => addNextStep({ actor, input })),
  removeStep: createAction({ schema: nextStepRemoveSchema }, (i, actor) => removeNextStep({ actor, ...i })),
};

const MESSAGES: Record<keyof typeof actions, string> = {
  addClause: "De afspraak is toegevoegd.",
  removeClause: "De afspraak is verwijderd.",
  preamble: "De preambule is bewaard.",
  adopt: "De gedragscode is vastgesteld.",
  reopen: "De gedragscode is weer een concept.",
  addStep: "De vervolgstap is toegevoegd.",
  removeStep: "De vervolgstap is verwijderd.",
};

// Only the table's own keys: `op in actions` would also accept "__proto__", "constructor", "toString", …;
// a repeated field is refused rather than read as its first value.
const opSchema = keyOf(actions);

/** One entry point for the editor's forms; the hidden "op" field names the change. */
export async function gedragscodeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const op = opSchema.safeParse(fieldOf(formData, "op"));
  if (!op.success) return { ok: false, code: "VALIDATION", message: UNKNOWN_OPERATION_MESSAGE };
  return toFormState(await actions[op.data](formData), MESSAGES[op.data], "/trajecten/[id]/gedragscode");
}
