import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { UserCreateForm } from "./_components/user-create-form";
import { UserTable } from "./_components/user-table";
import { requireActorPage } from "@/lib/auth/session";
import { listEmployerChoices, listUsers } from "@/lib/users/queries";
import { createUserAction } from "./actions";
import { initialRoleOf } from "@/lib/users/schema";

export const metadata: Metadata = { title: "Gebruikers" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ rol?: string | string[] }> }) {
  const actor = await requireActorPage("user:manage");
  const initialRole = initialRoleOf((await searchParams).rol);
  const [users, employers] = await Promise.all([listUsers(actor), listEmployerChoices(actor)]);
  return (
    <>
      <PageHeader
        title="Gebruikers"
        intro="Maak accounts voor trainers, ervaringsdeskundigen en de mensen van een werkgever. Iedereen kiest zelf een wachtwoord via een link die één keer werkt; met dezelfde knop stuurt u later een link voor een nieuw wachtwoord."
      />
      <section aria-labelledby="nieuw-account" className="mb-10">
        <h2 id="nieuw-account" className="mb-3 text-xl font-semibold text-brand-800">
          Nieuw account
        </h2>
        <UserCreateForm employers={employers} action={createUserAction} initialRole={initialRole} />
      </section>
      <section aria-labelledby="alle-accounts">
        <h2 id="alle-accounts" className="mb-3 text-xl font-semibold text-brand-800">
          Alle accounts ({users.length})
        </h2>
        <UserTable users={users} selfId={actor.id} />
      </section>
    </>
  );
}
