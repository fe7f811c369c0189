import { formatDate } from "@/lib/dates";
import { trainingPlace, trainingWhen } from "@/lib/training/calendar";
import { TOPIC_LABEL, completionText } from "@/lib/training/topics";
import type { ownTrainingForExpert } from "@/lib/training/queries";

// The expert's own cohort(s): the training sessions' dates and places (also in their calendar through
// the invitations), what was recorded as attended, and whether the training is complete.

export function OwnTraining({ cohorts }: { cohorts: Awaited<ReturnType<typeof ownTrainingForExpert>> }) {
  if (cohorts.length === 0) return null;
  return (
    <section aria-labelledby="mijn-training" className="mt-8 max-w-2xl rounded-xl border border-brand-100 bg-white p-4">
      <h2 id="mijn-training" className="text-xl font-semibold text-brand-800">
        Mijn training
      </h2>
      {cohorts.map((c) => (
        <div key={c.cohortName} className="mt-3">
          <h3 className="font-semibold text-slate-900">{c.cohortName}</h3>
          <p className="text-sm text-slate-700">
            {c.completedAt ? `Afgerond op ${formatDate(c.completedAt)}.` : `Training: ${completionText(c.completion.missing)}.`}
          </p>
          <ul className="mt-2 space-y-1 text-sm">
            {c.sessions.map((s) => (
              <li key={s.id}>
                <span className="font-semibold">{TOPIC_LABEL[s.topic]}</span>: {trainingWhen(s)}, {trainingPlace(s)}
                {s.attended === true ? " · u was erbij" : s.attended === false ? " · niet bij geweest" : ""}
              </li>
            ))}
          </ul>
          {new Set(c.sessions.map((s) => s.topic)).size < c.sessions.length ? (
            <p className="mt-1 text-sm text-slate-600">Staat een onderwerp er twee keer? Eén van de data is genoeg.</p>
          ) : null}
        </div>
      ))}
    </section>
  );
}
