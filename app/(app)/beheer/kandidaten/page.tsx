import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { RecordItem, RecordList } from "@/components/ui/record-list";
import { Button } from "@/components/ui/button";
import { requireActorPage } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { candidateFilterSchema, indicatorPeriodSchema } from "@/lib/training/candidate-schema";
import { candidateIndicators, defaultIndicatorPeriod, listCandidates } from "@/lib/training/candidate-queries";
import { CANDIDATE_CHANNEL_LABEL, CANDIDATE_STATUSES, CANDIDATE_STATUS_LABEL } from "@/lib/training/labels";
import { CandidateFields } from "./_components/candidate-fields";
import { IndicatorTable } from "./_components/indicator-table";
import { createCandidateAction } from "./actions";

export const metadata: Metadata = { title: "Kandidaten · Beheer" };

const h2 = "mb-3 text-xl font-semibold text-brand-800";
type Query = { status?: string | string[]; van?: string | string[]; tot?: string | string[] };

export default async function CandidatesPage({ searchParams }: { searchParams: Promise<Query> }) {
  const actor = await requireActorPage("candidate:manage");
  const query = await searchParams;
  const status = candidateFilterSchema.parse(query.status);
  const asked =
    query.van !== undefined || query.tot !== undefined ? indicatorPeriodSchema.safeParse({ from: query.van, to: query.tot }) : null;
  const period = asked?.success ? asked.data : defaultIndicatorPeriod();
  const [candidates, indicators] = await Promise.all([listCandidates({ actor, status }), candidateIndicators(actor, period)]);
  const filterHref = (s?: string) => `/beheer/kandidaten${s ? `?status=${s}` : ""}#alle-kandidaten`;
  return (
    <>
      <PageHeader
        title="Kandidaten"
        intro="Mensen die ervaringsdeskundige willen worden, van de eerste belangstelling tot het certificaat. Iemand krijgt pas een account als die in een cohort start. Stoppen kan altijd, zonder reden."
      />

      <section aria-labelledby="cijfers" className="mb-10">
        <h2 id="cijfers" className={h2}>
          Cijfers
        </h2>
        <p className="mb-3 max-w-prose text-slate-700">
          Hoeveel mensen in een periode geworven zijn, per kanaal, en hoeveel er in een cohort startten, stopten of een certificaat kregen.
          De app telt dit zelf uit de gegevens hieronder.
        </p>
        <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Periode van de cijfers">
          {status ? <input type="hidden" name="status" value={status} /> : null}
          <div className="space-y-1">
            <label htmlFor="cijfers-van" className="block text-sm font-semibold text-slate-800">
              Van
            </label>
            <input id="cijfers-van" name="van" type="date" defaultValue={period.from} className={inputClass} />
          </div>
          <div className="space-y-1">
            <label htmlFor="cijfers-tot" className="block text-sm font-semibold text-slate-800">
              Tot en met
            </label>
            <input id="cijfers-tot" name="tot" type="date" defaultValue={period.to} className={inputClass} />
          </div>
          <Button type="submit" size="sm">
            Toon cijfers
          </Button>
        </form>
        {asked && !asked.success ? (
          <p className="mb-3 text-sm font-medium text-amber-800" role="status">
            {asked.error.issues[0]?.message} Hieronder staan de cijfers van dit jaar.
          </p>
        ) : null}
        <IndicatorTable {...indicators} />
      </section>

      <section aria-labelledby="nieuwe-kandidaat" className="mb-10">
        <h2 id="nieuwe-kandidaat" className={h2}>
          Nieuwe kandidaat
        </h2>
        <ActionForm
          action={createCandidateAction}
          submitLabel="Kandidaat vastleggen"
          className="grid max-w-3xl gap-4 rounded-xl border border-brand-100 bg-white p-5 sm:grid-cols-2"
        >
          <CandidateFields idPrefix="nieuw" values={{ name: "", email: "", phone: "", channel: "", channelOther: "" }} />
        </ActionForm>
      </section>

      <section aria-labelledby="alle-kandidaten">
        <h2 id="alle-kandidaten" className={h2}>
          {status ? `Kandidaten: ${CANDIDATE_STATUS_LABEL[status].toLowerCase()}` : "Alle kandidaten"} ({candidates.length})
        </h2>
        <nav aria-label="Toon kandidaten met de status" className="mb-3 flex flex-wrap gap-2 text-sm">
          {[undefined, ...CANDIDATE_STATUSES].map((s) => (
            <Link
              key={s ?? "alle"}
              href={filterHref(s)}
              aria-current={s === status ? "page" : undefined}
              className="rounded-full border border-brand-200 px-3 py-1 text-brand-800 underline-offset-2 hover:underline aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
            >
              {s ? CANDIDATE_STATUS_LABEL[s] : "Alle"}
            </Link>
          ))}
        </nav>
        {candidates.length === 0 ? (
          <p className="text-slate-700">{status ? "Geen kandidaten met deze status." : "Nog geen kandidaten."}</p>
        ) : (
          <RecordList label="Kandidaten" testId="candidate-list">
            {candidates.map((c) => (
              <RecordItem
                key={c.id}
                title={
                  <Link href={`/beheer/kandidaten/${c.id}`} className="text-brand-800 underline underline-offset-2">
                    {c.name}
                  </Link>
                }
                subtitle={c.email}
                facts={[
                  { label: "Status", value: CANDIDATE_STATUS_LABEL[c.status] },
                  { label: "Kanaal", value: CANDIDATE_CHANNEL_LABEL[c.channel] },
                  { label: "Vastgelegd", value: formatDate(c.createdAt) },
                  ...(c.cohorts.length > 0 ? [{ label: "Cohort", value: c.cohorts.join(", ") }] : []),
                ]}
                actions={null}
              />
            ))}
          </RecordList>
        )}
      </section>
    </>
  );
}
