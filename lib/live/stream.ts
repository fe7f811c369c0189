import "server-only";
import { db } from "@/lib/db";
import { liveHub } from "./hub";
import { latestEventId, type LiveEvent } from "./events";
import type { LiveTopic } from "./topics";

// A live channel as server-sent events: one event per change (`event: change`, the topic's payload as
// data), its id the LiveEvent id, so a browser that lost the connection sends Last-Event-ID and gets
// what it missed. The caller has decided who may read the channel before it calls this. no-transform and
// X-Accel-Buffering keep proxies from buffering; a comment every 15 s keeps idle connections open.
// A reconnect catches up at most CATCH_UP_WINDOW_MS back and never before `since` (issue 22). A reader
// whose key can be taken away (a projector's link) passes stillAllowed: it is asked every RECHECK_MS and
// at once when an "access" event for the channel arrives (published with the revocation, heard by every
// instance), and the stream ends with `event: closed` when the answer is no.

const HEARTBEAT_MS = 15_000;
/** How often a stream whose reader can lose access re-checks it, besides at once on an "access" event. */
export const RECHECK_MS = 5_000;
/**
 * How far back a reconnect catches up. A screen that was away longer refreshes its page anyway when it is
 * back (components/board/board-live.tsx), so older events would only replay who changed what (names).
 */
export const CATCH_UP_WINDOW_MS = 10 * 60_000;
const encoder = new TextEncoder();

/** The id to continue after: the Last-Event-ID header (a reconnect) or ?after= (a new tab taking over). */
export function resumeAfter(request: Request): bigint | null {
  const raw = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("after") ?? "";
  return /^\d{1,18}$/.test(raw) ? BigInt(raw) : null;
}

export async function liveStreamResponse({
  topic,
  channelId,
  after,
  signal,
  since,
  stillAllowed,
}: {
  topic: LiveTopic;
  channelId: string;
  after: bigint | null;
  signal: AbortSignal;
  /** The oldest moment this reader may catch up from (e.g. when its link was made). */
  since?: Date;
  /** For a reader whose key can be taken away (a link): false ends the stream with `event: closed`. */
  stillAllowed?: () => Promise<boolean>;
}) {
  // a screen that opens without history starts from now: it has just rendered the current state itself
  const from = after ?? (await latestEventId(db(), topic, channelId));
  const floor = new Date(Math.max(since?.getTime() ?? 0, Date.now() - CATCH_UP_WINDOW_MS));
  const accessFrom = stillAllowed ? await latestEventId(db(), "access", channelId) : 0n;
  const unsubscribes: (() => void)[] = [];
  let timers: ReturnType<typeof setInterval>[] = [];
  let ended = false;
  const stop = () => {
    ended = true;
    unsubscribes.forEach((u) => u());
    timers.forEach(clearInterval);
    timers = [];
  };
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const write = (text: string) => controller.enqueue(encoder.encode(text));
      const end = (closing?: string) => {
        if (ended) return;
        stop();
        try {
          if (closing) write(closing);
          controller.close();
        } catch {
          // already closed
        }
      };
      write(": verbonden\nretry: 2000\n\n");
      const send = (e: LiveEvent) => write(`id: ${e.id}\nevent: change\ndata: ${JSON.stringify(e.data)}\n\n`);
      unsubscribes.push(await liveHub().subscribe({ topic, channelId }, from, send, { since: floor }));
      if (stillAllowed) {
        // the key may be gone: ends the stream; a failed check ends it too (the screen reconnects and is asked again)
        const recheck = () =>
          void stillAllowed().then(
            (allowed) => allowed || end("event: closed\ndata: {}\n\n"),
            () => end(),
          );
        unsubscribes.push(await liveHub().subscribe({ topic: "access", channelId }, accessFrom, recheck));
        timers.push(setInterval(recheck, RECHECK_MS));
      }
      timers.push(
        setInterval(() => {
          try {
            write(": ping\n\n");
          } catch {
            stop();
          }
        }, HEARTBEAT_MS),
      );
      if (signal.aborted) end();
      signal.addEventListener("abort", () => end());
    },
    cancel: stop,
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
      Connection: "keep-alive",
    },
  });
}
