import "server-only";
import { liveStreamResponse } from "@/lib/live/stream";

export { resumeAfter } from "@/lib/live/stream";

/** The board of one traject as server-sent events; the caller has checked who may read it. */
export const boardStreamResponse = ({ trajectId, after, signal }: { trajectId: string; after: bigint | null; signal: AbortSignal }) =>
  liveStreamResponse({ topic: "board", channelId: trajectId, after, signal });
