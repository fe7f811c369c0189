import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { listAuditEvents } from "@/lib/logbook/queries";
import { requireActorPage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { TableRegion, theadClass } from "@/components/ui/table";

export const metadata: Metadata = { title: "Logboek" };

const ACTION_LABEL: Record<string, string> = {
  "invitation.create": "Uitnodiging verstuurd",
  "invitation.resend": "Uitnodiging opnieuw verstuurd",
  "invitation.reminder": "Herinnering verstuurd",
  "invitation.revoke": "Uitnodiging ingetrokken",
  "response.reopen": "Scan heropend",
  "annotation.create": "Notitie geschreven",
  "annotation.update": "Notitie gewijzigd",
  "annotation.delete": "Notitie verwijderd",
  "questionnaire.import": "Vragenlijst geïmporteerd",
  "report.download": "Rapport gedownload",
  "privacy.exportEmployer": "AVG-export gemaakt",
  "privacy.eraseEmployer": "Werkgever gewist (AVG)",
  "privacy.eraseRespondent": "Respondent gewist (AVG)",
  "privacy.retention": "Bewaartermijn toegepast",
  "solution.create": "Oplossingsrichting toegevoegd",
  "solution.update": "Oplossingsrichting gewijzigd",
  "solution.activate": "Oplossingsrichting aangezet",
  "solution.deactivate": "Oplossingsrichting uitgezet",
  "demo.remove": "Demogegevens verwijderd",
  "setup.firstAdmin": "Eerste beheerder aangemaakt",
  "scheduler.runNow": "Geplande taak nu uitgevoerd",
  "mail.retry": "Mislukte e-mail opnieuw geprobeerd",
  "mail.test": "Testmail gestuurd",
  "profile.update": "Profiel bijgewerkt",
  "profile.certified": "Certificering gewijzigd",
  "profile.paused": "Pauze gewijzigd",
  "user.requestEmailChange": "Nieuw e-mailadres aangevraagd (wacht op bevestiging)",
  "user.changeEmail": "E-mailadres gewijzigd (bevestigd via het nieuwe adres)",
};

export default async function AuditLogPage() {
  const actor = await requireActorPage("audit:read");
  const events = await listAuditEvents(actor);
  return (
    <>
      <PageHeader title="Logboek" intro="Wie deed wat en wanneer: de laatste 200 gebeurtenissen." />
      <TableRegion label="Logboek, horizontaal scrollbaar" className="rounded-xl border border-brand-100 bg-white">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <caption className="sr-only">Gebeurtenissen, nieuwste eerst</caption>
          <thead className={theadClass}>
            <tr>
              <th scope="col" className="px-4 py-2">
                Wanneer
              </th>
              <th scope="col" className="px-4 py-2">
                Wie
              </th>
              <th scope="col" className="px-4 py-2">
                Wat
              </th>
              <th scope="col" className="px-4 py-2">
                Traject
              </th>
            </tr>
          </thead>
          <tbody>
            {events.length === 0 ? (
              <tr>
                <td colSpan={4} className="px-4 py-4 text-slate-700">
                  Nog geen gebeurtenissen.
                </td>
              </tr>
            ) : (
              events.map((e) => (
                <tr key={e.id} className="border-b border-slate-100">
                  <td className="px-4 py-2 whitespace-nowrap">{formatDateTime(e.createdAt)}</td>
                  <td className="px-4 py-2">{e.actorLabel}</td>
                  <td className="px-4 py-2">{ACTION_LABEL[e.action] ?? e.action}</td>
                  <td className="px-4 py-2">
                    {e.trajectId ? (
                      <Link className="underline" href={`/trajecten/${e.trajectId}`}>
                        Bekijken
                      </Link>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}
