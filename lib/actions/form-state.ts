import "server-only";
import { revalidatePath } from "next/cache";
import type { ActionResult, FormState } from "./result";

/**
 * One mapping for every form action: a failure keeps its Dutch message (and field errors); a
 * success revalidates the page pattern and says what happened.
 */
export function toFormState<T>(result: ActionResult<T>, success: string | ((data: T) => string), revalidate: string): FormState {
  if (!result.ok) return result;
  revalidatePath(revalidate, "page");
  return { ok: true, message: typeof success === "function" ? success(result.data) : success };
}
