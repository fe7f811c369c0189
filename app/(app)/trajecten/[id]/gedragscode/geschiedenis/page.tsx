import { trajectMetadata } from "../../title";
import Link from "next/link";
import { gedragscodeAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { getActor, orNotFound, requireActorPage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { endSentence } from "@/lib/format/sentence";
import { clauseVersionsForActor, codeHistoryForActor } from "@/lib/gedragscode/queries";
import { sectionTitle } from "@/lib/gedragscode/sections";
import { CODE_CHANGE_LABEL } from "@/lib/gedragscode/labels";
import { wordDiff } from "@/lib/gedragscode/word-diff";
import { getTrajectForActor } from "@/lib/trajecten/queries";
import { Button } from "@/components/ui/button";

const link = "font-medium text-brand-700 underline underline-offset-4";
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

/** One afspraak's page is titled with its name: every clause's history must not share one <title>. */
export async function generateMetadata({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const clauseId = one((await searchParams).afspraak);
  const actor = clauseId ? await getActor() : null;
  // not found or not allowed: the title stays general, and the page itself answers 404 or 403
  const versions =
    actor && clauseId ? await clauseVersionsForActor({ actor, trajectId: (await params).id, clauseId }).catch(() => null) : null;
  const latest = versions?.[versions.length - 1];
  return trajectMetadata(latest ? `Versies van “${latest.title}”` : "Geschiedenis van de gedragscode")({ params });
}

type Revision = Awaited<ReturnType<typeof clauseVersionsForActor>>[number];
const asText = (r: Revision) => `${r.title}\n${r.body}${r.owner ? `\nEigenaar: ${r.owner}` : ""}`;

function Diff({ before, after }: { before: Revision; after: Revision }) {
  return (
    <p className="whitespace-pre-line rounded-lg bg-white p-3 leading-relaxed" data-testid="diff">
      {wordDiff(asText(before), asText(after)).map((part, i) =>
        part.kind === "added" ? (
          <ins key={i} className="bg-brand-100 font-semibold text-brand-900 no-underline">
            <span className="sr-only">[toegevoegd: </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ) : part.kind === "removed" ? (
          <del key={i} className="bg-sand-200 text-slate-700">
            <span className="sr-only">[weggehaald: </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}

export default async function HistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const query = await searchParams;
  const actor = await requireActorPage();
  const { traject, access } = await orNotFound(getTrajectForActor({ actor, trajectId: id }));
  const clauseId = one(query.afspraak);
  const canRestore = access.capabilities.has("gedragscode:edit");
  const back = (
    <p className="mb-4">
      <Link href={`/trajecten/${id}/gedragscode`} className={link}>
        <span aria-hidden="true">← </span>Terug naar de gedragscode
      </Link>
    </p>
  );

  if (clauseId) {
    const versions = await orNotFound(clauseVersionsForActor({ actor, trajectId: id, clauseId }));
    const pick = (key: string, fallback: Revision) => versions.find((v) => v.id === one(query[key])) ?? fallback;
    const after = pick("tot", versions[versions.length - 1]!);
    const before = pick("van", versions[Math.max(0, versions.indexOf(after) - 1)]!);
    const latest = versions[versions.length - 1]!;
    return (
      <>
        {back}
        <PageHeader
          title={`Versies van “${latest.title}”`}
          intro={`${endSentence(traject.employer.name)} Kies twee versies om ze woord voor woord te vergelijken.`}
        />
        <form method="get" className="mb-4 flex flex-wrap items-end gap-3 rounded-xl border border-brand-100 bg-white p-4">
          <input type="hidden" name="afspraak" value={clauseId} />
          {(["van", "tot"] as const).map((key) => (
            <label key={key} className="text-sm font-semibold text-slate-800">
              {key === "van" ? "Van versie" : "Tot versie"}
              <select
                name={key}
                defaultValue={(key === "van" ? before : after).id}
                className="mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
              >
                {versions.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.version} · {CODE_CHANGE_LABEL[v.change]} door {v.author?.name ?? "onbekend"}, {formatDateTime(v.createdAt)}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <Button type="submit" size="sm">
            Vergelijken
          </Button>
        </form>
        <h2 className="mb-2 text-lg font-semibold text-brand-800">
          Versie {before.version} → versie {after.version}
        </h2>
        <Diff before={before} after={after} />
        <h2 className="mt-6 mb-2 text-lg font-semibold text-brand-800">Alle versies</h2>
        <ol className="space-y-3">
          {[...versions].reverse().map((v) => (
            <li key={v.id} className="rounded-lg bg-sand-100 p-3">
              <p className="text-sm text-slate-700">
                Versie {v.version}: {CODE_CHANGE_LABEL[v.change]} door {v.author?.name ?? "onbekend"} op {formatDateTime(v.createdAt)} (
                {sectionTitle(v.section)})
              </p>
              <p className="font-semibold">{v.title}</p>
              <p className="whitespace-pre-line">{v.body}</p>
              {canRestore && v.change !== "REMOVED" && v.id !== latest.id ? (
                <ActionForm action={gedragscodeAction} submitLabel="Deze versie terugzetten" className="mt-2">
                  <input type="hidden" name="op" value="restore" />
                  <input type="hidden" name="trajectId" value={id} />
                  <input type="hidden" name="revisionId" value={v.id} />
                </ActionForm>
              ) : null}
            </li>
          ))}
        </ol>
      </>
    );
  }

  const { revisions, currentClauseIds } = await orNotFound(codeHistoryForActor({ actor, trajectId: id }));
  return (
    <>
      {back}
      <PageHeader
        title="Geschiedenis van de gedragscode"
        intro={`${traject.employer.name}: wie wat wanneer veranderde. Open een afspraak om versies te vergelijken of terug te zetten.`}
      />
      {revisions.length === 0 ? <p>Er is nog niets veranderd.</p> : null}
      <ol className="space-y-2" data-testid="history">
        {revisions.map((r) => (
          <li key={r.id} className="rounded-lg bg-white p-3 shadow-sm">
            <p className="text-sm text-slate-700">
              {formatDateTime(r.createdAt)} · {r.author?.name ?? "onbekend"} ·{" "}
              {r.clauseId ? `afspraak ${CODE_CHANGE_LABEL[r.change]}` : "preambule gewijzigd"}
              {r.clauseId && !currentClauseIds.has(r.clauseId) ? " (niet meer in de code)" : ""}
            </p>
            <Link href={`/trajecten/${id}/gedragscode/geschiedenis?afspraak=${r.clauseId ?? "preambule"}&tot=${r.id}`} className={link}>
              {r.title}
            </Link>
          </li>
        ))}
      </ol>
    </>
  );
}
