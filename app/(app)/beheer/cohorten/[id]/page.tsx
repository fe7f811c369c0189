import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { TableRegion, Th, theadClass } from "@/components/ui/table";
import { requireActorPage } from "@/lib/auth/session";
import { formatDate, formatPeriod } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import { trainingPlace, trainingWhen } from "@/lib/training/calendar";
import { TOPIC_LABEL, completionText } from "@/lib/training/topics";
import { cohortForActor } from "@/lib/training/queries";
import { CohortForm } from "../_components/cohort-form";
import { addCohortParticipantAction, cancelTrainingSessionAction, confirmCompletionAction, setCohortTrainersAction } from "../actions";
import { AttendanceForm } from "./_components/attendance-form";
import { SessionForm } from "./_components/session-form";

export const metadata: Metadata = { title: "Cohort" };

const h2 = "mb-3 text-xl font-semibold text-brand-800";
const card = "mb-8 rounded-xl border border-brand-100 bg-white p-5";

async function load(actor: Parameters<typeof cohortForActor>[0]["actor"], cohortId: string) {
  try {
    return await cohortForActor({ actor, cohortId });
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}

// One cohort: its sessions, trainers and participants (the admin's), the attendance grid (the admin and
// the cohort's trainers) and each participant's completion with "Training afgerond bevestigen".
export default async function CohortPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActorPage("attendance:record");
  const c = await load(actor, (await params).id);
  const now = new Date();
  const started = c.sessions.filter((s) => !s.cancelledAt && s.startsAt <= now);
  const attendedOf = (participantId: string, sessionId: string) =>
    c.participants.find((p) => p.id === participantId)?.attendance.find((a) => a.sessionId === sessionId)?.attended ?? null;
  const title = (s: (typeof c.sessions)[number]) => `${TOPIC_LABEL[s.topic]}, ${trainingWhen(s)}`;
  return (
    <>
      <PageHeader
        title={c.name}
        intro={`${formatPeriod(c.startsOn, c.endsOn)} · trainers: ${c.trainers.map((t) => t.user.name).join(", ") || "nog niet gekozen"}`}
      />

      <section aria-labelledby="bijeenkomsten" className={card}>
        <h2 id="bijeenkomsten" className={h2}>
          Trainingsbijeenkomsten
        </h2>
        {c.sessions.length === 0 ? <p className="mb-4 text-slate-700">Er is nog geen bijeenkomst gepland.</p> : null}
        <ul className="mb-6 space-y-4">
          {c.sessions.map((s) => (
            <li key={s.id} className="rounded-lg border border-slate-200 p-4">
              <p className="font-semibold text-slate-900">{TOPIC_LABEL[s.topic]}</p>
              <p className="text-slate-700">
                {trainingWhen(s)} · {trainingPlace(s)}
                {s.cancelledAt ? " · afgezegd" : s.startsAt <= now ? " · begonnen" : ""}
              </p>
              {c.manage && !s.cancelledAt && s.startsAt > now ? (
                <details className="mt-2">
                  <summary className="cursor-pointer text-brand-800 underline underline-offset-2">Wijzigen of afzeggen</summary>
                  <div className="mt-3 space-y-4">
                    <SessionForm cohortId={c.id} topics={c.topics} session={s} />
                    <ActionForm action={cancelTrainingSessionAction} submitLabel="Bijeenkomst afzeggen" labelFor={title(s)}>
                      <input type="hidden" name="cohortId" value={c.id} />
                      <input type="hidden" name="sessionId" value={s.id} />
                      <input type="hidden" name="version" value={s.version} />
                    </ActionForm>
                  </div>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
        {c.manage ? (
          <>
            <h3 className="mb-2 text-lg font-semibold text-brand-800">Bijeenkomst toevoegen</h3>
            <p className="mb-3 text-sm text-slate-700">Een onderwerp op twee data? Voeg het twee keer toe; deelnemers kiezen er één.</p>
            <SessionForm cohortId={c.id} topics={c.topics} />
          </>
        ) : null}
      </section>

      <section aria-labelledby="aanwezigheid" className={card}>
        <h2 id="aanwezigheid" className={h2}>
          Aanwezigheid
        </h2>
        {started.length === 0 || c.participants.length === 0 ? (
          <p className="text-slate-700">Aanwezigheid legt u vast zodra een bijeenkomst begonnen is.</p>
        ) : (
          <div className="space-y-6">
            {started.map((s) => (
              <div key={s.id}>
                <h3 className="mb-2 font-semibold text-slate-900">{title(s)}</h3>
                <AttendanceForm
                  cohortId={c.id}
                  sessionId={s.id}
                  title={title(s)}
                  participants={c.participants.map((p) => ({ id: p.id, name: p.user.name, attended: attendedOf(p.id, s.id) }))}
                />
              </div>
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="deelnemers" className={card}>
        <h2 id="deelnemers" className={h2}>
          Deelnemers en afronding
        </h2>
        {c.participants.length === 0 ? (
          <p className="mb-4 text-slate-700">Er doet nog niemand mee.</p>
        ) : (
          <TableRegion label="Deelnemers en afronding" className="mb-6">
            <table className="w-full text-sm">
              <thead className={theadClass}>
                <tr>
                  <Th>Deelnemer</Th>
                  <Th>Training</Th>
                  <Th>Afgerond</Th>
                </tr>
              </thead>
              <tbody>
                {c.participants.map((p) => (
                  <tr key={p.id} className="border-b border-slate-100 align-top">
                    <th scope="row" className="py-2 pr-3 text-left font-normal">
                      {p.user.name}
                    </th>
                    <td className="py-2 pr-3">{completionText(p.completion.missing)}</td>
                    <td className="py-2 pr-3">
                      {p.completedAt ? (
                        `bevestigd op ${formatDate(p.completedAt)} door ${p.completedByName}`
                      ) : c.manage && p.completion.complete ? (
                        <ActionForm action={confirmCompletionAction} submitLabel="Training afgerond bevestigen" labelFor={p.user.name}>
                          <input type="hidden" name="cohortId" value={c.id} />
                          <input type="hidden" name="participantId" value={p.id} />
                          <input type="hidden" name="version" value={p.version} />
                        </ActionForm>
                      ) : (
                        "nog niet"
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
        {c.manage ? (
          <ActionForm action={addCohortParticipantAction} submitLabel="Deelnemer toevoegen" className="space-y-3">
            <input type="hidden" name="cohortId" value={c.id} />
            <label className="block text-sm font-semibold text-slate-800">
              Een ervaringsdeskundige met een account
              <select name="userId" className={`mt-1 ${inputClass}`} defaultValue="">
                <option value="">Kies…</option>
                {c.expertChoices.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            </label>
          </ActionForm>
        ) : null}
      </section>

      {c.manage ? (
        <>
          <section aria-labelledby="trainers" className={card}>
            <h2 id="trainers" className={h2}>
              Trainers
            </h2>
            <ActionForm action={setCohortTrainersAction} submitLabel="Trainers opslaan" className="space-y-2">
              <input type="hidden" name="cohortId" value={c.id} />
              <input type="hidden" name="version" value={c.version} />
              <fieldset>
                <legend className="text-sm font-semibold text-slate-800">Wie traint dit cohort?</legend>
                {c.trainerChoices.map((u) => (
                  <label key={u.id} className="mt-1 flex items-center gap-2">
                    <input type="checkbox" name="trainerIds" value={u.id} defaultChecked={c.trainers.some((t) => t.user.id === u.id)} />
                    {u.name}
                  </label>
                ))}
              </fieldset>
            </ActionForm>
          </section>
          <section aria-labelledby="gegevens" className={card}>
            <h2 id="gegevens" className={h2}>
              Gegevens van het cohort
            </h2>
            <CohortForm cohort={c} />
          </section>
        </>
      ) : null}
    </>
  );
}
