import "server-only";
import { db } from "@/lib/db";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { outboxScope } from "@/lib/auth/scopes";
import { notFound } from "@/lib/errors";
import { REDACTED_LINK, credentialReaderId, hasCredentialLink, redactCredentialLinks } from "./credentials";

/**
 * Admins see all mail; trainers the mail of their own trajects (lib/auth/scopes.ts). The one-time
 * links in it only the viewer who may read them (lib/mail/credentials.ts): for everyone else they are
 * replaced before the text leaves this function. `links`: "shown" (with the warning that goes with
 * it), "hidden", or "none" when the mail holds no link; `linkReader` says whether anyone sees them.
 */
export async function listOutboxForActor(actor: Actor, take = 100) {
  assertCapability(actor, "outbox:read");
  const mails = await db().outboxMail.findMany({
    where: outboxScope(actor),
    orderBy: { createdAt: "desc" },
    take,
    include: {
      traject: { select: { id: true, trainerId: true, employer: { select: { name: true } } } },
      attachments: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, contentType: true, size: true } },
    },
  });
  return mails.map(({ causedById, ...m }) => {
    const carries = hasCredentialLink(m.text) || hasCredentialLink(m.calendar) || m.text.includes(REDACTED_LINK);
    const reader = credentialReaderId({ ...m, causedById });
    const shown = carries && reader === actor.id;
    return {
      ...m,
      text: shown ? m.text : redactCredentialLinks(m.text),
      calendar: shown ? m.calendar : redactCredentialLinks(m.calendar),
      links: !carries ? ("none" as const) : shown ? ("shown" as const) : ("hidden" as const),
      /** hidden from this viewer: whether someone else may read them (without SMTP) or nobody */
      linkReader: reader === null ? ("nobody" as const) : ("other" as const),
    };
  });
}

/**
 * A file sent with a mail, for whoever may see that mail in the outbox (the same scope as the list): so
 * without a mail server the trainer can hand it over with the text. NOT_FOUND for anyone else.
 */
export async function outboxAttachmentForActor(actor: Actor, { mailId, attachmentId }: { mailId: string; attachmentId: string }) {
  assertCapability(actor, "outbox:read");
  const mail = await db().outboxMail.findFirst({ where: { AND: [{ id: mailId }, outboxScope(actor)] }, select: { id: true } });
  const file = mail
    ? await db().mailAttachment.findFirst({
        where: { id: attachmentId, mailId: mail.id },
        select: { fileName: true, contentType: true, content: true },
      })
    : null;
  if (!file) throw notFound("Deze bijlage");
  return file;
}
