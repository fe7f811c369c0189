import Link from "next/link";
import { formatDate } from "@/lib/dates";
import { ScanStatusNotice } from "@/components/scan/scan-status";
import { scanStatusText } from "@/lib/scan/respondent/status";
import { pageHref, type ResumePlace } from "@/lib/scan/respondent/resume";
import { WHO_SEES_WHAT_TITLE, whoSeesWhat } from "@/lib/scan/results/privacy-texts";
import { privacyMinimum } from "@/lib/scan/results/snapshot-store";
import { readOrganisation } from "@/lib/organisation/settings";
import { fillOrganisation } from "@/lib/organisation/texts";
import { requireScanView } from "./load";
import { LinkButton } from "@/components/ui/button";

/** Where "Verder waar u was" goes, in words. */
function placeName(place: ResumePlace): string {
  if (place.page === "theme") return `thema ${place.themeIndex + 1}`;
  return place.page === "closing" ? "de laatste vragen" : "controleren en versturen";
}

export default async function ScanIntroPage({ params }: { params: Promise<{ token: string }> }) {
  const view = await requireScanView(params);
  const { questionnaire, token } = view;
  // the bundled introduction names the organisation by placeholder; an imported one stays as written
  const org = await readOrganisation();
  const fill = (text: string) => fillOrganisation(text, org);
  // The state of the link comes first, right after the h1: a returning respondent on a phone should
  // not have to scroll past the whole introduction to learn that the scan was sent, or where to go on.
  const resume = (
    <LinkButton href={pageHref(token, view.resume)} size="lg">
      Verder waar u was ({placeName(view.resume)})
    </LinkButton>
  );
  const review = (
    <Link href={`/scan/${token}/controle`} className="font-semibold text-brand-800 underline underline-offset-4">
      Mijn antwoorden bekijken
    </Link>
  );
  return (
    <main id="inhoud" className="mx-auto max-w-2xl px-4 py-8">
      <p className="text-slate-700">Beste {view.name},</p>
      <h1 className="mt-2 text-2xl font-bold text-brand-800 sm:text-3xl">{fill(questionnaire.intro.title)}</h1>
      <ScanStatusNotice
        text={
          scanStatusText(view) ??
          (view.started
            ? `Welkom terug. U heeft ${view.answeredCount} van ${view.totalCount} stellingen beantwoord; uw antwoorden zijn bewaard.`
            : null)
        }
      >
        {view.isLocked ? review : view.started ? resume : null}
      </ScanStatusNotice>
      <p className="mt-2 text-sm text-slate-600">
        Voor {view.employerName}
        {view.deadline ? ` · graag ingevuld vóór ${formatDate(view.deadline)}` : ""}
      </p>
      <div className="mt-6 space-y-4 text-slate-800">
        {questionnaire.intro.body.map((p) => (
          <p key={p}>{fill(p)}</p>
        ))}
      </div>
      <h2 className="mt-8 text-lg font-semibold text-brand-800">Goed om te weten</h2>
      <ul className="mt-3 list-disc space-y-2 pl-5 text-slate-800">
        {questionnaire.intro.tips.map((tip) => (
          <li key={tip}>{fill(tip)}</li>
        ))}
      </ul>
      <h2 className="mt-8 text-lg font-semibold text-brand-800">{WHO_SEES_WHAT_TITLE}</h2>
      <div className="mt-3 space-y-3 text-slate-800">
        {whoSeesWhat(privacyMinimum()).map((p) => (
          <p key={p}>{p}</p>
        ))}
        <p>
          <a href="/privacy" className="font-semibold text-brand-800 underline underline-offset-4">
            Meer over uw gegevens: wat we bewaren, hoe lang, en hoe u ze laat wissen
          </a>
        </p>
      </div>
      {view.isLocked ? null : (
        <div className="mt-10">
          {view.started ? (
            resume
          ) : (
            <LinkButton href={`/scan/${token}/thema/1`} size="lg">
              Start de scan
            </LinkButton>
          )}
        </div>
      )}
    </main>
  );
}
