import "server-only";
import { db } from "@/lib/db";
import type { SystemActor } from "@/lib/auth/roles";
import { amsterdamInstant, isoDay, shiftIsoDay } from "@/lib/dates";
import { trajectNameParts, trajectNameSelect, trajectTitle } from "@/lib/format/traject-name";
import { enqueueMail, kickDelivery } from "@/lib/mail/outbox";
import { sessionReminderMail } from "@/lib/mail/templates";
import { readOrganisation } from "@/lib/organisation/settings";
import { placeOf } from "./calendar-sync";
import { newAnswerLink, whenOf } from "./rsvp";

// The reminder the day before a session (ADR 021), to everyone invited who did not say “Ik kan niet”,
// with the answer links again (new ones: only a hash is stored, so the old ones cannot be resent).
// One per attendee per session: the invite's reminderSentAt is claimed in the same statement that
// checks it, in the transaction that writes the mail, so two instances or a second run never send it
// twice. A changed meeting clears it (./calendar-sync.ts), so a new date gets its own reminder.

/** Not declined: no answer yet, or “Ik kom”. (A plain `not: DECLINED` would leave out the unanswered: SQL's NULL.) */
const notDeclined = { OR: [{ answer: null }, { answer: "ATTENDING" as const }] };

export async function sendSessionReminders({ now = new Date() }: { actor: SystemActor; now?: Date }) {
  const tomorrow = shiftIsoDay(isoDay(now), 1);
  const due = await db().calendarInvite.findMany({
    where: {
      cancelled: false,
      reminderSentAt: null,
      ...notDeclined,
      session: { status: "PLANNED", scheduledAt: { gte: amsterdamInstant(tomorrow), lt: amsterdamInstant(shiftIsoDay(tomorrow, 1)) } },
    },
    select: {
      id: true,
      name: true,
      email: true,
      answer: true,
      session: {
        select: {
          number: true,
          scheduledAt: true,
          endsAt: true,
          mode: true,
          location: true,
          onlineUrl: true,
          traject: { select: { id: true, ...trajectNameSelect, trainer: { select: { name: true, email: true } } } },
        },
      },
    },
  });
  let sent = 0;
  for (const invite of due) {
    const s = invite.session;
    const link = newAnswerLink();
    await db().$transaction(async (tx) => {
      const claimed = await tx.calendarInvite.updateMany({
        where: { id: invite.id, cancelled: false, reminderSentAt: null, ...notDeclined },
        data: { reminderSentAt: now, rsvpTokenHash: link.tokenHash },
      });
      if (claimed.count === 0) return;
      const mail = sessionReminderMail({
        name: invite.name,
        employerName: trajectTitle(trajectNameParts(s.traject)),
        trainerName: s.traject.trainer.name,
        organisation: (await readOrganisation(tx)).name,
        number: s.number,
        when: whenOf({ scheduledAt: s.scheduledAt!, endsAt: s.endsAt }),
        place: placeOf(s),
        answerUrl: link.url,
        attending: invite.answer === "ATTENDING",
      });
      // the scheduler's reminder: without SMTP its links fall to the trainer (lib/mail/credentials.ts)
      await enqueueMail(
        { trajectId: s.traject.id, kind: "reminder", to: invite.email, ...mail, replyTo: s.traject.trainer.email, causedBy: null },
        tx,
      );
      sent++;
    });
  }
  if (sent) kickDelivery();
  return { sent };
}
