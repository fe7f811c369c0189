import { ActionForm } from "@/components/ui/action-form";
import { inputClass } from "@/components/ui/field";
import { isoDay } from "@/lib/dates";
import { LATER_COHORT_TOPICS, TOPIC_LABEL, TRAINING_TOPICS } from "@/lib/training/topics";
import type { TrainingTopic } from "@/lib/generated/prisma/client";
import { saveCohortAction } from "../actions";

// A cohort's name, period and topics: new on the list page, edited on the cohort's own page (with the
// version it was read at, so a concurrent change is a conflict, not an overwrite).

export function CohortForm({
  cohort,
}: {
  cohort?: { id: string; version: number; name: string; startsOn: Date; endsOn: Date; topics: TrainingTopic[] };
}) {
  const topics = cohort?.topics ?? TRAINING_TOPICS.filter((t) => !LATER_COHORT_TOPICS.includes(t));
  return (
    <ActionForm action={saveCohortAction} submitLabel={cohort ? "Cohort opslaan" : "Cohort aanmaken"} className="space-y-4">
      {cohort ? (
        <>
          <input type="hidden" name="cohortId" value={cohort.id} />
          <input type="hidden" name="version" value={cohort.version} />
        </>
      ) : null}
      <label className="block text-sm font-semibold text-slate-800">
        Naam
        <input name="name" required maxLength={120} defaultValue={cohort?.name} className={`mt-1 ${inputClass}`} />
      </label>
      <div className="flex flex-wrap gap-4">
        <label className="block text-sm font-semibold text-slate-800">
          Van
          <input
            type="date"
            name="startsOn"
            required
            defaultValue={cohort ? isoDay(cohort.startsOn) : undefined}
            className={`mt-1 ${inputClass}`}
          />
        </label>
        <label className="block text-sm font-semibold text-slate-800">
          Tot en met
          <input
            type="date"
            name="endsOn"
            required
            defaultValue={cohort ? isoDay(cohort.endsOn) : undefined}
            className={`mt-1 ${inputClass}`}
          />
        </label>
      </div>
      <fieldset>
        <legend className="text-sm font-semibold text-slate-800">Onderwerpen</legend>
        <p className="text-sm text-slate-600">Wie elk onderwerp één keer volgde, heeft de training compleet.</p>
        {TRAINING_TOPICS.map((t) => (
          <label key={t} className="mt-1 flex items-center gap-2">
            <input type="checkbox" name="topics" value={t} defaultChecked={topics.includes(t)} />
            {TOPIC_LABEL[t]}
            {LATER_COHORT_TOPICS.includes(t) ? <span className="text-sm text-slate-600">(voor latere cohorten)</span> : null}
          </label>
        ))}
      </fieldset>
    </ActionForm>
  );
}
