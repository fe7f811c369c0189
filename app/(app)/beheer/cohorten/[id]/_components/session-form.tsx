import { ActionForm } from "@/components/ui/action-form";
import { inputClass } from "@/components/ui/field";
import { formatTime, isoDay } from "@/lib/dates";
import { TOPIC_LABEL } from "@/lib/training/topics";
import type { TrainingTopic } from "@/lib/generated/prisma/client";
import { saveTrainingSessionAction } from "../../actions";

// A training session: its topic, date and times, in Utrecht or online. A topic that already has a date
// gets a second one by adding a session with the same topic; participants then choose one of the two.

export function SessionForm({
  cohortId,
  topics,
  session,
}: {
  cohortId: string;
  topics: TrainingTopic[];
  session?: {
    id: string;
    version: number;
    topic: TrainingTopic;
    startsAt: Date;
    endsAt: Date;
    place: string | null;
    onlineUrl: string | null;
  };
}) {
  const label = session ? `${TOPIC_LABEL[session.topic]}, ${isoDay(session.startsAt)}` : undefined;
  return (
    <ActionForm
      action={saveTrainingSessionAction}
      submitLabel={session ? "Wijziging opslaan" : "Bijeenkomst toevoegen"}
      labelFor={label}
      className="space-y-3"
    >
      <input type="hidden" name="cohortId" value={cohortId} />
      {session ? (
        <>
          <input type="hidden" name="sessionId" value={session.id} />
          <input type="hidden" name="version" value={session.version} />
        </>
      ) : null}
      <label className="block text-sm font-semibold text-slate-800">
        Onderwerp
        <select name="topic" defaultValue={session?.topic} className={`mt-1 ${inputClass}`}>
          {topics.map((t) => (
            <option key={t} value={t}>
              {TOPIC_LABEL[t]}
            </option>
          ))}
        </select>
      </label>
      <div className="flex flex-wrap gap-4">
        <label className="block text-sm font-semibold text-slate-800">
          Datum
          <input
            type="date"
            name="date"
            required
            defaultValue={session ? isoDay(session.startsAt) : undefined}
            className={`mt-1 ${inputClass}`}
          />
        </label>
        <label className="block text-sm font-semibold text-slate-800">
          Van
          <input type="time" name="time" defaultValue={session ? formatTime(session.startsAt) : "10:00"} className={`mt-1 ${inputClass}`} />
        </label>
        <label className="block text-sm font-semibold text-slate-800">
          Tot
          <input
            type="time"
            name="endTime"
            defaultValue={session ? formatTime(session.endsAt) : "13:00"}
            className={`mt-1 ${inputClass}`}
          />
        </label>
      </div>
      <fieldset>
        <legend className="text-sm font-semibold text-slate-800">Waar</legend>
        <label className="mr-4 inline-flex items-center gap-2">
          <input type="radio" name="mode" value="IN_PERSON" defaultChecked={!session?.onlineUrl} /> Op locatie
        </label>
        <label className="inline-flex items-center gap-2">
          <input type="radio" name="mode" value="ONLINE" defaultChecked={!!session?.onlineUrl} /> Online
        </label>
      </fieldset>
      <label className="block text-sm font-semibold text-slate-800">
        Plaats (op locatie)
        <input name="place" maxLength={160} defaultValue={session?.place ?? "Utrecht"} className={`mt-1 ${inputClass}`} />
      </label>
      <label className="block text-sm font-semibold text-slate-800">
        Link (online)
        <input type="url" name="onlineUrl" maxLength={500} defaultValue={session?.onlineUrl ?? ""} className={`mt-1 ${inputClass}`} />
      </label>
    </ActionForm>
  );
}
