import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { ROLE_LABEL } from "@/lib/auth/roles";
import { requireActorPage } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { allTrajectDebriefs } from "@/lib/debriefs/traject-debrief";

export const metadata: Metadata = { title: "Terugblikken · Beheer" };

// What trainers and experts recorded at closing about what worked for the method: ECIO's material
// for the programme view (trajectDebrief:readAll), newest first.
export default async function TerugblikkenPage() {
  const actor = await requireActorPage("trajectDebrief:readAll");
  const debriefs = await allTrajectDebriefs({ actor });
  return (
    <>
      <PageHeader
        title="Terugblikken op trajecten"
        intro="Wat trainers en ervaringsdeskundigen bij het afronden van een traject opschreven over wat werkte. Alleen beheerders lezen dit; de werkgever niet."
      />
      {debriefs.length === 0 ? (
        <p className="text-slate-700">Er zijn nog geen terugblikken. Ze verschijnen hier zodra een afgerond traject er een heeft.</p>
      ) : (
        <ul className="space-y-4">
          {debriefs.map((d) => (
            <li key={d.id} className="rounded-xl border border-brand-100 bg-white p-5">
              <h2 className="font-semibold text-brand-800">
                <Link href={`/trajecten/${d.trajectId}`} className="underline underline-offset-4">
                  {d.employerName}
                </Link>
              </h2>
              <p className="text-sm text-slate-600">
                {ROLE_LABEL[d.authorRole]} {d.authorName} · bijgewerkt op {formatDate(d.updatedAt)}
                {d.closedAt ? ` · traject afgerond op ${formatDate(d.closedAt)}` : ""}
              </p>
              <p className="mt-2 whitespace-pre-line text-slate-800">{d.whatWorked}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
