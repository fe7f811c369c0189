// Expected failures carry a code and a Dutch message for the user; anything else is a bug, logged
// on the server and shown as a generic message.
export type ErrorCode =
  "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "VALIDATION" | "CONFLICT" | "INVITE_INVALID" | "LOCKED" | "RATE_LIMITED";

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly fieldErrors?: Record<string, string[]>,
    /** What the user needs to resolve it, e.g. the text now stored when their edit conflicted */
    public readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

export const GENERIC_ERROR_MESSAGE = "Er ging iets mis aan onze kant. Probeer het zo nog eens.";

export const notFound = (what = "Dit onderdeel") => new AppError("NOT_FOUND", `${what} is niet gevonden.`);
