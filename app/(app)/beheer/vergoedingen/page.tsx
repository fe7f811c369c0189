import type { Metadata } from "next";
import { ClaimSummary } from "@/components/compensation/claim-summary";
import { RowAction } from "@/components/ui/row-action";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { centsToDecimal } from "@/lib/compensation/amounts";
import { CLAIM_STATUSES, claimsForAdmin } from "@/lib/compensation/claims";
import { CLAIM_STATUS_LABEL } from "@/lib/compensation/labels";
import { periodSchema } from "@/lib/compensation/schema";
import { currentRates, listExpertCaps } from "@/lib/compensation/settings";
import { formatDate, isoDay } from "@/lib/dates";
import { approveClaimAdminAction, markClaimPaidAction, setCapAction, setRatesAction } from "./actions";
import { Button, buttonStyle } from "@/components/ui/button";

export const metadata: Metadata = { title: "Vergoedingen · Beheer" };

const input = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";
const h2 = "mb-3 text-xl font-semibold text-brand-800";
type Search = { van?: string | string[]; tot?: string | string[]; status?: string | string[] };
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");

export default async function CompensationAdminPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActorPage("compensation:manage");
  const search = await searchParams;
  const year = isoDay(new Date()).slice(0, 4);
  const from = one(search.van) || `${year}-01-01`;
  const to = one(search.tot) || `${year}-12-31`;
  const period = periodSchema.safeParse({ from, to });
  const status = (CLAIM_STATUSES as readonly string[]).includes(one(search.status))
    ? (one(search.status) as (typeof CLAIM_STATUSES)[number])
    : undefined;
  const [rates, caps, listed] = await Promise.all([
    currentRates(),
    listExpertCaps(actor),
    period.success ? claimsForAdmin({ actor, period: period.data, status }) : null,
  ]);
  return (
    <>
      <PageHeader
        title="Vergoedingen"
        intro="Tijd en reiskosten van ervaringsdeskundigen: de tarieven, een jaarmaximum per persoon, de declaraties en de export voor de financiële administratie."
      />
      <section aria-labelledby="declaraties" className="mb-10 rounded-xl border border-brand-100 bg-white p-5">
        <h2 id="declaraties" className={h2}>
          Declaraties
        </h2>
        <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
          <label className="block text-sm font-semibold text-slate-800">
            Bijeenkomsten vanaf
            <input type="date" name="van" defaultValue={from} className={input} />
          </label>
          <label className="block text-sm font-semibold text-slate-800">
            tot en met
            <input type="date" name="tot" defaultValue={to} className={input} />
          </label>
          <label className="block text-sm font-semibold text-slate-800">
            Status
            <select name="status" defaultValue={status ?? ""} className={input}>
              <option value="">Alle</option>
              {CLAIM_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {CLAIM_STATUS_LABEL[s]}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit" variant="secondary" size="sm">
            Tonen
          </Button>
        </form>
        {!period.success ? (
          <p role="alert" className="rounded-md bg-amber-50 p-3 text-amber-950">
            {period.error.issues[0]?.message ?? "Kies een begin- en een einddatum."}
          </p>
        ) : (
          <>
            {/* plain <a>: a file download, not a page (next/link would try to route to it) */}
            <div className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-2">
              <a
                href={`/api/beheer/vergoedingen/export.xlsx?van=${period.data.from}&tot=${period.data.to}`}
                className={buttonStyle({ size: "sm" })}
                data-testid="xlsx-export"
              >
                Spreadsheet voor de administratie downloaden
              </a>
              <a
                href={`/api/beheer/vergoedingen/export?van=${period.data.from}&tot=${period.data.to}`}
                className="font-semibold text-brand-800 underline underline-offset-2"
                data-testid="csv-export"
              >
                of als CSV
              </a>
              <p className="w-full text-sm text-slate-700">
                De goedgekeurde en betaalde declaraties van deze periode. De spreadsheet (.xlsx) opent goed in Excel en LibreOffice, met
                elke taalinstelling; de CSV alleen met Nederlandse instellingen.
              </p>
            </div>
            {listed!.claims.length === 0 ? (
              <p>Geen declaraties in deze periode.</p>
            ) : (
              <ul className="divide-y divide-slate-100" data-testid="claims">
                {listed!.claims.map((c) => (
                  <li key={c.id} className="py-3">
                    <p className="font-semibold text-slate-900">
                      {c.expert.name} · {c.employerName}, bijeenkomst {c.sessionNumber} ({formatDate(c.sessionDate)})
                    </p>
                    <ClaimSummary claim={c} />
                    {c.warning ? <p className="mt-1 rounded-md bg-amber-50 p-2 text-sm text-amber-950">{c.warning}</p> : null}
                    <div className="mt-2 flex flex-wrap gap-2">
                      {c.status === "SUBMITTED" ? (
                        <RowAction
                          action={approveClaimAdminAction}
                          fields={{ claimId: c.id, version: String(c.version) }}
                          label="Goedkeuren"
                          variant="primary"
                        />
                      ) : null}
                      {c.status === "APPROVED" ? (
                        <RowAction action={markClaimPaidAction} fields={{ claimId: c.id, version: String(c.version) }} label="Betaald" />
                      ) : null}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
      <section aria-labelledby="tarieven" className="mb-10 rounded-xl border border-brand-100 bg-white p-5">
        <h2 id="tarieven" className={h2}>
          Tarieven
        </h2>
        <ActionForm action={setRatesAction} submitLabel="Tarieven bewaren" className="space-y-3">
          <input type="hidden" name="version" value={rates.version} />
          <div className="grid max-w-xl gap-3 sm:grid-cols-2">
            <label className="block text-sm font-semibold text-slate-800">
              Per uur (€)
              <input name="hourly" inputMode="decimal" defaultValue={centsToDecimal(rates.hourlyCents)} className={input} />
            </label>
            <label className="block text-sm font-semibold text-slate-800">
              Per kilometer met de auto (€)
              <input name="perKm" inputMode="decimal" defaultValue={centsToDecimal(rates.perKmCents)} className={input} />
            </label>
          </div>
        </ActionForm>
      </section>
      <details className="mb-10 rounded-xl border border-brand-100 bg-white p-5">
        <summary className="cursor-pointer text-xl font-semibold text-brand-800">
          Jaarmaximum per ervaringsdeskundige ({caps.filter((e) => e.yearlyCents !== null).length} van {caps.length} ingesteld)
        </summary>
        <p className="mb-3 text-sm text-slate-700">
          Een vrijwilligersvergoeding heeft een wettelijk maximum per jaar. Vul het bedrag in dat voor iemand geldt; leeg betekent geen
          maximum. Komt een declaratie erboven, dan ziet u een waarschuwing.
        </p>
        <ul className="divide-y divide-slate-100">
          {caps.map((e) => (
            <li key={e.id} className="py-3">
              <ActionForm action={setCapAction} submitLabel="Bewaren" className="flex flex-wrap items-end gap-3">
                <input type="hidden" name="expertId" value={e.id} />
                <label className="block text-sm font-semibold text-slate-800">
                  {e.name}
                  {e.active ? "" : " (account uit)"} (€ per jaar)
                  <input
                    name="yearly"
                    inputMode="decimal"
                    defaultValue={e.yearlyCents === null ? "" : centsToDecimal(e.yearlyCents)}
                    className={input}
                  />
                </label>
              </ActionForm>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
