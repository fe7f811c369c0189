import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { MAIL_STATUS_LABEL } from "@/lib/mail/labels";
import { listOutboxForActor } from "@/lib/mail/queries";
import { formatDateTime } from "@/lib/dates";
import { formatFileSize } from "@/lib/format/file-size";

export const metadata: Metadata = { title: "Uitgaande e-mail" };

export default async function OutboxPage() {
  const actor = await requireActorPage("outbox:read");
  const mails = await listOutboxForActor(actor);
  return (
    <>
      <PageHeader
        title="Uitgaande e-mail"
        intro={
          env().SMTP_URL
            ? "Alle e-mail die de app verstuurt, met de stand van verzending."
            : "Er is geen mailserver ingesteld, dus de app verstuurt geen e-mail maar bewaart die hier. Zo werkt de demo: wie een uitnodiging of link liet versturen, ziet hier de persoonlijke link en geeft die zelf door. Moet de e-mail echt verstuurd worden? Vraag de technisch beheerder om een mailserver in te stellen."
        }
      />
      {mails.length === 0 ? (
        <p className="text-slate-700">Er is nog geen e-mail.</p>
      ) : (
        <ul className="space-y-4" data-testid="outbox">
          {mails.map((m) => (
            <li key={m.id} className="rounded-xl border border-brand-100 bg-white p-5">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-semibold">{m.subject}</span>
                  <span className="block text-sm text-slate-600">
                    Aan {m.to} · {formatDateTime(m.createdAt)} · {MAIL_STATUS_LABEL[m.status]}
                    {m.traject ? ` · ${m.traject.employer.name}` : ""}
                  </span>
                </summary>
                {m.traject ? (
                  <Link href={`/trajecten/${m.traject.id}`} className="mt-2 inline-block text-sm underline">
                    Naar het traject van {m.traject.employer.name}
                  </Link>
                ) : null}
                {m.links === "shown" ? (
                  <p className="mt-3 rounded-lg border border-brand-200 bg-brand-50 p-3 text-sm text-slate-800" data-testid="link-warning">
                    U ziet de persoonlijke link omdat u deze e-mail liet versturen en er geen mailserver is. De link is een sleutel: wie hem
                    heeft, komt erin. Geeft u hem door, dan staat u ervoor in dat alleen {m.to} hem krijgt.
                  </p>
                ) : m.links === "hidden" ? (
                  <p className="mt-3 text-sm text-slate-700" data-testid="link-hidden">
                    {m.status === "STORED"
                      ? m.linkReader === "other"
                        ? "De persoonlijke link in deze e-mail ziet alleen wie de e-mail liet versturen (bij een herinnering van de planner: de trainer van het traject)."
                        : "De persoonlijke link in deze e-mail ziet hier niemand: de app verstuurde hem zelf, of het is een link waarmee iemand namens de werkgever kan handelen. Is het een activeringslink? Dan stuurt de beheerder bij Beheer → Gebruikers een nieuwe link en geeft die zelf door."
                      : "De persoonlijke link in deze e-mail is alleen voor de ontvanger en staat hier niet."}
                  </p>
                ) : null}
                <pre className="mt-3 whitespace-pre-wrap break-words rounded-lg bg-sand-100 p-4 font-sans text-sm" data-testid="mail-body">
                  {m.text}
                </pre>
                {m.calendar ? (
                  // the calendar part as it is sent (text/calendar): what the recipient's calendar reads
                  <details className="mt-3" data-testid="mail-calendar">
                    <summary className="cursor-pointer text-sm font-semibold text-brand-800">
                      Agenda-deel ({m.calendarMethod === "CANCEL" ? "afmelding" : "uitnodiging"}, text/calendar)
                    </summary>
                    <pre className="mt-2 overflow-x-auto rounded-lg bg-slate-50 p-3 text-xs">{m.calendar}</pre>
                  </details>
                ) : null}
                {m.attachments.length > 0 ? (
                  <div className="mt-3" data-testid="mail-attachments">
                    <p className="text-sm font-semibold text-slate-800">Bijlage{m.attachments.length > 1 ? "n" : ""}</p>
                    <ul className="mt-1 text-sm">
                      {m.attachments.map((a) => (
                        <li key={a.id}>
                          <a href={`/api/mail/${m.id}/bijlage/${a.id}`} download className="text-brand-800 underline underline-offset-2">
                            {a.fileName}
                          </a>{" "}
                          <span className="text-slate-600">({formatFileSize(a.size)})</span>
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                {m.replyTo ? <p className="mt-2 text-xs text-slate-600">Antwoorden gaan naar {m.replyTo}</p> : null}
              </details>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
