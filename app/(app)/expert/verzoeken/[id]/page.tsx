import type { Metadata } from "next";
import Link from "next/link";
import { RowAction } from "@/components/ui/row-action";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireActorPage } from "@/lib/auth/session";
import { formatDateTime, formatTime } from "@/lib/dates";
import { getRequestForActor } from "@/lib/tandem/requests";
import { respondAction } from "../actions";

export const metadata: Metadata = { title: "Verzoek · Ervaringsdeskundige" };

export default async function RequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActorPage("workspace:expert");
  const { traject, themes, access } = await orNotFound(getRequestForActor({ actor, trajectId: id }));
  const open = access.capabilities.has("request:respond");
  return (
    <>
      <PageHeader
        title={`Verzoek: ${traject.employer.name}`}
        intro={`${traject.trainer.name} vraagt u als ervaringsdeskundige voor dit traject. U zegt ja of nee; u hoeft niets uit te leggen.`}
      />
      <section aria-labelledby="over" className="max-w-3xl rounded-xl border border-brand-100 bg-white p-5">
        <h2 id="over" className="text-lg font-semibold text-brand-800">
          Over het traject
        </h2>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="text-slate-600">Werkgever</dt>
          <dd>{[traject.employer.name, traject.employer.sector, traject.employer.city].filter(Boolean).join(" · ")}</dd>
          <dt className="text-slate-600">Werkvloer</dt>
          <dd>{traject.werkvloer?.name ?? "—"}</dd>
          <dt className="text-slate-600">Trainer</dt>
          <dd>{traject.trainer.name}</dd>
        </dl>
        <h3 className="mt-4 font-semibold text-slate-800">De bijeenkomsten</h3>
        <ul className="mt-1 space-y-1 text-sm" data-testid="request-sessions">
          {traject.sessions.map((s) => (
            <li key={s.number}>
              Bijeenkomst {s.number}:{" "}
              {s.scheduledAt
                ? `${formatDateTime(s.scheduledAt)}${s.endsAt ? ` tot ${formatTime(s.endsAt)}` : ""}`
                : "datum nog niet bekend"}
              {s.available === true
                ? " · valt in uw beschikbaarheid"
                : s.available === false
                  ? " · valt buiten uw opgegeven beschikbaarheid"
                  : ""}
            </li>
          ))}
        </ul>
        <h3 className="mt-4 font-semibold text-slate-800">De thema&rsquo;s van de scan</h3>
        <p className="mt-1 text-sm text-slate-700">{themes.join(" · ")}</p>
        <p className="mt-1 text-sm text-slate-600">De resultaten ziet u zodra u ja zegt.</p>
      </section>
      <div className="mt-6 flex flex-wrap gap-4">
        {open ? (
          <>
            <RowAction
              action={respondAction}
              fields={{ trajectId: traject.id, answer: "accept" }}
              label="Ja, ik doe mee"
              variant="primary"
            />
            <RowAction action={respondAction} fields={{ trajectId: traject.id, answer: "decline" }} label="Nee, dit keer niet" />
          </>
        ) : (
          <Link href={`/trajecten/${traject.id}`} className="font-semibold text-brand-800 underline underline-offset-2">
            U doet mee: naar het traject
          </Link>
        )}
      </div>
    </>
  );
}
