import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePasswordForm } from "./_components/change-password-form";
import { requireActorPage } from "@/lib/auth/session";
import { roleLabelOf } from "@/lib/auth/roles";
import { EndAllLoginsForm } from "./_components/end-all-logins-form";
import { changePasswordAction, createCalendarFeedAction, endAllLoginsAction, revokeCalendarFeedAction } from "./actions";
import { ActionForm } from "@/components/ui/action-form";
import { calendarFeedStatus } from "@/lib/sessions/calendar-feed";
import { formatDate } from "@/lib/dates";
import { secondFactorStatus } from "@/lib/users/second-factor";
import Link from "next/link";

export const metadata: Metadata = { title: "Mijn account" };

export default async function AccountPage() {
  const actor = await requireActorPage("account:own");
  const feed = await calendarFeedStatus(actor);
  const secondFactor = await secondFactorStatus(actor);
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
      <section aria-labelledby="tweede-stap" className="mt-10 max-w-2xl">
        <h2 id="tweede-stap" className="mb-3 text-xl font-semibold text-brand-800">
          Tweede stap bij inloggen
        </h2>
        <p className="text-slate-700">
          {secondFactor.enabledAt
            ? `Staat aan sinds ${formatDate(secondFactor.enabledAt)}: na uw wachtwoord vult u een code uit uw authenticator-app in.`
            : "Staat uit. Met een tweede stap vult u na uw wachtwoord ook een code uit een app op uw telefoon in: wie uw wachtwoord kent, komt dan nog niet in uw account."}
        </p>
        <p className="mt-3">
          <Link href="/account/tweede-stap" className="font-semibold text-brand-800 underline underline-offset-2">
            {secondFactor.enabledAt ? "Herstelcodes of uitzetten" : "Tweede stap instellen"}
          </Link>
        </p>
      </section>
      <section aria-labelledby="sessies" className="mt-10">
        <h2 id="sessies" className="mb-3 text-xl font-semibold text-brand-800">
          Ingelogd op andere apparaten?
        </h2>
        <EndAllLoginsForm action={endAllLoginsAction} />
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
      <section aria-labelledby="gegevens" className="mt-10 max-w-2xl">
        <h2 id="gegevens" className="mb-3 text-xl font-semibold text-brand-800">
          Mijn gegevens
        </h2>
        <p className="text-slate-700">
          Alles wat de app over u als persoon bewaart (uw account, profiel, terugblikken, notities, vergoedingen en wanneer u inlogde), in
          één bestand. Dat is uw recht onder de AVG.
        </p>
        <p className="mt-3">
          {/* a file download, not a page: a plain link (the /api catch-all makes the lint think it is one) */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/api/account/gegevens" className="font-semibold text-brand-800 underline underline-offset-2" data-testid="own-data">
            Mijn gegevens downloaden (JSON)
          </a>
        </p>
      </section>
    </>
  );
}
