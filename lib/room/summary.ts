import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { assertTrajectCapability } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/dates";
import { env } from "@/lib/env";
import { AppError, isAppError, notFound } from "@/lib/errors";
import { renderCodeFile } from "@/lib/gedragscode/export";
import { enqueueMail, kickDelivery } from "@/lib/mail/outbox";
import { sessionSummaryMail } from "@/lib/mail/templates";
import { changeRoom } from "./rooms";
import { codeHashOf, summaryFacts } from "./summary-facts";
import { buildSessionSummary, readSessionSummary, type SessionSummary } from "./summary-model";
import { summaryAsText } from "./summary-text";
import { OVERIG_TITLE, roomThemes } from "./themes";

// "Sessie afronden" (issue 26 item 6, ADR 032): the facilitator ends session 2 with its summary. In one
// transaction: the summary stored on the room as it was mailed, one mail per person on the session's
// list and in the tandem with the code as it stands attached, and every screen told. The phones show
// it until the join closes. Whoever reads the code reads the summaries; the tandem also the cards that
// became no afspraak (never mailed).

const alreadySent = (at: Date) =>
  new AppError("CONFLICT", `De samenvatting is al verstuurd op ${formatDateTime(at)}. U vindt hem bij de bijeenkomsten van het traject.`);
const CODE_CHANGED =
  "De gedragscode veranderde terwijl de samenvatting werd gemaakt. Kies nog eens Sessie afronden: dan gaat de tekst zoals hij nu is mee.";

/** The PDF of the code as it stands; null while it has no afspraken (the mail then says so). */
async function codePdf(trajectId: string) {
  try {
    return await renderCodeFile(trajectId, "pdf");
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") return null;
    throw e;
  }
}

export async function summariseRoom({
  actor,
  trajectId,
  roomId,
  version,
}: {
  actor: Actor;
  trajectId: string;
  roomId: string;
  version: number;
}) {
  await assertTrajectCapability({ actor, trajectId, capability: "room:facilitate" });
  const before = await db().sessionRoom.findFirst({ where: { id: roomId, session: { trajectId } }, select: { summarisedAt: true } });
  if (!before) throw notFound("Deze sessie");
  if (before.summarisedAt) throw alreadySent(before.summarisedAt);
  // rendered before the transaction (it takes a moment), checked inside it against the text as stored
  const hashBefore = await codeHashOf(db(), trajectId);
  const pdf = await codePdf(trajectId);
  const result = await changeRoom(
    actor,
    trajectId,
    roomId,
    "room.summarise",
    async (tx, room) => {
      if (room.summarisedAt) throw alreadySent(room.summarisedAt);
      const { input, hash, recipients } = await summaryFacts(tx, trajectId, room.id);
      if (hash !== hashBefore) throw new AppError("CONFLICT", CODE_CHANGED);
      const summarisedAt = new Date();
      const summary = buildSessionSummary({ ...input, summarisedAt, summarisedByName: actor.name });
      await tx.sessionRoom.update({
        where: { id: room.id },
        data: { summary: summary as unknown as Prisma.InputJsonValue, summarisedAt, summarisedByName: actor.name },
      });
      const text = summaryAsText(summary);
      const attachments = pdf ? [{ fileName: pdf.fileName, contentType: pdf.contentType, content: pdf.body }] : [];
      for (const r of recipients)
        await enqueueMail(
          {
            trajectId,
            kind: "summary",
            to: r.to,
            ...sessionSummaryMail({
              name: r.name,
              employerName: summary.employerName,
              sessionNumber: summary.sessionNumber,
              summary: text,
              fileName: pdf?.fileName ?? null,
              audience: r.audience,
              tandemUrl: `${env().APP_URL}/trajecten/${trajectId}/bijeenkomsten`,
            }),
            causedBy: actor,
            attachments,
          },
          tx,
        );
      return { summarisedAt, mails: recipients.length };
    },
    // a tandem that closed the phones first can still send it; the phones then no longer show it
    { version, tell: "summary", closedToo: true },
  );
  kickDelivery();
  return result;
}

export interface RoomCardForTandem {
  text: string;
  /** the participant's name only when they signed the card */
  author: string | null;
  hidden: boolean;
}

export interface SessionSummaryForActor {
  number: number;
  summary: SessionSummary;
  /** The tandem's alone: the cards that became no afspraak, per aandachtspunt (null for everyone else) */
  cards: { title: string; cards: RoomCardForTandem[] }[] | null;
}

/** The summaries of the traject's sessions, in session order, for whoever reads the code. */
export async function summaryForActor({ actor, trajectId }: { actor: Actor; trajectId: string }): Promise<SessionSummaryForActor[]> {
  const access = await assertTrajectCapability({ actor, trajectId, capability: "gedragscode:read" });
  const tandem = access.capabilities.has("room:facilitate");
  const rooms = await db().sessionRoom.findMany({
    where: { session: { trajectId }, summarisedAt: { not: null } },
    orderBy: { session: { number: "asc" } },
    select: {
      summary: true,
      session: { select: { number: true } },
      cards: {
        // read for the tandem only: the employer's query never holds a card
        where: tandem ? { clauseId: null } : { id: { in: [] } },
        orderBy: { createdAt: "asc" },
        select: { themeKey: true, text: true, signed: true, hiddenAt: true, participant: { select: { name: true } } },
      },
    },
  });
  const themes = tandem && rooms.some((r) => r.cards.length > 0) ? await roomThemes(trajectId) : [];
  return rooms.flatMap((room) => {
    const summary = readSessionSummary(room.summary);
    if (!summary) return [];
    const cards = tandem
      ? [...themes, { key: null, title: OVERIG_TITLE }, ...unknownThemes(room.cards, themes)]
          .map((t) => ({
            title: t.title,
            cards: room.cards
              .filter((c) => c.themeKey === t.key)
              .map((c) => ({ text: c.text, author: c.signed ? (c.participant?.name ?? null) : null, hidden: c.hiddenAt !== null })),
          }))
          .filter((t) => t.cards.length > 0)
      : null;
    return [{ number: room.session.number, summary, cards }];
  });
}

/** A card under an aandachtspunt that is no longer one (a newer snapshot): its own heading, by key. */
function unknownThemes(cards: { themeKey: string | null }[], themes: { key: string }[]) {
  const keys = new Set(cards.flatMap((c) => (c.themeKey && !themes.some((t) => t.key === c.themeKey) ? [c.themeKey] : [])));
  return [...keys].map((key) => ({ key, title: `Aandachtspunt ${key}` }));
}
