// Expected failures carry a code and a Dutch message for the user; anything else is a bug, logged
// on the server and shown as a generic message.
export type ErrorCode =
  "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "VALIDATION" | "CONFLICT" | "INVITE_INVALID" | "LOCKED" | "RATE_LIMITED" | "HEALTH_CHECK";

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

// The one mapping from an error code to an HTTP status, for every route handler (issue 21). Download
// routes keep their deliberate single 404 (lib/http/download.ts): a file's existence is not told.
const HTTP_STATUS: Record<ErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  VALIDATION: 400,
  CONFLICT: 409,
  INVITE_INVALID: 404,
  LOCKED: 423,
  RATE_LIMITED: 429,
  /** the health-data check asks before a text is stored (lib/health-check): the same request with "Toch bewaren" stores it */
  HEALTH_CHECK: 422,
};

/** The HTTP status of an expected failure; anything else is a bug (500). */
export const httpStatusOf = (code: string): number => HTTP_STATUS[code as ErrorCode] ?? 500;

export const GENERIC_ERROR_MESSAGE = "Er ging iets mis aan onze kant. Probeer het zo nog eens.";

export const notFound = (what = "Dit onderdeel") => new AppError("NOT_FOUND", `${what} is niet gevonden.`);
