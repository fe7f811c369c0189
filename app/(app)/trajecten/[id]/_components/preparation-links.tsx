import { formatDate } from "@/lib/dates";
import { LinkButton } from "@/components/ui/button";
import type { SessionAnswer } from "@/lib/sessions/rsvp";
import { SessionAnswers } from "./session-answers";

/**
 * For the tandem: a preparation card per session that still takes place or took place. With
 * `answers` (per session id), each planned session also says who answered what to their invitation:
 * for the expert, who has no session cards (the trainer reads the answers there).
 */
export function PreparationLinks({
  trajectId,
  sessions,
  answers,
}: {
  trajectId: string;
  sessions: { id: string; number: number; status: string; scheduledAt: Date | null }[];
  answers?: ReadonlyMap<string, readonly SessionAnswer[]>;
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
      <ul className={answers ? "mt-2 grid gap-4 md:grid-cols-2" : "mt-2 flex flex-wrap gap-3"}>
        {shown.map((s) => (
          <li key={s.number} className="space-y-2">
            <LinkButton href={`/trajecten/${trajectId}/bijeenkomsten/${s.number}/voorbereiding`} variant="secondary" size="sm">
              Bijeenkomst {s.number}
              {s.scheduledAt ? ` (${formatDate(s.scheduledAt)})` : ""}
            </LinkButton>
            {answers && s.status === "PLANNED" ? <SessionAnswers answers={answers.get(s.id) ?? []} number={s.number} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
