import type { Metadata } from "next";
import { TrajectList } from "@/components/trajecten/traject-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { listTrajectsForActor } from "@/lib/trajecten/queries";

export const metadata: Metadata = { title: "Ons traject" };

export default async function EmployerHome() {
  const actor = await requireActorPage("workspace:werkgever");
  const trajects = await listTrajectsForActor(actor);
  return (
    <>
      <PageHeader
        title={`Welkom, ${actor.name}`}
        intro="Hier vindt u het traject van uw organisatie: de uitkomsten van de scan, de afspraken en het rapport om te downloaden."
      />
      <TrajectList trajects={trajects} empty="Er is voor uw organisatie nog geen traject gestart." />
    </>
  );
}
