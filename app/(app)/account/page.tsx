import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePasswordForm } from "@/components/users/change-password-form";
import { requireActorPage } from "@/lib/auth/session";
import { roleLabelOf } from "@/lib/auth/roles";
import { EndAllSessionsForm } from "./_components/end-all-sessions-form";
import { changePasswordAction, createCalendarFeedAction, endAllSessionsAction, revokeCalendarFeedAction } from "./actions";
import { ActionForm } from "@/components/ui/action-form";
import { calendarFeedStatus } from "@/lib/calendar/feed";
import { formatDate } from "@/lib/dates";

export const metadata: Metadata = { title: "Mijn account" };

export default async function AccountPage() {
  const actor = await requireActorPage("account:own");
  const feed = await calendarFeedStatus(actor);
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
      <section aria-labelledby="agenda" className="mt-10 max-w-2xl">
        <h2 id="agenda" className="mb-3 text-xl font-semibold text-brand-800">
          Bijeenkomsten in uw eigen agenda
        </h2>
        <p className="text-slate-700">
          Met een persoonlijke agenda-link ziet uw agenda-app (Outlook, Google, Apple) alle bijeenkomsten van uw trajecten, en werkt ze zelf
          bij. Deel de link niet: wie hem heeft, ziet de data en plaatsen.
          {feed.since ? ` U heeft een agenda-link sinds ${formatDate(feed.since)}.` : ""}
        </p>
        <div className="mt-3 flex flex-wrap items-start gap-4">
          <ActionForm
            action={createCalendarFeedAction}
            submitLabel={feed.since ? "Nieuwe agenda-link maken" : "Agenda-link maken"}
            className="[overflow-wrap:anywhere]"
          >
            {null}
          </ActionForm>
          {feed.since ? (
            <ActionForm action={revokeCalendarFeedAction} submitLabel="Agenda-link stoppen">
              {null}
            </ActionForm>
          ) : null}
        </div>
      </section>
    </>
  );
}
