import type { SessionSummary, SummaryAfspraak } from "@/lib/room/summary-model";
import {
  NO_AFSPRAKEN,
  NO_STEPS,
  SUMMARY_HEADINGS,
  afspraakDetails,
  anonymousLine,
  codeStatusLine,
  nextLines,
  peopleLines,
  stepDetails,
  summaryByline,
  summaryTitle,
  votersLine,
  votesLabel,
} from "@/lib/room/summary-text";

// The summary of a session as everyone reads it (issue 26 item 6): on the phone after "Sessie afronden",
// on the projector, and under its session on the traject's Bijeenkomsten page. The same words as the
// mail (lib/room/summary-text.ts). A server component: no client code. `level` is its title's heading
// level where it is placed; its parts are one level below, their groups two.

type Level = 2 | 3;
const HEADING = { 2: "h2", 3: "h3", 4: "h4", 5: "h5" } as const;

function Heading({ level, id, children, className }: { level: 2 | 3 | 4 | 5; id?: string; children: React.ReactNode; className: string }) {
  const Tag = HEADING[level];
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}

function Afspraken({ items }: { items: SummaryAfspraak[] }) {
  return (
    <ul className="mt-1 space-y-2">
      {items.map((a, i) => (
        <li key={i}>
          <p className="font-semibold text-slate-900">{a.title}</p>
          <p className="whitespace-pre-line text-slate-800">{a.body}</p>
          {afspraakDetails(a) ? <p className="text-sm text-slate-700">{afspraakDetails(a)}</p> : null}
        </li>
      ))}
    </ul>
  );
}

export function SummaryView({ summary: s, level = 2, id }: { summary: SessionSummary; level?: Level; id?: string }) {
  const part = (level + 1) as 3 | 4;
  const group = (level + 2) as 4 | 5;
  const partClass = "mt-4 text-base font-semibold text-brand-800";
  const code = s.code;
  const hasAfspraken = !!code && (code.uitgangspunten.length > 0 || code.sections.length > 0);
  return (
    <article aria-labelledby={id ? `${id}-titel` : undefined} className="space-y-1 text-slate-800" data-testid="session-summary">
      <Heading level={level} id={id ? `${id}-titel` : undefined} className="text-lg font-semibold text-brand-800">
        {summaryTitle(s)}
      </Heading>
      <p className="text-sm text-slate-700">
        {s.employerName}. {summaryByline(s)}
      </p>

      <Heading level={part} className={partClass}>
        {SUMMARY_HEADINGS.people}
      </Heading>
      <ul className="list-disc pl-5">
        {peopleLines(s).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      {anonymousLine(s) ? <p>{anonymousLine(s)}</p> : null}

      <Heading level={part} className={partClass}>
        {SUMMARY_HEADINGS.priorities}
      </Heading>
      {s.priorities.map((p) => (
        <div key={p.kind}>
          <Heading level={group} className="mt-2 font-semibold text-slate-900">
            {p.title}
          </Heading>
          {p.rows.length > 0 ? (
            <ol className="list-decimal pl-5">
              {p.rows.map((r, i) => (
                <li key={i}>
                  {r.title}: {votesLabel(r.votes)}
                </li>
              ))}
            </ol>
          ) : null}
          <p className="text-sm text-slate-700">{votersLine(p)}</p>
        </div>
      ))}

      <Heading level={part} className={partClass}>
        {SUMMARY_HEADINGS.afspraken}
      </Heading>
      {!hasAfspraken ? <p>{NO_AFSPRAKEN}</p> : null}
      {code && code.uitgangspunten.length > 0 ? (
        <div>
          <Heading level={group} className="mt-2 font-semibold text-slate-900">
            Uitgangspunten
          </Heading>
          <Afspraken items={code.uitgangspunten} />
        </div>
      ) : null}
      {code?.sections.map((section) => (
        <div key={section.title}>
          <Heading level={group} className="mt-2 font-semibold text-slate-900">
            {section.title}
          </Heading>
          <Afspraken items={section.afspraken} />
        </div>
      ))}

      <Heading level={part} className={partClass}>
        {SUMMARY_HEADINGS.steps}
      </Heading>
      {s.nextSteps.length === 0 ? (
        <p>{NO_STEPS}</p>
      ) : (
        <ul className="list-disc pl-5">
          {s.nextSteps.map((step, i) => (
            <li key={i}>
              {step.text}
              {stepDetails(step) ? <span className="block text-sm text-slate-700">{stepDetails(step)}</span> : null}
            </li>
          ))}
        </ul>
      )}

      <Heading level={part} className={partClass}>
        {SUMMARY_HEADINGS.code}
      </Heading>
      <p>{codeStatusLine(s)}</p>

      <Heading level={part} className={partClass}>
        {SUMMARY_HEADINGS.next}
      </Heading>
      {nextLines(s).map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </article>
  );
}
