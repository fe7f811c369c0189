import "server-only";
import { GENERIC_ERROR_MESSAGE, httpStatusOf } from "@/lib/errors";
import { autosaveSchema, type AutosaveResult } from "./answer-schema";
import { autosave } from "./answer-store";
import { busyResult, scanLoadLimits, scanLoadWait } from "./load-limits";

// The autosave endpoint without HTTP: raw body in, status and Dutch reply out. The route file only
// moves bytes, so everything a respondent can send is handled (and tested) here.

/** A note is at most 4,000 characters; 4 bytes each in UTF-8 plus the JSON around it. */
export const MAX_AUTOSAVE_BODY_BYTES = 20_000;

export type AutosaveReply = { status: number; body: AutosaveResult; retryAfterSeconds?: number };

const reply = (body: AutosaveResult): AutosaveReply => ({
  status: body.ok ? 200 : httpStatusOf(body.code),
  body,
  ...(!body.ok && body.code === "RATE_LIMITED" ? { retryAfterSeconds: body.retryAfterSeconds } : {}),
});

/** `client` is the sender's address (lib/security/client-address.ts), or null when it cannot be known. */
export async function handleAutosaveRequest(token: string, rawBody: string, client: string | null = null): Promise<AutosaveReply> {
  // Every request on a link counts against the load limits exactly once: an unreadable one here, the
  // others inside autosave() (for an answer in the same statement that saves it).
  const limits = scanLoadLimits("autosave", token, client);
  const refuse = async (message: string) => {
    const wait = await scanLoadWait(limits);
    return reply(wait > 0 ? busyResult(wait) : { ok: false, code: "VALIDATION", message });
  };
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return refuse("Dit verzoek kon niet worden gelezen.");
  }
  const parsed = autosaveSchema.safeParse(json);
  if (!parsed.success) return refuse(parsed.error.issues[0]?.message ?? "Ongeldig antwoord.");
  try {
    return reply(await autosave(token, parsed.data, limits));
  } catch (e) {
    // one line per failed save, not a stack: during a database outage every respondent's click lands here
    console.error(`[autosave] unexpected error: ${oneLine(e)}`);
    return reply({ ok: false, code: "INTERNAL", message: GENERIC_ERROR_MESSAGE });
  }
}

/** An error as one log line: name, code (Prisma's P…, Node's ECONNREFUSED) and the first line of its message. */
export function oneLine(e: unknown): string {
  if (!(e instanceof Error)) return String(e).split("\n")[0]!.slice(0, 300);
  const code = (e as { code?: unknown }).code;
  return `${e.name}${typeof code === "string" || typeof code === "number" ? ` ${code}` : ""}: ${e.message.split("\n")[0]!.slice(0, 300)}`;
}

export const TOO_LARGE_REPLY: AutosaveReply = reply({ ok: false, code: "VALIDATION", message: "Dit antwoord is te lang om op te slaan." });
export const METHOD_REPLY: AutosaveReply = {
  status: 405,
  body: { ok: false, code: "VALIDATION", message: "Gebruik PUT om een antwoord op te slaan." },
};
