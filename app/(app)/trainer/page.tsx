import type { Metadata } from "next";
import { TrajectList } from "@/components/trajecten/traject-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { listTrajectsForActor } from "@/lib/trajecten/queries";
import { LinkButton } from "@/components/ui/button";

export const metadata: Metadata = { title: "Mijn trajecten" };

export default async function TrainerHome() {
  const actor = await requireActorPage("workspace:trainer");
  const trajects = await listTrajectsForActor(actor);
  return (
    <>
      <PageHeader title={`Welkom, ${actor.name}`} intro="Uw trajecten bij werkgevers: de scan, de bijeenkomsten en de afspraken.">
        <LinkButton href="/trajecten/nieuw">Nieuw traject</LinkButton>
      </PageHeader>
      <TrajectList trajects={trajects} empty="U heeft nog geen trajecten." />
    </>
  );
}
