import type { Metadata } from "next";
import { buttonStyle } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { storyGuideForActor } from "@/lib/experts/story-guide";

export const metadata: Metadata = { title: "Uw verhaal voorbereiden" };

const h2 = "text-lg font-semibold text-brand-800";
const box = "mt-6 max-w-3xl rounded-xl border border-brand-100 bg-white p-5 print:mt-4 print:break-inside-avoid print:border-0 print:p-0";

/**
 * The expert's guide for preparing their story (ADR 037): to read and print, never to fill in here.
 * No form and no input on purpose: the answers are about their own condition and stay theirs.
 */
export default async function StoryGuidePage() {
  const actor = await requireActorPage("storyGuide:read");
  const guide = storyGuideForActor(actor);
  return (
    <>
      <PageHeader title={guide.title} intro={guide.intro}>
        <a href="/api/expert/mijn-verhaal.pdf" className={`${buttonStyle()} print:hidden`} data-testid="story-guide-pdf">
          Als pdf (om te printen)
        </a>
      </PageHeader>
      <section aria-labelledby="waarom" className="max-w-3xl rounded-xl border border-brand-200 bg-brand-50 p-5 print:border-slate-400">
        <h2 id="waarom" className={h2}>
          Waarom u dit niet in de app invult
        </h2>
        <p className="mt-1 text-slate-800">{guide.whyNotHere}</p>
        <p className="mt-2 text-sm text-slate-700 print:hidden">
          Printen kan met de pdf hierboven, of met de printknop van uw browser: deze pagina print zonder het menu.
        </p>
      </section>
      <section aria-labelledby="zo" className={box}>
        <h2 id="zo" className={h2}>
          {guide.howToHeading}
        </h2>
        <ol className="mt-2 list-decimal space-y-1 pl-5">
          {guide.howTo.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
      {guide.parts.map((part, i) => (
        <section key={part.title} aria-labelledby={`deel-${i}`} className={box}>
          <h2 id={`deel-${i}`} className={h2}>
            {part.title}
          </h2>
          <ul className="mt-2 list-disc space-y-2 pl-5">
            {part.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </section>
      ))}
      <p className="mt-6 max-w-3xl text-sm text-slate-600">{guide.footer}</p>
    </>
  );
}
