// Answers to the open questions at the end of the scan. Trainer and experts only (the query returns
// an empty list for everyone else); shown without name or function.
import type { Questionnaire } from "@/lib/scan/scoring/types";

export function OpenAnswers({
  questions,
  answers,
}: {
  questions: Questionnaire["openQuestions"];
  answers: { questionKey: string; text: string }[];
}) {
  const known = new Set(questions.map((q) => q.key));
  const groups = [
    ...questions.map((q) => ({ key: q.key, text: q.text, answers: answers.filter((a) => a.questionKey === q.key) })),
    { key: "__other", text: "Overige antwoorden", answers: answers.filter((a) => !known.has(a.questionKey)) },
  ].filter((g) => g.answers.length > 0);
  if (groups.length === 0) return <p className="text-slate-700">Nog geen antwoorden op de open vragen.</p>;
  return (
    <div className="space-y-5">
      {groups.map((g) => (
        <div key={g.key} className="space-y-2">
          <h3 className="font-semibold text-slate-800">{g.text}</h3>
          <ul className="space-y-2">
            {g.answers.map((a, i) => (
              <li key={i} className="whitespace-pre-line rounded-lg border border-brand-100 bg-white p-3 text-slate-800">
                {a.text}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
