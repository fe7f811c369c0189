import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { capabilitiesFor } from "@/lib/auth/capabilities";
import { PageHeader } from "@/components/ui/page-header";
import { getActor, orNotFound, requireActorPage } from "@/lib/auth/session";
import { preparationCardForActor } from "@/lib/preparation/card";
import { isSessionNumberParam } from "@/lib/sessions/schema";
import { trajectPageTitle } from "@/lib/trajecten/queries";
import { buttonStyle } from "@/components/ui/button";
import { endSentence, inBrackets } from "@/lib/format/sentence";
import { BackToTraject } from "../../../_components/back-to-traject";

type Params = { params: Promise<{ id: string; number: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id, number } = await params;
  return { title: await trajectPageTitle({ actor: await getActor(), trajectId: id, section: `Voorbereiding bijeenkomst ${number}` }) };
}

const h2 = "text-lg font-semibold text-brand-800";
const box = "mt-6 rounded-xl border border-brand-100 bg-white p-5";

export default async function PreparationPage({ params }: Params) {
  const { id, number } = await params;
  if (!isSessionNumberParam(number)) notFound();
  const actor = await requireActorPage();
  const card = await orNotFound(preparationCardForActor({ actor, trajectId: id, number: Number(number) }));
  const t = card.text;
  return (
    <>
      <BackToTraject trajectId={id} className="mb-4" />
      <PageHeader title={card.title} intro={`${endSentence(card.employerName)} ${t.forTandem}`}>
        <a href={`/api/trajecten/${id}/bijeenkomsten/${number}/voorbereiding.pdf`} className={buttonStyle()} data-testid="preparation-pdf">
          Kaart als pdf (om te printen)
        </a>
      </PageHeader>
      <dl className="grid gap-x-6 gap-y-2 rounded-xl border border-brand-100 bg-white p-5 sm:grid-cols-[10rem_1fr]">
        {card.facts.map((f) => (
          <div key={f.label} className="contents">
            <dt className="font-semibold text-slate-800">{f.label}</dt>
            <dd className="break-words text-slate-800">{f.value}</dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-x-6 lg:grid-cols-2">
        <section aria-labelledby="agenda" className={box}>
          <h2 id="agenda" className={h2}>
            {t.agenda}
          </h2>
          <ol className="mt-2 list-decimal space-y-1 pl-5">
            {card.agenda.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="deelnemers" className={box}>
          <h2 id="deelnemers" className={h2}>
            {t.attendees}
          </h2>
          {card.attendees.length ? (
            <ul className="mt-2 space-y-1" data-testid="preparation-attendees">
              {card.attendees.map((a) => (
                <li key={a.name}>
                  {a.name} <span className="text-slate-600">{inBrackets(a.function)}</span>
                  {a.present === false ? <span className="text-slate-600">{t.absent}</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2">{t.noAttendees}</p>
          )}
        </section>
      </div>
      <section aria-labelledby="aanleiding" className={box}>
        <h2 id="aanleiding" className={h2}>
          {t.motivation}
        </h2>
        <p className="mt-2 whitespace-pre-line">{card.motivation ?? t.noMotivation}</p>
        <h3 className="mt-4 font-semibold text-slate-900">{t.expertQuestions}</h3>
        {card.expertQuestions.length ? (
          <ul className="mt-1 list-disc space-y-1 pl-5" data-testid="expert-questions">
            {card.expertQuestions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        ) : (
          <p className="mt-1">{t.noExpertQuestions}</p>
        )}
      </section>
      <section aria-labelledby="scan" className={box}>
        <h2 id="scan" className={h2}>
          {t.scan}
        </h2>
        {card.scan ? (
          <div data-testid="preparation-scan">
            <p className="mt-2">
              {card.scan.respondentsText}. Cijfer uit de scan <strong>{card.scan.overallGrade}</strong>, eigen cijfer{" "}
              <strong>{card.scan.selfGrade}</strong>
              {card.scan.selfSignal ? `: ${card.scan.selfSignal}` : ""}.
            </p>
            <h3 className="mt-4 font-semibold text-slate-900">{t.aandachtspunten}</h3>
            <ul className="mt-1 space-y-1">
              {card.scan.aandachtspunten.map((a) => (
                <li key={a.theme}>
                  <strong>{a.theme}</strong> <span className="text-slate-700">{a.reasons.join("; ")}</span>
                </li>
              ))}
            </ul>
            {card.scan.schijninclusie.length ? (
              <>
                <h3 className="mt-4 font-semibold text-slate-900">{t.schijninclusie}</h3>
                <ul className="mt-1 list-disc pl-5">
                  {card.scan.schijninclusie.map((t) => (
                    <li key={t}>{t}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {card.scan.divergent.length ? (
              <>
                <h3 className="mt-4 font-semibold text-slate-900">{t.divergent}</h3>
                <ul className="mt-1 list-disc pl-5">
                  {card.scan.divergent.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ) : (
          <p className="mt-2">{t.noScan}</p>
        )}
      </section>
      <section aria-labelledby="reflecties" className={box}>
        <h2 id="reflecties" className={h2}>
          {t.annotations}
        </h2>
        {card.annotations.length ? (
          <ul className="mt-2 space-y-2">
            {card.annotations.map((a, i) => (
              <li key={i}>
                <strong>{a.about}</strong>
                <span className="block whitespace-pre-line">{a.body}</span>
                <span className="text-sm text-slate-600">{a.byline}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2">{t.noAnnotations}</p>
        )}
      </section>
      <div className="grid gap-x-6 md:grid-cols-2">
        {(
          [
            ["wel", t.do, card.guidelines.do],
            ["niet", t.dont, card.guidelines.dont],
          ] as const
        ).map(([key, title, items]) => (
          <section key={key} aria-labelledby={`${key}-doen`} className={box}>
            <h2 id={`${key}-doen`} className={h2}>
              {title}
            </h2>
            <ul className="mt-2 list-disc space-y-1 pl-5" data-testid={`guidelines-${key}`}>
              {items.map((g) => (
                <li key={g}>{g}</li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      {capabilitiesFor(actor).has("storyGuide:read") ? (
        <p className={`${box} text-slate-800`}>
          Uw eigen verhaal voorbereiden? Daar zijn{" "}
          <Link href="/expert/mijn-verhaal" className="font-semibold text-brand-800 underline underline-offset-2">
            vragen om over na te denken
          </Link>
          , om te lezen en te printen. U vult ze niet in de app in: uw antwoorden zijn van u.
        </p>
      ) : null}
    </>
  );
}
