import "server-only";
import { formatDateTime } from "@/lib/dates";
import { env } from "@/lib/env";
import { enqueueMail } from "@/lib/mail/outbox";
import { passwordChangedMail } from "@/lib/mail/templates";
import type { Tx } from "@/lib/db";

// What follows a password change, in the change's own transaction: the person is told (so a change
// they did not make does not go unnoticed), and after a reset their calendar feed stops working. A
// reset is the way back in for someone who lost control of the account, so whatever a stranger may
// have copied (the feed's secret address) must stop too; a voluntary change is the person's own
// choice, and their agenda app keeps its subscription.

export async function afterPasswordChange(
  tx: Tx,
  user: { id: string; name: string; email: string },
  kind: "changed" | "reset",
  now = new Date(),
) {
  if (kind === "reset") {
    await tx.user.update({ where: { id: user.id }, data: { calendarFeedHash: null, calendarFeedCreatedAt: null } });
  }
  const mail = passwordChangedMail({
    name: user.name,
    kind,
    when: formatDateTime(now),
    supportUrl: `${env().APP_URL}/wachtwoord-vergeten`,
  });
  await enqueueMail({ kind: "account", to: user.email, ...mail, causedBy: null }, tx);
}
