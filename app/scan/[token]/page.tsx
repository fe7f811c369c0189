import Link from "next/link";
import { formatDate } from "@/lib/dates";
import { SCAN_CLOSED_MESSAGE } from "@/lib/scan/respondent/link";
import { WHO_SEES_WHAT_TITLE, whoSeesWhat } from "@/lib/scan/results/privacy-texts";
import { privacyMinimum } from "@/lib/scan/results/snapshot-store";
import { requireScanView } from "./load";
import { LinkButton } from "@/components/ui/button";

export default async function ScanIntroPage({ params }: { params: Promise<{ token: string }> }) {
  const view = await requireScanView(params);
  const { questionnaire, token } = view;
  const started = view.answeredCount > 0;
  const resumeAt = Math.min(view.response.lastThemeIndex, questionnaire.themes.length - 1) + 1;
  return (
    <main id="inhoud" className="mx-auto max-w-2xl px-4 py-8">
      <p className="text-slate-700">Beste {view.name},</p>
      <h1 className="mt-2 text-2xl font-bold text-brand-800 sm:text-3xl">{questionnaire.intro.title}</h1>
      <p className="mt-2 text-sm text-slate-600">
        Voor {view.employerName}
        {view.deadline ? ` · graag ingevuld vóór ${formatDate(view.deadline)}` : ""}
      </p>
      <div className="mt-6 space-y-4 text-slate-800">
        {questionnaire.intro.body.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </div>
      <h2 className="mt-8 text-lg font-semibold text-brand-800">Goed om te weten</h2>
      <ul className="mt-3 list-disc space-y-2 pl-5 text-slate-800">
        {questionnaire.intro.tips.map((tip) => (
          <li key={tip}>{tip}</li>
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
      <div className="mt-10">
        {view.lockReason === "closed" ? (
          <>
            <p className="mb-4 rounded-lg border border-brand-200 bg-brand-50 p-4">{SCAN_CLOSED_MESSAGE}</p>
            <Link href={`/scan/${token}/thema/1`} className="font-semibold text-brand-800 underline underline-offset-4">
              Mijn antwoorden bekijken
            </Link>
          </>
        ) : view.isLocked ? (
          <LinkButton href={`/scan/${token}/bedankt`} size="lg">
            U heeft de scan al verstuurd: bekijk de bevestiging
          </LinkButton>
        ) : (
          <LinkButton href={`/scan/${token}/thema/${started ? resumeAt : 1}`} size="lg">
            {started ? `Verder waar u was (thema ${resumeAt})` : "Start de scan"}
          </LinkButton>
        )}
      </div>
    </main>
  );
}
