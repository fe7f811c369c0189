import "server-only";
import { getActor } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/roles";
import { isSchedulerRequest, type SchedulerPurpose } from "@/lib/auth/scheduler-token";
import { env } from "@/lib/env";
import { GENERIC_ERROR_MESSAGE, httpStatusOf, isAppError } from "@/lib/errors";
import { FOREIGN_ORIGIN_MESSAGE, isForeignOrigin } from "@/lib/security/origin";
import { recordId, z } from "@/lib/zod";
import { notFoundResponse } from "./download";

// The one wrapper of every route handler under app/api (issue 21), as createAction is for server
// actions: who is asking, what they sent, and one answer for every failure:
// - no session, a wrong scheduler token, or path parameters that cannot be (a URL that does not exist):
//   404, so a stranger learns nothing, not even that the route exists;
// - a query or body that does not parse: 400 with a plain Dutch message;
// - an AppError: its own status (httpStatusOf) and Dutch message;
// - anything else: one logged line and a 500 in plain Dutch, without a stack.
// `refusals: "not-found"` (downloads, streams, feeds) turns every refusal, AppErrors included, into the
// one plain 404 of lib/http/download.ts: such a route never says whether a record exists.
// - a signed-in request that changes something (POST, PUT, PATCH, DELETE) from another site's page
//   (its Origin header): 403, before the handler runs (lib/security/origin.ts);
// - `authorize` runs right after the path is known, before the query or body is read: who may ask comes
//   before what they asked (a trainer learns nothing of the export's period rules).
// Scheduler routes answer JSON ({ message }) once the token is right: their caller is a script
// (scripts/through-the-app.ts). Without it they give the same plain 404 as every other refusal, for
// every method (unknownMethods): nobody learns they exist.

export type RouteAuth = "session" | "none" | { scheduler: SchedulerPurpose };

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteOptions<A extends RouteAuth, P, Q, B> {
  auth: A;
  /** The path's parameters ([id], [token]); a mismatch is a 404. */
  params?: P;
  /** The search parameters, as one object of strings. */
  query?: Q;
  /** The JSON body. */
  body?: B;
  /** Every refusal is the same plain 404 (downloads, streams, feeds). */
  refusals?: "not-found";
  /** The Dutch 400 for a query or body that does not parse; by default zod's first (Dutch) message. */
  invalid?: string;
  /** The Dutch 500 when something broke; by default the generic message. */
  failure?: string;
  /** Who may ask at all (throws an AppError), checked before the query and body are parsed. */
  authorize?: (actor: A extends "session" ? Actor : null) => void | Promise<void>;
}

export interface RouteInput<A extends RouteAuth, P, Q, B> {
  request: Request;
  actor: A extends "session" ? Actor : null;
  params: Parsed<P>;
  query: Parsed<Q>;
  body: Parsed<B>;
}

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

/** A failure answered on purpose: its status and Dutch message. */
class Refusal {
  constructor(
    readonly status: number,
    readonly message: string,
    /** Not signed in, or a wrong scheduler token: the plain 404 whatever kind of route this is. */
    readonly stranger = false,
  ) {}
}

const NOT_THERE = "Deze pagina bestaat niet.";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The methods a route does not have, answered as a route that does not exist (the plain 404), instead of
 * Next's 405 with an Allow header that tells a stranger the route is there. HEAD follows GET.
 */
export const unknownMethods = {
  GET: async () => notFoundResponse(),
  PUT: async () => notFoundResponse(),
  PATCH: async () => notFoundResponse(),
  DELETE: async () => notFoundResponse(),
  OPTIONS: async () => notFoundResponse(),
};

/** The path of a route under one record: [id]. */
export const idPath = z.object({ id: recordId() });
/** The path of a route whose key is a link token: [token] (its own lookup refuses a wrong one). */
export const tokenPath = z.object({ token: z.string() });

export function routeHandler<
  A extends RouteAuth,
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
>(options: RouteOptions<A, P, Q, B>, handler: (input: RouteInput<A, P, Q, B>) => Promise<Response>) {
  const json = typeof options.auth === "object";
  const answer = (status: number, message: string): Response => {
    if (status === 404 && (options.refusals === "not-found" || !json)) return notFoundResponse();
    const headers = { "Cache-Control": "no-store" };
    if (json) return Response.json({ message: status === 404 ? NOT_THERE : message }, { status, headers });
    return new Response(message, { status, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
  };

  return async function route(request: Request, context?: RouteContext): Promise<Response> {
    const raw = (await context?.params) ?? {};
    try {
      const actor = await authenticate(options.auth, request);
      if (options.auth === "session" && !SAFE_METHODS.has(request.method) && isForeignOrigin(request, env().APP_URL))
        throw new Refusal(403, FOREIGN_ORIGIN_MESSAGE);
      const params = parse(options.params, raw, () => new Refusal(404, NOT_THERE));
      await options.authorize?.(actor as A extends "session" ? Actor : null);
      const query = parse(options.query, Object.fromEntries(new URL(request.url).searchParams), invalid);
      const body = options.body ? parse(options.body, await request.json().catch(() => null), invalid) : undefined;
      return await handler({ request, actor, params, query, body } as RouteInput<A, P, Q, B>);
    } catch (e) {
      if (e instanceof Refusal) return e.stranger ? notFoundResponse() : answer(e.status, e.message);
      if (isAppError(e)) return answer(options.refusals === "not-found" ? 404 : httpStatusOf(e.code), e.message);
      // Next's notFound()/redirect() are control flow, not failures
      if (e && typeof e === "object" && "digest" in e && typeof e.digest === "string" && e.digest.startsWith("NEXT_")) throw e;
      console.error(`[route] ${request.method} ${redacted(request, raw)} failed: ${oneLine(e)}`);
      return answer(500, options.failure ?? GENERIC_ERROR_MESSAGE);
    }
  };

  function invalid(error: z.ZodError) {
    return new Refusal(400, options.invalid ?? error.issues[0]?.message ?? "Dit verzoek is niet goed ingevuld.");
  }
}

async function authenticate(auth: RouteAuth, request: Request): Promise<Actor | null> {
  if (auth === "none") return null;
  if (auth === "session") {
    const actor = await getActor();
    // an admin or trainer who has not set up their required second factor reaches nothing yet
    if (!actor || actor.secondFactorMissing) throw new Refusal(404, NOT_THERE, true);
    return actor;
  }
  // Anyone without the token for this purpose learns nothing, not even that this route exists.
  if (!isSchedulerRequest(request.headers.get("authorization"), env().NEXTAUTH_SECRET, auth.scheduler))
    throw new Refusal(404, NOT_THERE, true);
  return null;
}

function parse<S extends z.ZodType | undefined>(schema: S, raw: unknown, refuse: (error: z.ZodError) => Refusal): Parsed<S> {
  if (!schema) return undefined as Parsed<S>;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw refuse(parsed.error);
  return parsed.data as Parsed<S>;
}

/** The path with its parameters left out: a token in a URL is a key and never goes to a log. */
function redacted(request: Request, params: Record<string, string | string[] | undefined>): string {
  const values = new Set(Object.values(params).flat().filter(Boolean));
  return new URL(request.url).pathname
    .split("/")
    .map((segment) => (values.has(safeDecode(segment)) ? "[…]" : segment))
    .join("/");
}

const safeDecode = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/** The error and where it was thrown, on one line: the log keeps a line per failure, not a stack. */
function oneLine(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const at = e.stack?.split("\n").find((line) => line.trim().startsWith("at "));
  return `${e.name}: ${e.message}${at ? ` (${at.trim()})` : ""}`;
}
