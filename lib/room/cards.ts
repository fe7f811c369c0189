import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { assertTrajectCapability } from "@/lib/auth/guard";
import { AppError, notFound } from "@/lib/errors";
import { publish } from "@/lib/live/events";
import { recordAudit } from "@/lib/audit";
import { checkHealthText, recordHealthChoice } from "@/lib/health-check/check";
import { addClausesInTx } from "@/lib/gedragscode/clauses";
import { changeContent } from "@/lib/gedragscode/change";
import { sectionForTheme } from "@/lib/gedragscode/theme-sections";
import { assertParticipant, type ParticipantActor } from "./participant";
import { changeRoom, lockOpenRoom } from "./rooms";
import { roomThemes } from "./themes";

// Cards from the room (ADR 029): a participant adds a short card under an aandachtspunt or "Overig";
// the facilitator groups cards and turns a card or a group into a proposed afspraak in the code. A card
// is anonymous to everyone, the facilitator too, unless its author signed it; its author's id never
// leaves lib/room.

/** Cards per participant: a room adds ideas, not a flood. */
export const CARDS_PER_PARTICIPANT = 40;

export async function addCard({
  actor,
  themeKey,
  text,
  signed,
  confirmed,
}: {
  actor: ParticipantActor;
  themeKey: string | null;
  text: string;
  signed: boolean;
  confirmed?: boolean;
}) {
  return db().$transaction(async (tx) => {
    await assertParticipant(actor, "card:add", tx);
    // a card for a theme this room does not work on (another board's, made up) is refused
    if (themeKey && !(await roomThemes(actor.trajectId, tx)).some((t) => t.key === themeKey))
      throw new AppError("VALIDATION", "Kies een aandachtspunt uit de lijst.", { themeKey: ["Kies een aandachtspunt uit de lijst."] });
    if ((await tx.roomCard.count({ where: { participantId: actor.participantId } })) >= CARDS_PER_PARTICIPANT)
      throw new AppError("RATE_LIMITED", `U heeft al ${CARDS_PER_PARTICIPANT} kaarten toegevoegd. Bespreek de rest in de zaal.`);
    const choice = await checkHealthText({ trajectId: actor.trajectId, fields: { text }, confirmed }, tx);
    const card = await tx.roomCard.create({
      data: { roomId: actor.roomId, participantId: actor.participantId, themeKey, text, signed },
      select: { id: true },
    });
    await recordHealthChoice(choice, { id: null, name: "Deelnemer" }, { type: "RoomCard", id: card.id }, tx);
    await publish(tx, "board", actor.trajectId, { kind: "cards", actorName: signed ? actor.name : "iemand in de zaal" });
    return card;
  });
}

/** The facilitator puts cards of one aandachtspunt together under a title (a new group). */
export async function groupCards({
  actor,
  trajectId,
  roomId,
  cardIds,
  title,
}: {
  actor: Actor;
  trajectId: string;
  roomId: string;
  cardIds: string[];
  title: string;
}) {
  return changeRoom(
    actor,
    trajectId,
    roomId,
    "room.group",
    async (tx) => {
      const cards = await tx.roomCard.findMany({ where: { id: { in: cardIds }, roomId }, select: { id: true, themeKey: true } });
      if (cards.length !== new Set(cardIds).size) throw notFound("Een van de kaarten");
      const themes = new Set(cards.map((c) => c.themeKey));
      if (themes.size !== 1) throw new AppError("VALIDATION", "Groepeer kaarten van één aandachtspunt tegelijk.");
      const group = await tx.roomCardGroup.create({ data: { roomId, themeKey: cards[0]!.themeKey, title }, select: { id: true } });
      await tx.roomCard.updateMany({ where: { id: { in: cardIds } }, data: { groupId: group.id } });
      return group;
    },
    { tell: null },
  );
}

/** A card back out of its group (an empty group goes). */
export async function ungroupCard({
  actor,
  trajectId,
  roomId,
  cardId,
}: {
  actor: Actor;
  trajectId: string;
  roomId: string;
  cardId: string;
}) {
  return changeRoom(
    actor,
    trajectId,
    roomId,
    "room.ungroup",
    async (tx) => {
      const card = await tx.roomCard.findFirst({ where: { id: cardId, roomId }, select: { groupId: true } });
      if (!card) throw notFound("Deze kaart");
      await tx.roomCard.update({ where: { id: cardId }, data: { groupId: null } });
      if (card.groupId && (await tx.roomCard.count({ where: { groupId: card.groupId } })) === 0)
        await tx.roomCardGroup.delete({ where: { id: card.groupId } });
    },
    { tell: null },
  );
}

/** Off the projector (e.g. a name with a health detail after all): it stays for the tandem. */
export async function hideCard({
  actor,
  trajectId,
  roomId,
  cardId,
  hidden,
}: {
  actor: Actor;
  trajectId: string;
  roomId: string;
  cardId: string;
  hidden: boolean;
}) {
  return changeRoom(
    actor,
    trajectId,
    roomId,
    hidden ? "room.hideCard" : "room.showCard",
    async (tx) => {
      const { count } = await tx.roomCard.updateMany({ where: { id: cardId, roomId }, data: { hiddenAt: hidden ? new Date() : null } });
      if (count === 0) throw notFound("Deze kaart");
    },
    { tell: null },
  );
}

/**
 * A card or a group becomes a proposed afspraak in the code, under its aandachtspunt's section (Overig:
 * the afspraken per rol). The text is the group's title and its cards, or the card; the group edits it
 * on the board like any afspraak. Its cards are marked, so the summary and the board show where they went.
 */
export async function cardToClause({
  actor,
  trajectId,
  roomId,
  cardId,
  groupId,
  title,
  confirmed,
}: {
  actor: Actor;
  trajectId: string;
  roomId: string;
  cardId?: string;
  groupId?: string;
  title: string;
  confirmed?: boolean;
}) {
  await assertTrajectCapability({ actor, trajectId, capability: "room:facilitate" });
  const source = await db().roomCard.findMany({
    where: { roomId, room: { session: { trajectId } }, ...(groupId ? { groupId } : { id: cardId ?? "" }) },
    select: { id: true, text: true, themeKey: true, clauseId: true },
    orderBy: { createdAt: "asc" },
  });
  if (source.length === 0) throw notFound(groupId ? "Deze groep" : "Deze kaart");
  if (source.every((c) => c.clauseId)) throw new AppError("CONFLICT", "Hier is al een afspraak van gemaakt.");
  const themeKey = source[0]!.themeKey;
  const body = source.map((c) => c.text).join("\n");
  const { result } = await changeContent(actor, trajectId, "gedragscode.fromCards", async (tx, code) => {
    await lockOpenRoom(tx, trajectId, roomId);
    // the title is the facilitator's own words; the cards' texts were checked when they were added
    const choice = await checkHealthText({ trajectId, fields: { title }, confirmed }, tx);
    const {
      clauseIds: [clauseId],
    } = await addClausesInTx(tx, code, actor, [
      { section: themeKey ? sectionForTheme(themeKey) : "AFSPRAKEN_PER_ROL", title, body, themeKey },
    ]);
    await tx.roomCard.updateMany({ where: { id: { in: source.map((c) => c.id) } }, data: { clauseId } });
    if (groupId) await tx.roomCardGroup.updateMany({ where: { id: groupId, roomId }, data: { clauseId } });
    await recordHealthChoice(choice, actor, { type: "GedragscodeClause", id: clauseId! }, tx);
    await recordAudit(
      {
        actor,
        action: "room.cardsToClause",
        entityType: "GedragscodeClause",
        entityId: clauseId!,
        trajectId,
        data: { cards: source.length },
      },
      tx,
    );
    return clauseId!;
  });
  return { clauseId: result };
}
