import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/** A server action's Dutch field errors, shown at the fields react-hook-form manages. */
export function showServerFieldErrors<T extends FieldValues>(setError: UseFormSetError<T>, fieldErrors: Record<string, string[]> | undefined) {
  for (const [field, messages] of Object.entries(fieldErrors ?? {})) setError(field as Path<T>, { message: messages[0] });
}
