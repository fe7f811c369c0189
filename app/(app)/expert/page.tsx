import type { Metadata } from "next";
import Link from "next/link";
import { TaskList } from "@/components/tasks/task-list";
import { TrajectList } from "@/components/trajecten/traject-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { getOwnPacing } from "@/lib/experts/pacing";
import { pauseLabel } from "@/lib/experts/pacing-rules";
import { expertTasks } from "@/lib/tasks/expert";
import { listTrajectsForActor } from "@/lib/trajecten/queries";

export const metadata: Metadata = { title: "Mijn trajecten" };

const link = "font-semibold text-brand-800 underline underline-offset-2";

export default async function ExpertHome() {
  const actor = await requireActorPage("workspace:expert");
  const now = new Date();
  // a request to answer is the first task (lib/tasks/expert-rules.ts), one click from the request
  const [trajects, tasks, { pacing, state }] = await Promise.all([
    listTrajectsForActor(actor),
    expertTasks(actor, now),
    getOwnPacing(actor, now),
  ]);
  const paused = state === "active";
  return (
    <>
      <PageHeader
        title={`Welkom, ${actor.name}`}
        intro="De trajecten waar u als ervaringsdeskundige bij betrokken bent. U bepaalt zelf wat u deelt: uw notities zijn privé, tenzij u ze deelt met de trainer of met de werkgever."
      />
      {paused ? (
        <p className="mb-6 max-w-3xl rounded-xl border border-brand-100 bg-brand-50 p-4 text-slate-800" data-testid="own-pause">
          U heeft pauze ({pauseLabel(pacing)}). Trainers vragen u nu niet voor een nieuw traject, en wat u iets nieuws laat oppakken wacht
          tot daarna. Wat u al afsprak, blijft staan.{" "}
          <Link href="/expert/tempo" className={link}>
            Pauze aanpassen of beëindigen
          </Link>
        </p>
      ) : null}
      <TaskList
        tasks={tasks}
        now={now}
        empty={
          paused ? "Er wacht nu niets op u." : "Er wacht nu niets op u. Vraagt een trainer u voor een traject, dan staat het verzoek hier."
        }
      />
      <h2 className="mb-3 text-lg font-semibold text-brand-800">Uw trajecten</h2>
      <TrajectList trajects={trajects} empty="U bent nog niet aan een traject gekoppeld." level={3} />
      <section aria-labelledby="eigen-voorbereiding" className="mt-8 max-w-3xl rounded-xl border border-brand-100 bg-white p-5">
        <h2 id="eigen-voorbereiding" className="text-lg font-semibold text-brand-800">
          Uw eigen voorbereiding
        </h2>
        <p className="mt-1 text-slate-700">
          Vragen die u helpen uw verhaal voor een werkgever voor te bereiden, om te lezen en te printen. U vult ze niet in de app in: uw
          antwoorden zijn van u.{" "}
          <Link href="/expert/mijn-verhaal" className={link}>
            Uw verhaal voorbereiden
          </Link>
        </p>
      </section>
    </>
  );
}
