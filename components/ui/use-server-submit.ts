import { useState } from "react";
import type { FieldValues, Path, UseFormHandleSubmit, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/result";

export type SubmitMessage = { ok: boolean; text: string };

/**
 * A react-hook-form form that calls a server action: the action's Dutch field errors land at their
 * fields, and the outcome is one message to announce. `onSuccess` does what the form needs after a
 * success (reset, …) and returns the text to show.
 */
export function useServerSubmit<T extends FieldValues, R>(
  form: { handleSubmit: UseFormHandleSubmit<T>; setError: UseFormSetError<T> },
  action: (values: T) => Promise<ActionResult<R>>,
  onSuccess: (data: R, values: T) => string,
) {
  const [message, setMessage] = useState<SubmitMessage | null>(null);
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await action(values);
    if (result.ok) return setMessage({ ok: true, text: onSuccess(result.data, values) });
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) form.setError(field as Path<T>, { message: messages[0] });
    setMessage({ ok: false, text: result.message });
  });
  return { onSubmit, message };
}
