import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePasswordForm } from "@/components/users/change-password-form";
import { requireActorPage } from "@/lib/auth/session";
import { roleLabelOf } from "@/lib/auth/roles";
import { EndAllSessionsForm } from "./_components/end-all-sessions-form";
import { changePasswordAction, endAllSessionsAction } from "./actions";

export const metadata: Metadata = { title: "Mijn account" };

export default async function AccountPage() {
  const actor = await requireActorPage("account:own");
  return (
    <>
      <PageHeader
        title="Mijn account"
        intro={`U bent ingelogd als ${actor.name} (${roleLabelOf(actor).toLowerCase()}). Uw naam, e-mailadres of rol aanpassen? Dat doet de beheerder.`}
      />
      <section aria-labelledby="wachtwoord">
        <h2 id="wachtwoord" className="mb-3 text-xl font-semibold text-brand-800">
          Wachtwoord wijzigen
        </h2>
        <ChangePasswordForm action={changePasswordAction} />
      </section>
      <section aria-labelledby="sessies" className="mt-10">
        <h2 id="sessies" className="mb-3 text-xl font-semibold text-brand-800">
          Ingelogd op andere apparaten?
        </h2>
        <EndAllSessionsForm action={endAllSessionsAction} />
      </section>
    </>
  );
}
