import "server-only";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/dates";
import { enqueueMail, kickDelivery } from "@/lib/mail/outbox";
import { adoptedCodeMail } from "@/lib/mail/templates";
import { renderCodeFile } from "./export";
import { employerAndTandem } from "./tandem-of";

// When the code is vastgesteld, every signer and the tandem get it as a PDF with its signature page
// (issue 24, item 4). The PDF is rendered outside the transaction that adopted the code (rendering
// takes a moment; the signature's transaction stays short) and stored with each mail, so the mail
// sends the code as it was adopted even if the directie reopens it before delivery. Whether it went
// is a fact on the code (adoptionMailedAt), set in the transaction that writes the mails: a crash
// between adoption and this leaves it null, and the scheduler's sweep (sendDueAdoptionMails) sends it.

/** Mails the adopted code once; a second call, or one after the code was reopened, does nothing. */
export async function mailAdoptedCode(trajectId: string): Promise<number> {
  const code = await db().gedragscode.findUnique({
    where: { trajectId },
    select: { id: true, status: true, adoptedAt: true, adoptionMailedAt: true },
  });
  if (!code || code.status !== "VASTGESTELD" || code.adoptionMailedAt || !code.adoptedAt) return 0;
  const pdf = await renderCodeFile(trajectId, "pdf");
  const sent = await db().$transaction(async (tx) => {
    // claim: only if it is still the adoption the PDF was rendered for, and nobody mailed it meanwhile
    const claimed = await tx.gedragscode.updateMany({
      where: { id: code.id, status: "VASTGESTELD", adoptedAt: code.adoptedAt, adoptionMailedAt: null },
      data: { adoptionMailedAt: new Date() },
    });
    if (claimed.count === 0) return 0;
    const { employerName, tandem } = await employerAndTandem(tx, trajectId);
    const signatures = await tx.codeSignature.findMany({
      where: { gedragscodeId: code.id, voidedAt: null },
      orderBy: { signedAt: "asc" },
      select: { name: true, sentTo: true, signer: { select: { keyPerson: { select: { email: true } } } } },
    });
    const recipients = new Map<string, { name: string; audience: "signer" | "tandem" }>();
    for (const s of signatures) {
      const to = (s.sentTo ?? s.signer.keyPerson.email).toLowerCase();
      if (!recipients.has(to)) recipients.set(to, { name: s.name, audience: "signer" });
    }
    for (const person of tandem) {
      const to = person.email.toLowerCase();
      if (!recipients.has(to)) recipients.set(to, { name: person.name, audience: "tandem" });
    }
    for (const [to, r] of recipients)
      await enqueueMail(
        {
          trajectId,
          kind: "signoff",
          to,
          ...adoptedCodeMail({
            name: r.name,
            employerName,
            adoptedOn: formatDate(code.adoptedAt),
            fileName: pdf.fileName,
            audience: r.audience,
          }),
          causedBy: null,
          attachments: [{ fileName: pdf.fileName, contentType: pdf.contentType, content: pdf.body }],
        },
        tx,
      );
    return recipients.size;
  });
  if (sent > 0) kickDelivery();
  return sent;
}

/**
 * Right after a signature (or list change) adopted the code: mail it. A failure here must not undo or
 * fail the signature, which is committed: the scheduler's sweep sends it later.
 */
export async function afterAdoption(trajectId: string, adopted: boolean) {
  if (!adopted) return;
  await mailAdoptedCode(trajectId).catch((e) => console.error("[gedragscode] mailing the adopted code failed; the scheduler retries", e));
}

/** The scheduler's sweep: adopted codes whose mail did not go (a crash right after adoption). */
export async function sendDueAdoptionMails(): Promise<number> {
  const due = await db().gedragscode.findMany({
    where: { status: "VASTGESTELD", adoptionMailedAt: null },
    select: { trajectId: true },
    take: 50,
  });
  let mails = 0;
  for (const c of due) mails += await mailAdoptedCode(c.trajectId);
  return mails;
}
