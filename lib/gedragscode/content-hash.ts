import { createHash } from "node:crypto";
import { isoDay } from "@/lib/dates";
import { GEDRAGSCODE_SECTION_KEYS } from "./sections";

// What a signature is given for: the exact text of the code (preamble and every clause with its
// section, order, owner, start date and links), never the follow-up's step statuses. The same content
// always gives the same hash; any change to it gives another, which voids the signatures made before.

export interface SignedClause {
  section: string;
  position: number;
  title: string;
  body: string;
  owner: string | null;
  startDate: Date | null;
  themeKey: string | null;
  solutionKey: string | null;
}

export interface SignedContent {
  preamble: string | null;
  clauses: readonly SignedClause[];
}

const sectionOrder = (key: string) => {
  const i = (GEDRAGSCODE_SECTION_KEYS as readonly string[]).indexOf(key);
  return i < 0 ? GEDRAGSCODE_SECTION_KEYS.length : i;
};

/** The content as one canonical string: fixed key order, clauses in reading order, dates as days. */
export function canonicalContent(content: SignedContent): string {
  const clauses = [...content.clauses]
    .sort((a, b) => sectionOrder(a.section) - sectionOrder(b.section) || a.position - b.position)
    .map((c) => [c.section, c.title, c.body, c.owner ?? "", c.startDate ? isoDay(c.startDate) : "", c.themeKey ?? "", c.solutionKey ?? ""]);
  return JSON.stringify({ preamble: content.preamble ?? "", clauses });
}

/** SHA-256 (hex) of the canonical content: what a signature records and adoption compares. */
export function contentHash(content: SignedContent): string {
  return createHash("sha256").update(canonicalContent(content), "utf8").digest("hex");
}
