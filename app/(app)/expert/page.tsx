import type { Metadata } from "next";
import { TrajectList } from "@/components/trajecten/traject-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { listTrajectsForActor } from "@/lib/trajecten/queries";

export const metadata: Metadata = { title: "Mijn trajecten" };

export default async function ExpertHome() {
  const actor = await requireActorPage("workspace:expert");
  const trajects = await listTrajectsForActor(actor);
  return (
    <>
      <PageHeader
        title={`Welkom, ${actor.name}`}
        intro="De trajecten waar u als ervaringsdeskundige bij betrokken bent. U bepaalt zelf wat u deelt: uw notities zijn privé, tenzij u ze deelt met de trainer of met de werkgever."
      />
      <TrajectList trajects={trajects} empty="U bent nog niet aan een traject gekoppeld." />
    </>
  );
}
