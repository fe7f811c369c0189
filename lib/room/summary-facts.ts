import "server-only";
import type { Tx } from "@/lib/db";
import { EXPERT_ACCEPTED } from "@/lib/auth/capabilities";
import { currentContent } from "@/lib/gedragscode/content";
import type { SummaryInput } from "./summary-model";
import { voteTotals } from "./votes";

// What the summary of a room is made of, read in the transaction that stores it (./summary.ts), and who
// it goes to: everyone on the session's list and the tandem, each address once.

/** The code's text as it is now (its hash), or null without a code: the PDF must match what is stored. */
export async function codeHashOf(client: Tx, trajectId: string): Promise<string | null> {
  const code = await client.gedragscode.findUnique({ where: { trajectId }, select: { id: true } });
  return code ? (await currentContent(client, code.id)).hash : null;
}

export async function summaryFacts(tx: Tx, trajectId: string, roomId: string) {
  const traject = await tx.traject.findUniqueOrThrow({
    where: { id: trajectId },
    select: {
      followUpAt: true,
      employer: { select: { name: true } },
      trainer: { select: { name: true, email: true } },
      assignments: { where: { status: { in: [...EXPERT_ACCEPTED] } }, select: { expert: { select: { name: true, email: true } } } },
      gedragscode: {
        select: {
          id: true,
          status: true,
          version: true,
          adoptedAt: true,
          clauses: {
            where: { section: { not: "PREAMBULE" } },
            orderBy: [{ section: "asc" }, { position: "asc" }],
            select: { section: true, title: true, body: true, owner: true, startDate: true },
          },
          signers: {
            orderBy: { createdAt: "asc" },
            select: {
              keyPerson: { select: { id: true, name: true, function: true } },
              signatures: { where: { voidedAt: null }, select: { contentHash: true } },
            },
          },
        },
      },
      nextSteps: { orderBy: { position: "asc" }, select: { text: true, owner: true, dueDate: true } },
    },
  });
  const room = await tx.sessionRoom.findUniqueOrThrow({
    where: { id: roomId },
    select: {
      participants: { orderBy: { joinedAt: "asc" }, select: { name: true, attendeeId: true, anonymous: true } },
      session: {
        select: {
          number: true,
          scheduledAt: true,
          attendees: {
            orderBy: { keyPerson: { name: "asc" } },
            select: { id: true, present: true, keyPerson: { select: { id: true, name: true, email: true, function: true } } },
          },
        },
      },
    },
  });
  const code = traject.gedragscode;
  const hash = code ? (await currentContent(tx, code.id)).hash : null;
  const [punten, afspraken] = [await voteTotals(tx, roomId, trajectId, "PUNTEN"), await voteTotals(tx, roomId, trajectId, "AFSPRAKEN")];
  const tandem = [
    { ...traject.trainer, role: "trainer" as const },
    ...traject.assignments.map((a) => ({ ...a.expert, role: "expert" as const })),
  ];
  const input: Omit<SummaryInput, "summarisedAt" | "summarisedByName"> = {
    employerName: traject.employer.name,
    session: { number: room.session.number, scheduledAt: room.session.scheduledAt },
    attendees: room.session.attendees.map((a) => ({
      attendeeId: a.id,
      keyPersonId: a.keyPerson.id,
      name: a.keyPerson.name,
      function: a.keyPerson.function,
      present: a.present,
    })),
    tandem: tandem.map(({ name, role }) => ({ name, role })),
    participants: room.participants,
    votes: { PUNTEN: punten, AFSPRAKEN: afspraken },
    code: code ? { status: code.status, version: code.version, hash, adoptedAt: code.adoptedAt, clauses: code.clauses } : null,
    nextSteps: traject.nextSteps,
    signers: (code?.signers ?? []).map((s) => ({
      keyPersonId: s.keyPerson.id,
      name: s.keyPerson.name,
      function: s.keyPerson.function,
      signed: s.signatures.some((sig) => sig.contentHash === hash),
    })),
    followUpAt: traject.followUpAt,
  };
  return {
    input,
    hash,
    recipients: recipientsOf(
      tandem,
      room.session.attendees.map((a) => a.keyPerson),
    ),
  };
}

export interface SummaryRecipient {
  to: string;
  name: string;
  audience: "attendee" | "tandem";
}

/** The tandem first (their mail says where the cards are), then the list; an address that is both: once. */
function recipientsOf(tandem: { name: string; email: string }[], listed: { name: string; email: string }[]): SummaryRecipient[] {
  const byAddress = new Map<string, SummaryRecipient>();
  for (const [people, audience] of [
    [tandem, "tandem"],
    [listed, "attendee"],
  ] as const)
    for (const p of people) {
      const to = p.email.trim().toLowerCase();
      if (to && !byAddress.has(to)) byAddress.set(to, { to, name: p.name, audience });
    }
  return [...byAddress.values()];
}
