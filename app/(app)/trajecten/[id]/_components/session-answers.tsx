import { getActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { NO_RSVP_ANSWER, RSVP_ANSWER_LABEL } from "@/lib/sessions/labels";
import { sessionAnswersForActor } from "@/lib/sessions/rsvp";

/**
 * Who answered what through their link (ADR 021), on a session's card: rendered by SessionForm, so it
 * moves with the card. It reads for the signed-in actor itself (the tandem; lib/sessions/rsvp.ts decides).
 */
export async function SessionAnswers({ trajectId, sessionId, number }: { trajectId: string; sessionId: string; number: number }) {
  const actor = await getActor();
  if (!actor) return null;
  const answers = (await sessionAnswersForActor({ actor, trajectId })).get(sessionId) ?? [];
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
