// Two scan rounds compared when either was the short version (docs/scoring.md#short-version, ADR 026).
// Pure: the caller hands each round's questionnaire, its result as shown and a way to score the same
// respondents (with the same privacy filter) on fewer statements. Both sides are compared on the
// statements they share: a short round's core statements that the other round's version also has;
// a side that was answered on more statements than those is scored again on the shared ones only.
import { countItems } from "@/lib/questionnaires/item-index";
import { questionnaireForRound, restrictToStatements } from "@/lib/questionnaires/short";
import type { Questionnaire, ScanResult } from "@/lib/scan/scoring/types";
import { compareScans, type ScanComparison } from "./compare";

export interface ComparedRound {
  /** the version's full content (a short round's core statements are derived from it) */
  questionnaire: Questionnaire;
  short: boolean;
  /** the result as the reader sees it (scored on the round's own statements) */
  result: ScanResult;
  /** the same respondents scored on the given statements, filtered as `result` was */
  rescore: (questionnaire: Questionnaire) => Promise<ScanResult>;
}

const statementKeys = (q: Questionnaire) => new Set(q.themes.flatMap((t) => t.items.map((i) => i.key)));

export async function compareRounds(before: ComparedRound, after: ComparedRound): Promise<ScanComparison> {
  const askedBefore = questionnaireForRound(before.questionnaire, before.short);
  const askedAfter = questionnaireForRound(after.questionnaire, after.short);
  if (!before.short && !after.short) return compareScans(askedBefore, before.result, askedAfter, after.result);
  const afterKeys = statementKeys(askedAfter);
  const shared = new Set([...statementKeys(askedBefore)].filter((key) => afterKeys.has(key)));
  const side = async (round: ComparedRound, asked: Questionnaire) => {
    const q = restrictToStatements(asked, shared);
    // answered on exactly the shared statements: its own result is the one to compare
    return { q, result: countItems(q) === countItems(asked) ? round.result : await round.rescore(q) };
  };
  const [b, a] = await Promise.all([side(before, askedBefore), side(after, askedAfter)]);
  return {
    ...compareScans(b.q, b.result, a.q, a.result),
    shared: { statements: shared.size, shortBefore: before.short, shortAfter: after.short },
  };
}
