import "server-only";
import { db } from "@/lib/db";
import { liveHub } from "./hub";
import { latestEventId, type LiveEvent } from "./events";
import type { LiveTopic } from "./topics";

// A live channel as server-sent events: one event per change (`event: change`, the topic's payload as
// data), its id the LiveEvent id, so a browser that lost the connection sends Last-Event-ID and gets
// what it missed. The caller has decided who may read the channel before it calls this. no-transform and
// X-Accel-Buffering keep proxies from buffering; a comment every 15 s keeps idle connections open.

const HEARTBEAT_MS = 15_000;
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
}: {
  topic: LiveTopic;
  channelId: string;
  after: bigint | null;
  signal: AbortSignal;
}) {
  // a screen that opens without history starts from now: it has just rendered the current state itself
  const from = after ?? (await latestEventId(db(), topic, channelId));
  let unsubscribe: (() => void) | null = null;
  let heartbeat: ReturnType<typeof setInterval> | null = null;
  const stop = () => {
    unsubscribe?.();
    if (heartbeat) clearInterval(heartbeat);
  };
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const write = (text: string) => controller.enqueue(encoder.encode(text));
      write(": verbonden\nretry: 2000\n\n");
      const send = (e: LiveEvent) => write(`id: ${e.id}\nevent: change\ndata: ${JSON.stringify(e.data)}\n\n`);
      unsubscribe = await liveHub().subscribe({ topic, channelId }, from, send);
      heartbeat = setInterval(() => {
        try {
          write(": ping\n\n");
        } catch {
          stop();
        }
      }, HEARTBEAT_MS);
      signal.addEventListener("abort", () => {
        stop();
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
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
