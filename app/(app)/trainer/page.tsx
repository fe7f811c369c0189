import type { Metadata } from "next";
import Link from "next/link";
import { TrajectList } from "@/components/trajecten/traject-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { listTrajectsForActor } from "@/lib/trajecten/queries";

export const metadata: Metadata = { title: "Mijn trajecten" };

export default async function TrainerHome() {
  const actor = await requireActorPage("workspace:trainer");
  const trajects = await listTrajectsForActor(actor);
  return (
    <>
      <PageHeader title={`Welkom, ${actor.name}`} intro="Uw trajecten bij werkgevers: de scan, de bijeenkomsten en de afspraken.">
        <Link href="/trajecten/nieuw" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Nieuw traject
        </Link>
      </PageHeader>
      <TrajectList trajects={trajects} empty="U heeft nog geen trajecten." />
    </>
  );
}
