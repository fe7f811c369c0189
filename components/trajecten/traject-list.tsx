import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDate } from "@/lib/dates";
import type { TrajectListItem } from "@/lib/trajecten/queries";

/** `level`: the heading level of each traject's name (3 under a heading of the page's own, such as "Uw trajecten"). */
export function TrajectList({ trajects, empty, level = 2 }: { trajects: TrajectListItem[]; empty: string; level?: 2 | 3 }) {
  const Heading = level === 3 ? "h3" : "h2";
  if (trajects.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">{empty}</p>;
  return (
    <ul className="grid gap-4 md:grid-cols-2" data-testid="traject-list">
      {trajects.map((t) => {
        const next = t.sessions.find((s) => s.status === "PLANNED");
        return (
          <li key={t.id} className="rounded-xl border border-brand-100 bg-white p-5 shadow-sm">
            <div className="flex items-start justify-between gap-3">
              <Heading className="text-lg font-semibold text-brand-800">
                <Link href={`/trajecten/${t.id}`} className="hover:underline">
                  {t.employer.name}
                </Link>
              </Heading>
              <StatusBadge status={t.status} />
            </div>
            <p className="text-sm text-slate-600">{[t.werkvloer?.name, t.employer.sector].filter(Boolean).join(" · ")}</p>
            <dl className="mt-4 grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
              <dt className="text-slate-600">Trainer</dt>
              <dd>{t.trainer.name}</dd>
              <dt className="text-slate-600">Ervaringsdeskundige</dt>
              <dd>{t.assignments.map((a) => a.expert.name).join(", ") || "Nog te kiezen"}</dd>
              <dt className="text-slate-600">Volgende bijeenkomst</dt>
              <dd>{next ? `${next.number}: ${formatDate(next.scheduledAt)}` : "—"}</dd>
              <dt className="text-slate-600">{(t.scanRounds[0]?.number ?? 1) > 1 ? "Vervolgscan ingevuld" : "Scan ingevuld"}</dt>
              <dd>
                {t.scanRounds[0]?._count.responses ?? 0} van {t.scanRounds[0]?._count.invitations ?? 0}
              </dd>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
