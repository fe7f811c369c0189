// Plain data in and out of the code's documents: the code as the report includes it and as its own PDF
// and Word downloads show it. Fully formatted models, so a renderer only lays them out.
import type { GedragscodeSectionKey } from "./sections";

export interface GedragscodeClauseInput {
  /** a GedragscodeSectionKey; unknown values are shown last under "Overige afspraken" */
  section: string;
  title: string;
  body: string;
  themeKey: string | null;
  owner?: string | null;
  startDate?: Date | null;
}

/** A valid (not voided) signature: who signed, when, and the SHA-256 (hex) of the content signed. */
export interface CodeSignatureInput {
  name: string;
  function: string;
  signedAt: Date;
  contentHash: string;
}

export interface GedragscodeInput {
  status: "CONCEPT" | "VASTGESTELD";
  version: number;
  adoptedAt: Date | null;
  adoptedBy: string | null;
  preamble?: string | null;
  clauses: GedragscodeClauseInput[];
  /** the valid signatures; only those on the current content (`contentHash`) reach the signature page */
  signatures?: CodeSignatureInput[];
  /** SHA-256 (hex) of the code's content as it is now (lib/gedragscode/content-hash.ts) */
  contentHash?: string | null;
}

export interface SignaturePageModel {
  title: string;
  /** what the hash column means */
  explanation: string;
  columns: { name: string; function: string; signedAt: string; hash: string };
  rows: { name: string; function: string; signedAt: string; hash: string }[];
}

export interface GedragscodeModel {
  isConcept: boolean;
  statusLabel: string;
  statusLine: string;
  /** only for an adopted code with valid signatures on its current content */
  signatures: SignaturePageModel | null;
  sections: {
    key: GedragscodeSectionKey | "OVERIG";
    title: string;
    /** free text before the clauses; the preamble of the code */
    intro: string | null;
    clauses: { title: string; body: string; details: string[] }[];
  }[];
}

/** The code on its own (PDF and Word downloads): the same code model as the report's, with its own title. */
export interface CodeDocumentModel {
  meta: { title: string; author: string; subject: string; keywords: string; lang: "nl-NL" };
  title: string;
  employerName: string;
  runningHeader: string;
  code: GedragscodeModel;
}
