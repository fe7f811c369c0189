import type { Metadata } from "next";
import { ImportForm } from "./_components/import-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { listQuestionnaireVersions, type QuestionnaireVersionRow } from "@/lib/questionnaires/queries";
import { formatDateTime } from "@/lib/dates";
import { TableRegion } from "@/components/ui/table";
import { WorkingVersionNotice } from "@/components/questionnaires/working-version-notice";
import { WORKING_VERSION_LABEL } from "@/lib/questionnaires/working-version";

export const metadata: Metadata = { title: "Vragenlijsten" };

const th = "px-3 py-2 text-left font-semibold text-slate-800";
const td = "px-3 py-2 align-top";

export default async function QuestionnairesPage() {
  const actor = await requireActorPage("questionnaire:import");
  const versions = await listQuestionnaireVersions(actor);
  return (
    <>
      <PageHeader
        title="Vragenlijsten"
        intro="Elke import wordt een nieuwe versie. Bestaande versies veranderen nooit: een ingevulde scan blijft horen bij de versie waarmee hij is ingevuld. Een traject zonder gekozen versie gebruikt de nieuwste."
      />
      <section aria-labelledby="versies" className="mb-10">
        <h2 id="versies" className="mb-3 text-xl font-semibold text-brand-800">
          Versies
        </h2>
        {versions.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
            Er is nog geen vragenlijst geïmporteerd.
          </p>
        ) : (
          <>
            {versions.some((v) => v.bundled) ? <WorkingVersionNotice className="mb-3 max-w-3xl" /> : null}
            <VersionTable versions={versions} />
          </>
        )}
      </section>
      <section aria-labelledby="importeren">
        <h2 id="importeren" className="mb-3 text-xl font-semibold text-brand-800">
          Nieuwe versie importeren
        </h2>
        <p className="mb-4 max-w-2xl text-slate-700">
          Het bestand wordt eerst helemaal gecontroleerd. Klopt er iets niet, dan wordt er niets geïmporteerd en ziet u een lijst van wat er
          anders moet.
        </p>
        <ImportForm />
      </section>
    </>
  );
}

function VersionTable({ versions }: { versions: QuestionnaireVersionRow[] }) {
  // Rows come newest-first per key, so the first row of each key is its newest version.
  const newestByKey = new Map<string, string>();
  for (const v of versions) if (!newestByKey.has(v.key)) newestByKey.set(v.key, v.id);
  return (
    <TableRegion label="Versies van de vragenlijst, horizontaal scrollbaar" className="rounded-lg border border-brand-100 bg-white">
      <table className="w-full border-collapse text-sm" data-testid="questionnaire-versions">
        <caption className="px-3 py-2 text-left text-slate-700">
          Alle geïmporteerde versies. Trajecten en scans tellen hoe vaak een versie in gebruik is.
        </caption>
        <thead className="border-b border-brand-100 bg-brand-50">
          <tr>
            <th scope="col" className={th}>
              Vragenlijst
            </th>
            <th scope="col" className={th}>
              Versie
            </th>
            <th scope="col" className={th}>
              Thema&apos;s
            </th>
            <th scope="col" className={th}>
              Stellingen
            </th>
            <th scope="col" className={th}>
              Geïmporteerd
            </th>
            <th scope="col" className={th}>
              Door
            </th>
            <th scope="col" className={th}>
              Trajecten
            </th>
            <th scope="col" className={th}>
              Scans
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.id} className="border-b border-slate-200 last:border-0">
              <th scope="row" className={`${td} text-left font-medium text-slate-900`}>
                {v.title}
                <span className="block font-normal text-slate-600">{v.key}</span>
              </th>
              <td className={td}>
                {v.version}
                {newestByKey.get(v.key) === v.id ? (
                  <span className="ml-2 rounded bg-brand-100 px-1.5 py-0.5 text-xs font-semibold text-brand-800">nieuwste</span>
                ) : null}
                {v.bundled ? (
                  <span className="ml-2 rounded bg-sand-100 px-1.5 py-0.5 text-xs font-semibold text-slate-800">
                    {WORKING_VERSION_LABEL.toLowerCase()}
                  </span>
                ) : null}
              </td>
              <td className={td}>{v.themeCount}</td>
              <td className={td}>
                {v.itemCount}
                <span className="block text-slate-600">
                  {v.coreCount > 0 ? `waarvan ${v.coreCount} kernstellingen` : "geen kernstellingen: geen korte versie"}
                </span>
              </td>
              <td className={td}>{formatDateTime(v.createdAt)}</td>
              <td className={td}>{v.importedByName ?? "Meegeleverd"}</td>
              <td className={td}>{v.trajectCount}</td>
              <td className={td}>{v.responseCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
