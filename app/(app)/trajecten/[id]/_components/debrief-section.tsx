import Link from "next/link";
import { saveDebriefAction } from "../planning-actions";
import { ActionForm } from "@/components/ui/action-form";
import { HealthReminder } from "@/components/ui/health-reminder";
import { formatDate } from "@/lib/dates";
import type { debriefsForActor } from "@/lib/debriefs/debriefs";

const input = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";
type Debriefs = Awaited<ReturnType<typeof debriefsForActor>>;

const QUESTIONS = [
  ["wentWell", "Wat ging goed?"],
  ["hard", "Wat was lastig?"],
  ["takenUp", "Wat nam de werkgever op?"],
  ["followUp", "Wat vraagt om opvolging?"],
] as const;

/** After each held session: the actor's own look back, and for the trainer what the expert shared. */
export function DebriefSection({ trajectId, debriefs }: { trajectId: string; debriefs: Debriefs }) {
  if (debriefs.sessions.length === 0) return null;
  const isExpert = debriefs.relation === "expertAccepted";
  return (
    <section id="terugblik" aria-labelledby="terugblik-titel" className="mt-8 rounded-xl border border-brand-100 bg-white p-5">
      <h2 id="terugblik-titel" className="text-lg font-semibold text-brand-800">
        Terugblik
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        {isExpert
          ? "Kort terugkijken na elke bijeenkomst. U kiest of de trainer uw terugblik leest; hoeveel energie het u kostte, ziet alleen u."
          : "Kort terugkijken na elke bijeenkomst. Wat de ervaringsdeskundige met u deelt, staat eronder."}
        {isExpert ? (
          <>
            {" "}
            Uw vergoeding voor tijd en reis vraagt u bij{" "}
            <Link href="/expert/vergoedingen" className="font-semibold text-brand-800 underline underline-offset-2">
              Vergoedingen
            </Link>
            .
          </>
        ) : null}
      </p>
      {debriefs.sessions.map((s) => (
        <div key={s.number} className="mt-4 rounded-lg bg-sand-100 p-4">
          <h3 className="font-semibold text-slate-800">
            Bijeenkomst {s.number} ({formatDate(s.scheduledAt)})
          </h3>
          <ActionForm action={saveDebriefAction} submitLabel="Terugblik bewaren" className="mt-2 space-y-3">
            <input type="hidden" name="trajectId" value={trajectId} />
            <input type="hidden" name="number" value={s.number} />
            <HealthReminder id={`terugblik-herinnering-${s.number}`} />
            {QUESTIONS.map(([name, label]) => (
              <label key={name} className="block text-sm font-semibold text-slate-800">
                {label}
                <textarea
                  name={name}
                  rows={2}
                  maxLength={2000}
                  defaultValue={s.mine?.[name] ?? ""}
                  aria-describedby={`terugblik-herinnering-${s.number}`}
                  className={input}
                />
              </label>
            ))}
            {isExpert ? (
              <>
                <fieldset>
                  <legend className="text-sm font-semibold text-slate-800">Hoeveel energie kostte het u? (alleen voor uzelf)</legend>
                  <div className="mt-1 flex flex-wrap gap-4 text-sm">
                    {[1, 2, 3, 4, 5].map((n) => (
                      <label key={n} className="flex items-center gap-1">
                        <input type="radio" name="energy" value={n} defaultChecked={s.myEnergy === n} className="size-4 accent-brand-700" />
                        {n}
                        {n === 1 ? " (weinig)" : n === 5 ? " (veel)" : ""}
                      </label>
                    ))}
                  </div>
                </fieldset>
                <label className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    name="share"
                    value="on"
                    defaultChecked={s.mine?.sharedWithTrainer ?? false}
                    className="size-4 accent-brand-700"
                  />
                  De trainer mag deze terugblik lezen (zonder de energie)
                </label>
              </>
            ) : null}
          </ActionForm>
          {s.shared.map((d) => (
            <div key={d.authorId} className="mt-3 rounded-md border border-brand-100 bg-white p-3 text-sm" data-testid="shared-debrief">
              <p className="font-semibold">Gedeeld door {d.author.name}</p>
              {QUESTIONS.map(([name, label]) =>
                d[name] ? (
                  <p key={name} className="mt-1">
                    <span className="text-slate-600">{label}</span> {d[name]}
                  </p>
                ) : null,
              )}
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}
