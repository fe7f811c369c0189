import type { Metadata } from "next";
import { NewTrajectForm } from "./_components/new-traject-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { listEmployersForPlanning } from "@/lib/trajecten/queries";

export const metadata: Metadata = { title: "Nieuw traject" };

export default async function NewTrajectPage() {
  const actor = await requireActorPage("traject:create");
  const employers = await listEmployersForPlanning(actor);
  return (
    <>
      <PageHeader
        title="Nieuw traject"
        intro="Na de intake: de werkgever, de werkvloer en waarom de organisatie meedoet. Daarna plant u de bijeenkomsten, kiest u de ervaringsdeskundige en nodigt u mensen uit voor de scan."
      />
      <NewTrajectForm employers={employers} />
    </>
  );
}
