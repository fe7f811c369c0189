import type { Metadata } from "next";
import { NewTrajectForm } from "./_components/new-traject-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { employerChoicesForTraject } from "@/lib/employers/queries";
import { listEmployersForPlanning } from "@/lib/trajecten/queries";

export const metadata: Metadata = { title: "Nieuw traject" };

export default async function NewTrajectPage({ searchParams }: { searchParams: Promise<{ werkgever?: string | string[] }> }) {
  const actor = await requireActorPage("traject:create");
  const employers = await listEmployersForPlanning(actor);
  // from an employer's page: that employer chosen, with its werkvloeren and key persons to pick from
  const { werkgever } = await searchParams;
  const chosen = typeof werkgever === "string" ? employers.find((e) => e.id === werkgever) : undefined;
  const choices = chosen ? await employerChoicesForTraject({ actor, employerId: chosen.id }) : undefined;
  return (
    <>
      <PageHeader
        title="Nieuw traject"
        intro="Na de intake: de werkgever, de werkvloer en waarom de organisatie meedoet. Daarna plant u de bijeenkomsten, kiest u de ervaringsdeskundige en nodigt u mensen uit voor de scan."
      />
      <NewTrajectForm employers={employers} chosen={chosen && choices ? { id: chosen.id, ...choices } : undefined} />
    </>
  );
}
