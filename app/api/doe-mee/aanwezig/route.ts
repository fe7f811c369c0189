import { AppError } from "@/lib/errors";
import { routeHandler } from "@/lib/http/route";
import { participantHeartbeat, participantLeave } from "@/lib/room/presence";
import { presenceBeatSchema } from "@/lib/room/presenter-schema";
import { currentParticipant } from "@/lib/room/participant-cookie";

export const runtime = "nodejs";

/** A phone's "I am here" every ~25 s and its goodbye (components/board/presence-beacon.tsx): 204, or the plain 404. */
export const POST = routeHandler(
  { auth: "none", body: presenceBeatSchema, invalid: "Ongeldig verzoek", refusals: "not-found" },
  async ({ body }) => {
    const me = await currentParticipant();
    if (!me) throw new AppError("NOT_FOUND", "Deze pagina bestaat niet.");
    if (body.leaving) await participantLeave(me.actor);
    else await participantHeartbeat(me.actor);
    return new Response(null, { status: 204 });
  },
);
