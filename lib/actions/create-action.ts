import "server-only";
import { z } from "@/lib/zod";
import { requireActor, type SecondFactorOption } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/roles";
import { AppError, GENERIC_ERROR_MESSAGE, isAppError } from "@/lib/errors";
import type { ActionResult } from "./result";
import { formDataToObject } from "./form-data";
import { zodFieldErrors } from "./zod-errors";

/**
 * Every server action goes through here: resolve the signed-in actor, parse the input with the form's
 * own zod schema, run the domain function, and turn errors into one result shape. What the actor may
 * do is decided by the domain function itself, through lib/auth/guard.ts (one check, not two).
 */
export function createAction<S extends z.ZodType, T>(
  options: { schema: S } & SecondFactorOption,
  handler: (input: z.infer<S>, actor: Actor) => Promise<T>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> =>
    runSafely(async () => {
      // an admin or trainer without their required second factor: refused, except to set it up
      const actor = await requireActor(undefined, { allowMissingSecondFactor: options.allowMissingSecondFactor });
      const input = parseInput(options.schema, raw);
      return handler(input, actor);
    });
}

export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw instanceof FormData ? formDataToObject(raw) : raw);
  if (!parsed.success) {
    throw new AppError("VALIDATION", "Niet alles is goed ingevuld. Kijk de gemarkeerde velden na.", zodFieldErrors(parsed.error));
  }
  return parsed.data;
}

export async function runSafely<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (e) {
    if (isAppError(e))
      return { ok: false, code: e.code, message: e.message, fieldErrors: e.fieldErrors, ...(e.details ? { details: e.details } : {}) };
    // Next's redirect()/notFound() are control flow, not failures.
    if (e && typeof e === "object" && "digest" in e && typeof e.digest === "string" && e.digest.startsWith("NEXT_")) throw e;
    console.error("[action] unexpected error", e);
    return { ok: false, code: "INTERNAL", message: GENERIC_ERROR_MESSAGE };
  }
}
