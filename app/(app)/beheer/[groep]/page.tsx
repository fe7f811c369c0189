import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { groupLabel, navGroupFor } from "../../_components/nav-items";

type Params = { params: Promise<{ groep: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const label = groupLabel((await params).groep);
  return { title: label ? `${label} · Beheer` : "Beheer" };
}

// A group of the main menu (Programma, Mensen, Inhoud, Systeem): its pages, each with what is done there.
export default async function AdminGroupPage({ params }: Params) {
  const actor = await requireActorPage("workspace:beheer");
  const group = navGroupFor(actor, (await params).groep);
  if (!group) notFound();
  return (
    <>
      <PageHeader title={group.label} intro={group.intro} />
      <ul className="grid gap-3 sm:grid-cols-2" data-testid="group-pages">
        {group.items.map((item) => (
          <li key={item.href} className="rounded-xl border border-brand-100 bg-white p-4">
            <Link href={item.href} className="text-lg font-semibold text-brand-800 underline underline-offset-2">
              {item.label}
            </Link>
            <p className="mt-1 text-sm text-slate-700">{item.description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
