import { formatDateTime } from "@/lib/dates";
import { NO_RSVP_ANSWER, RSVP_ANSWER_LABEL } from "@/lib/sessions/labels";
import type { SessionAnswer } from "@/lib/sessions/rsvp";

/**
 * Who answered what through their link (ADR 021), for one session: on the trainer's session card and
 * beside the expert's preparation-card link. The Bijeenkomsten page reads the traject's answers once
 * (`sessionAnswersForActor`, which decides who may) and hands each session its own.
 */
export function SessionAnswers({ answers, number }: { answers: readonly SessionAnswer[]; number: number }) {
  if (answers.length === 0) return null;
  return (
    <div className="text-sm" data-testid={`answers-${number}`}>
      <p className="font-semibold text-slate-800">Wie komt er?</p>
      <ul className="mt-1 space-y-0.5 text-slate-800">
        {answers.map((a) => (
          <li key={a.name}>
            {a.name}: <span className="font-semibold">{a.answer ? RSVP_ANSWER_LABEL[a.answer] : NO_RSVP_ANSWER}</span>
            {a.answeredAt ? <span className="text-slate-600"> ({formatDateTime(a.answeredAt)})</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
