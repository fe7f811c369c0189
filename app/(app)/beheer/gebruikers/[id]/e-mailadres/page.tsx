import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireActorPage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { getEmailChangeForAdmin } from "@/lib/users/email-change";
import { userIdSchema } from "@/lib/users/schema";
import { requestEmailChangeAction } from "../../actions";

export const metadata: Metadata = { title: "E-mailadres wijzigen · Gebruikers" };

// The admin asks for a new login address; the new address confirms it through a one-time link
// (docs/decisions/020-admin-changes-email.md). Until then nothing changes.
export default async function ChangeEmailPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActorPage("user:manage");
  const id = userIdSchema.safeParse({ userId: (await params).id });
  if (!id.success) notFound();
  const user = await orNotFound(getEmailChangeForAdmin({ actor, userId: id.data.userId }));
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/beheer/gebruikers" className="font-semibold text-brand-800 underline underline-offset-2">
          ← Alle gebruikers
        </Link>
      </p>
      <PageHeader
        title={`E-mailadres wijzigen: ${user.name}`}
        intro={
          <>
            Nu logt {user.name} in met <strong>{user.email}</strong>. Het nieuwe adres krijgt een link om de wijziging te bevestigen; pas
            daarna geldt het, en krijgt het oude adres hierover bericht. Het wachtwoord blijft hetzelfde.
          </>
        }
      />
      {user.pending ? (
        <p className="mb-6 max-w-2xl rounded-lg border border-brand-100 bg-brand-50 p-3 text-slate-800" data-testid="pending-change">
          Wacht op bevestiging: <strong>{user.pending.newEmail}</strong>, de link werkt tot {formatDateTime(user.pending.expiresAt)}. Een
          nieuwe aanvraag vervangt deze; de eerdere link werkt dan niet meer.
        </p>
      ) : null}
      {user.active ? (
        <ActionForm
          action={requestEmailChangeAction}
          submitLabel="Link sturen naar het nieuwe adres"
          className="max-w-2xl space-y-4 rounded-xl border border-brand-100 bg-white p-4"
        >
          <input type="hidden" name="userId" value={user.id} />
          <div className="space-y-1">
            <label htmlFor="nieuw-email" className="block text-sm font-semibold text-slate-800">
              Nieuw e-mailadres
            </label>
            <input id="nieuw-email" name="email" type="email" required autoComplete="off" className={inputClass} />
          </div>
        </ActionForm>
      ) : (
        <p className="max-w-2xl text-slate-700">Dit account staat uit. Zet het eerst weer aan om het e-mailadres te wijzigen.</p>
      )}
    </>
  );
}
