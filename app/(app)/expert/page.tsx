import type { Metadata } from "next";
import { TaskList } from "@/components/tasks/task-list";
import { TrajectList } from "@/components/trajecten/traject-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { expertTasks } from "@/lib/tasks/expert";
import { listTrajectsForActor } from "@/lib/trajecten/queries";

export const metadata: Metadata = { title: "Mijn trajecten" };

export default async function ExpertHome() {
  const actor = await requireActorPage("workspace:expert");
  const now = new Date();
  // a request to answer is the first task (lib/tasks/expert-rules.ts), one click from the request
  const [trajects, tasks] = await Promise.all([listTrajectsForActor(actor), expertTasks(actor, now)]);
  return (
    <>
      <PageHeader
        title={`Welkom, ${actor.name}`}
        intro="De trajecten waar u als ervaringsdeskundige bij betrokken bent. U bepaalt zelf wat u deelt: uw notities zijn privé, tenzij u ze deelt met de trainer of met de werkgever."
      />
      <TaskList
        tasks={tasks}
        now={now}
        empty="Er wacht nu niets op u. Vraagt een trainer u voor een traject, dan staat het verzoek hier."
      />
      <h2 className="mb-3 text-lg font-semibold text-brand-800">Uw trajecten</h2>
      <TrajectList trajects={trajects} empty="U bent nog niet aan een traject gekoppeld." level={3} />
    </>
  );
}
