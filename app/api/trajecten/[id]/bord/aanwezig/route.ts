import { announcePresence } from "@/lib/board/access";
import { idPath, routeHandler } from "@/lib/http/route";
import { boardHeartbeat } from "@/lib/room/presence";
import { presenceBeatSchema } from "@/lib/room/presenter-schema";
import { recordId, z } from "@/lib/zod";

export const runtime = "nodejs";

const editingSchema = z.object({ clauseId: recordId(), editing: z.boolean() });
const presenceSchema = z.union([editingSchema, presenceBeatSchema]);

/**
 * Presence on the board, for the others' screens: "I am editing clause X" (or no longer), or "this tab
 * is on the board" (a heartbeat, or leaving: lib/room/presence.ts). 204, or a plain refusal.
 */
export const POST = routeHandler(
  { auth: "session", params: idPath, body: presenceSchema, invalid: "Ongeldig verzoek" },
  async ({ actor, params, body }) => {
    if ("clauseId" in body) await announcePresence({ actor, trajectId: params.id, ...body });
    else await boardHeartbeat({ actor, trajectId: params.id, tab: body.tab, leaving: body.leaving });
    return new Response(null, { status: 204 });
  },
);
