import { dutchDay, isoDay } from "@/lib/dates";
import { CLAUSE_SECTIONS, PREAMBLE_SECTION } from "@/lib/gedragscode/sections";
import type { SignedContent } from "@/lib/gedragscode/content-hash";

/** The code's text, read-only, in reading order: what a signer reads before signing. */
export function CodeText({ content }: { content: SignedContent }) {
  return (
    <div className="space-y-5" data-testid="code-text">
      {content.preamble ? (
        <section aria-labelledby="tekst-preambule">
          <h2 id="tekst-preambule" className="text-lg font-semibold text-brand-800">
            {PREAMBLE_SECTION.title}
          </h2>
          <p className="whitespace-pre-line">{content.preamble}</p>
        </section>
      ) : null}
      {CLAUSE_SECTIONS.map((section) => {
        const own = content.clauses.filter((c) => c.section === section.key).sort((a, b) => a.position - b.position);
        if (own.length === 0) return null;
        return (
          <section key={section.key} aria-labelledby={`tekst-${section.key}`}>
            <h2 id={`tekst-${section.key}`} className="text-lg font-semibold text-brand-800">
              {section.title}
            </h2>
            <ul className="mt-2 space-y-2">
              {own.map((c, i) => (
                <li key={i}>
                  <p className="font-semibold">{c.title}</p>
                  <p className="whitespace-pre-line">{c.body}</p>
                  {c.owner || c.startDate ? (
                    <p className="text-sm text-slate-600">
                      {[c.owner ? `Eigenaar: ${c.owner}` : null, c.startDate ? `Start: ${dutchDay(isoDay(c.startDate))}` : null]
                        .filter(Boolean)
                        .join(" · ")}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
