// A traject ready for session 2's room: a closed scan with aandachtspunten (the room's themes), the
// room of session 2 opened by the trainer, and the projector's board link. For the presenter, projector
// and presence tests.
import { openRoom } from "@/lib/room/rooms";
import { joinRoom } from "@/lib/room/join";
import { participantOf } from "@/lib/room/participant";
import { roomThemes } from "@/lib/room/themes";
import { createBoardLink } from "@/lib/board/access";
import { makeSubmittedResponse, makeTraject, questionnaireJson } from "@/tests/factories";
import { closeScanAsTrainer } from "./close-scan";
import type { TestDb } from "./test-db";

export async function makeRoomWorld(t: TestDb) {
  const f = await makeTraject(t.prisma);
  // good intentions, little practice: aandachtspunten for certain
  const answers = Object.fromEntries(questionnaireJson.themes.flatMap((th) => th.items.map((i) => [i.key, i.kind === "intentie" ? 5 : 2])));
  for (let n = 0; n < 3; n++) await makeSubmittedResponse(t.prisma, f, { answers });
  await closeScanAsTrainer(t.prisma, f);
  const trajectId = f.traject.id;
  const room = await openRoom({ actor: f.trainer, trajectId, number: 2 });
  const { token } = await createBoardLink({ actor: f.trainer, trajectId, number: 2 });
  const themes = await roomThemes(trajectId);
  const join = async (name: string, anonymous = true) => {
    const { token: cookie } = await joinRoom({ code: room.joinCode, name, attendeeId: null, anonymous, clientAddress: null });
    return (await participantOf(cookie))!.actor;
  };
  return { f, trajectId, room, token, themes, join };
}
