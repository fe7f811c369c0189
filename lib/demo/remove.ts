import "server-only";
import { db } from "@/lib/db";
import { forgetChannels } from "@/lib/live/events";
import { recordAudit } from "@/lib/audit";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";

// The demo seed marks what it makes (User.demo, Employer.demo). While any of it exists every page
// says so (app/_components/demo-banner.tsx), because the demo accounts share a password printed in
// the README. An admin removes it all in one action, once they have an admin account of their own.

/** Whether demo accounts exist: the banner's question, asked on every page (an indexed count). */
export async function demoPresent(): Promise<boolean> {
  return (await db().user.count({ where: { demo: true } })) > 0;
}

export async function removeDemoData({ actor }: { actor: Actor }) {
  assertCapability(actor, "demo:remove");
  return db().$transaction(async (tx) => {
    const me = await tx.user.findUnique({ where: { id: actor.id }, select: { demo: true } });
    if (!me || me.demo)
      throw new AppError(
        "VALIDATION",
        "U bent ingelogd met een demo-account. Maak eerst onder Gebruikers een eigen beheerdersaccount, log daarmee in en verwijder dan de demo.",
      );
    const users = await tx.user.findMany({ where: { demo: true }, select: { id: true, email: true } });
    const userIds = users.map((u) => u.id);
    const trajecten = await tx.traject.findMany({
      where: { OR: [{ employer: { demo: true } }, { trainerId: { in: userIds } }] },
      select: { id: true },
    });
    const trajectIds = trajecten.map((t) => t.id);
    const mails = await tx.outboxMail.deleteMany({
      where: { OR: [{ trajectId: { in: trajectIds } }, { to: { in: users.map((u) => u.email) } }] },
    });
    await tx.traject.deleteMany({ where: { id: { in: trajectIds } } });
    await forgetChannels(tx, "board", trajectIds);
    // a demo expert's work on a real traject goes with them (the traject itself stays)
    await tx.annotation.deleteMany({ where: { authorId: { in: userIds } } });
    await tx.expertAssignment.deleteMany({ where: { expertId: { in: userIds } } });
    await tx.scanInvitation.deleteMany({ where: { createdById: { in: userIds } } });
    await tx.user.deleteMany({ where: { id: { in: userIds } } });
    const employers = await tx.employer.deleteMany({ where: { demo: true, trajecten: { none: {} } } });
    const counts = { users: userIds.length, employers: employers.count, trajecten: trajectIds.length, mails: mails.count };
    await recordAudit({ actor, action: "demo.remove", entityType: "Demo", entityId: "demo", data: counts }, tx);
    return counts;
  });
}
