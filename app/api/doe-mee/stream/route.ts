import { liveStreamResponse, resumeAfter } from "@/lib/live/stream";
import { AppError } from "@/lib/errors";
import { routeHandler } from "@/lib/http/route";
import { currentParticipant } from "@/lib/room/participant-cookie";
import { participantStillIn } from "@/lib/room/participant";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * A phone's live updates: what the facilitator changes in its room (the step, the timer, the voting, the
 * summary). The cookie is the only key; a closed or expired room gives the plain 404 and ends an open stream.
 */
export const GET = routeHandler({ auth: "none", refusals: "not-found" }, async ({ request }) => {
  const me = await currentParticipant();
  if (!me || me.phase === null) throw new AppError("NOT_FOUND", "Deze pagina bestaat niet.");
  const { participantId, roomId } = me.actor;
  return liveStreamResponse({
    topic: "room",
    channelId: roomId,
    after: resumeAfter(request),
    signal: request.signal,
    stillAllowed: () => participantStillIn(participantId),
  });
});
