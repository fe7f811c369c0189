import { formatDate } from "@/lib/dates";
import { LinkButton } from "@/components/ui/button";

/** For the tandem: a preparation card per session that still takes place or took place. */
export function PreparationLinks({
  trajectId,
  sessions,
}: {
  trajectId: string;
  sessions: { number: number; status: string; scheduledAt: Date | null }[];
}) {
  const shown = sessions.filter((s) => s.status !== "CANCELLED");
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="voorbereiding" className="mt-8 rounded-xl border border-brand-100 bg-white p-5">
      <h2 id="voorbereiding" className="text-lg font-semibold text-brand-800">
        Voorbereiding
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Per bijeenkomst een kaart voor de tandem: agenda, deelnemers, de scan in het kort en de werkwijze.
      </p>
      <ul className="mt-2 flex flex-wrap gap-3">
        {shown.map((s) => (
          <li key={s.number}>
            <LinkButton href={`/trajecten/${trajectId}/bijeenkomsten/${s.number}/voorbereiding`} variant="secondary" size="sm">
              Bijeenkomst {s.number}
              {s.scheduledAt ? ` (${formatDate(s.scheduledAt)})` : ""}
            </LinkButton>
          </li>
        ))}
      </ul>
    </section>
  );
}
