import "server-only";
import { liveStreamResponse } from "@/lib/live/stream";

export { resumeAfter } from "@/lib/live/stream";

/**
 * The board of one traject as server-sent events; the caller has checked who may read it. A projector's
 * stream passes its link: it catches up from no earlier than the link's making and ends when the link
 * no longer works (revoked, replaced, expired).
 */
export const boardStreamResponse = ({
  trajectId,
  after,
  signal,
  link,
}: {
  trajectId: string;
  after: bigint | null;
  signal: AbortSignal;
  link?: { createdAt: Date; stillWorks: () => Promise<boolean> };
}) => liveStreamResponse({ topic: "board", channelId: trajectId, after, signal, since: link?.createdAt, stillAllowed: link?.stillWorks });
