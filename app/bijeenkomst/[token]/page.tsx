import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import { answerLinkView } from "@/lib/sessions/rsvp";
import { RSVP_CHOICE_LABEL } from "@/lib/sessions/labels";
import { ANSWER_PARAM } from "@/lib/sessions/schema";
import { answerLinkAction } from "./actions";

export const metadata: Metadata = {
  title: "Komt u naar de bijeenkomst?",
  robots: { index: false, follow: false },
  referrer: "same-origin",
};

const ANSWERS = ["ATTENDING", "DECLINED"] as const;

/**
 * An attendee answers an invitation through their personal link, without an account. The page only
 * reads (a mail scanner that opens the link changes nothing); the buttons post (./actions.ts).
 */
export default async function AnswerPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await params;
  const query = await searchParams;
  const view = await answerLinkView({ token }).catch((e) => {
    if (isAppError(e)) notFound();
    throw e;
  });
  const asked = query.antwoord;
  const fromMail =
    typeof asked === "string" && Object.hasOwn(ANSWER_PARAM, asked) ? ANSWER_PARAM[asked as keyof typeof ANSWER_PARAM] : undefined;
  const saved = query.bewaard === "ja" && view.answer !== null;
  // the answer the mail's link chose goes first; once one is stored, only the other is offered
  const order = fromMail === "DECLINED" ? [...ANSWERS].reverse() : [...ANSWERS];
  return (
    <main id="inhoud" className="mx-auto max-w-xl px-4 py-10">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Weerbare Werkgever</p>
      <h1 className="mt-1 text-2xl font-bold text-brand-800">
        Bijeenkomst {view.number} bij {view.employerName}
      </h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-slate-800">
        <dt className="font-semibold">Wanneer</dt>
        <dd>{view.when}</dd>
        <dt className="font-semibold">Waar</dt>
        <dd>{view.place}</dd>
        <dt className="font-semibold">Trainer</dt>
        <dd>{view.trainerName}</dd>
      </dl>
      <section aria-labelledby="antwoord" className="mt-6 rounded-xl border border-brand-200 bg-white p-5">
        <h2 id="antwoord" className="text-lg font-semibold text-brand-800">
          {view.answer ? "Uw antwoord" : `Beste ${view.name}, komt u?`}
        </h2>
        {view.answer ? (
          <p className="mt-2 text-slate-800" role={saved ? "status" : undefined} data-testid="answer">
            {saved ? "Dank u wel, uw antwoord is bewaard: " : `U heeft op ${formatDateTime(view.answeredAt)} geantwoord: `}
            <strong>{RSVP_CHOICE_LABEL[view.answer]}</strong>. De trainer ziet het.
          </p>
        ) : (
          <p className="mt-2 text-slate-700">Laat de trainer weten of u erbij bent. U kunt uw antwoord later nog wijzigen.</p>
        )}
        {query.melding === "keuze" || query.melding === "fout" ? (
          <p className="mt-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950" role="status">
            Uw antwoord is niet bewaard. Probeer het nog eens met een van de knoppen hieronder.
          </p>
        ) : null}
        <form action={answerLinkAction} className="mt-4 flex flex-wrap gap-3">
          <input type="hidden" name="token" value={token} />
          {order
            .filter((a) => a !== view.answer)
            .map((a, i) => (
              <Button key={a} type="submit" name="answer" value={a} variant={i === 0 && !view.answer ? "primary" : "secondary"} size="lg">
                {view.answer ? `Toch: ${RSVP_CHOICE_LABEL[a].toLowerCase()}` : RSVP_CHOICE_LABEL[a]}
              </Button>
            ))}
        </form>
      </section>
    </main>
  );
}
