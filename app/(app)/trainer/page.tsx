import type { Metadata } from "next";
import { TrajectList } from "@/components/trajecten/traject-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { listTrajectsForActor } from "@/lib/trajecten/queries";
import { LinkButton } from "@/components/ui/button";
import { TaskList } from "@/components/tasks/task-list";
import { trainerTasks } from "@/lib/tasks/trainer";

export const metadata: Metadata = { title: "Mijn trajecten" };

export default async function TrainerHome() {
  const actor = await requireActorPage("workspace:trainer");
  const now = new Date();
  const [trajects, tasks] = await Promise.all([listTrajectsForActor(actor), trainerTasks(actor, now)]);
  return (
    <>
      <PageHeader title={`Welkom, ${actor.name}`} intro="Uw trajecten bij werkgevers: de scan, de bijeenkomsten en de afspraken.">
        <LinkButton href="/trajecten/nieuw">Nieuw traject</LinkButton>
      </PageHeader>
      <TaskList tasks={tasks} now={now} empty="Er wacht nu niets op u. Een nieuw traject begint met “Nieuw traject”." />
      <h2 className="mb-3 text-lg font-semibold text-brand-800">Uw trajecten</h2>
      <TrajectList trajects={trajects} empty="U heeft nog geen trajecten." level={3} />
    </>
  );
}
