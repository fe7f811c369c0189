import type { Metadata } from "next";
import Link from "next/link";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { listSolutionsForAdmin } from "@/lib/library/solutions";
import { WorksheetLinks } from "@/components/worksheets/worksheet-links";
import { worksheetLinks, worksheetsForSolution } from "@/lib/worksheets/links";
import { EntryNotice } from "./_components/entry-notice";
import { entryAnchor, LIST_PATH, noticeFrom } from "./notice";

export const metadata: Metadata = { title: "Oplossingsrichtingen · Beheer" };

// A list, one edit page per entry (issue 24): the page stays small however large the library grows.
export default async function SolutionLibraryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActorPage("library:edit");
  const [{ solutions, themes }, query] = await Promise.all([listSolutionsForAdmin(actor), searchParams]);
  const notice = noticeFrom(query);
  const themeTitle = new Map(themes.map((t) => [t.key, t.title]));
  return (
    <>
      <PageHeader
        title="Oplossingsrichtingen"
        intro="De bibliotheek waaruit de scan oplossingsrichtingen bij de aandachtspunten voorstelt. Een wijziging geldt voor nieuwe uitkomsten; een gesloten scan houdt de teksten waarmee hij is gemaakt. Wat uit staat, wordt niet meer aangeboden."
      >
        <LinkButton href={`${LIST_PATH}/nieuw`} size="sm">
          Nieuwe oplossingsrichting
        </LinkButton>
      </PageHeader>
      <section aria-labelledby="alle">
        <h2 id="alle" className="mb-3 text-xl font-semibold text-brand-800">
          Alle oplossingsrichtingen ({solutions.length})
        </h2>
        <ul className="divide-y divide-slate-100 rounded-xl border border-brand-100 bg-white" data-testid="solutions">
          {solutions.map((s) => (
            <li key={s.key} id={entryAnchor(s.key)} className="scroll-mt-4 p-4" data-testid={`solution-${s.key}`}>
              <p className="font-semibold text-slate-900">
                {s.title} <span className="font-normal text-slate-600">({s.key})</span>
                {s.active ? null : (
                  <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-700">staat uit</span>
                )}
              </p>
              <p className="mt-1 line-clamp-2 text-sm text-slate-700">{s.description}</p>
              <p className="mt-1 text-sm text-slate-600">
                {s.forAllThemes ? "Elk thema" : s.themes.map((k) => themeTitle.get(k) ?? k).join(", ") || "Nog geen thema"}
              </p>
              <WorksheetLinks links={worksheetLinks(worksheetsForSolution(s.key))} className="mt-1" />
              {notice?.key === s.key ? <EntryNotice text={notice.text} /> : null}
              <Link
                href={`${LIST_PATH}/${s.key}`}
                className="mt-2 inline-block py-0.5 text-sm font-semibold text-brand-800 underline underline-offset-2"
              >
                Wijzigen<span className="sr-only"> van {s.title}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
