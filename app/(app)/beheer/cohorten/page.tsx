import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { TableRegion, Th, theadClass } from "@/components/ui/table";
import { capabilitiesFor } from "@/lib/auth/capabilities";
import { requireActorPage } from "@/lib/auth/session";
import { formatPeriod } from "@/lib/dates";
import { listCohortsForActor } from "@/lib/training/queries";
import { CohortForm } from "./_components/cohort-form";

export const metadata: Metadata = { title: "Cohorten" };

// The training cohorts: the admin sees and creates them all, a trainer sees the ones they train.
export default async function CohortsPage() {
  const actor = await requireActorPage("attendance:record");
  const cohorts = await listCohortsForActor(actor);
  const manage = capabilitiesFor(actor).has("cohort:manage");
  return (
    <>
      <PageHeader
        title="Cohorten"
        intro="Een cohort is een groep ervaringsdeskundigen die samen de training volgt: een paar bijeenkomsten, soms een onderwerp op twee data, met aanwezigheid en aan het eind een certificaat."
      />
      <section aria-labelledby="lijst" className="mb-10 rounded-xl border border-brand-100 bg-white p-5">
        <h2 id="lijst" className="mb-3 text-xl font-semibold text-brand-800">
          {manage ? "Alle cohorten" : "Cohorten die u traint"}
        </h2>
        {cohorts.length === 0 ? (
          <p className="text-slate-700">{manage ? "Er is nog geen cohort." : "U bent nog geen trainer van een cohort."}</p>
        ) : (
          <TableRegion label="Cohorten">
            <table className="w-full text-sm">
              <thead className={theadClass}>
                <tr>
                  <Th>Cohort</Th>
                  <Th>Periode</Th>
                  <Th>Bijeenkomsten</Th>
                  <Th>Deelnemers</Th>
                  <Th>Afgerond</Th>
                </tr>
              </thead>
              <tbody>
                {cohorts.map((c) => (
                  <tr key={c.id} className="border-b border-slate-100">
                    <td className="py-2 pr-3">
                      <Link href={`/beheer/cohorten/${c.id}`} className="font-semibold text-brand-800 underline underline-offset-2">
                        {c.name}
                      </Link>
                    </td>
                    <td className="py-2 pr-3">{formatPeriod(c.startsOn, c.endsOn)}</td>
                    <td className="py-2 pr-3">{c._count.sessions}</td>
                    <td className="py-2 pr-3">{c._count.participants}</td>
                    <td className="py-2 pr-3">{c.participants.length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
      </section>
      {manage ? (
        <section aria-labelledby="nieuw" className="rounded-xl border border-brand-100 bg-white p-5">
          <h2 id="nieuw" className="mb-3 text-xl font-semibold text-brand-800">
            Nieuw cohort
          </h2>
          <CohortForm />
        </section>
      ) : null}
    </>
  );
}
