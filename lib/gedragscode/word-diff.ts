import { diffWords } from "diff";

// A word-level comparison of two versions of a clause, for the history view: what was taken out and
// what was put in, the rest as it was. Pure and client-safe.

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((c) => ({ kind: c.added ? "added" : c.removed ? "removed" : "same", text: c.value }));
}

/** Whether anything changed at all (the history marks versions that only moved the clause). */
export const changedWords = (parts: readonly DiffPart[]): number => parts.filter((p) => p.kind !== "same").length;
