// The logical structure of a tagged PDF as poppler reads it (`pdfinfo -struct-text`, poppler-utils):
// what a screen reader gets, element by element. poppler joins the text of an element's marked content
// as it is, so a line wrap without its breaking space shows here as a run-on word ("voorhet").
// .ci/run and scripts/test-all.sh install poppler-utils on a fresh machine.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface StructNode {
  /** "P", "H1", "TH", … */
  type: string;
  /** attribute lines, such as "/Scope /Column" */
  attributes: string[];
  /** the element's own text (its marked content), in order */
  text: string;
  children: StructNode[];
}

const LINE = /^( *)(.*)$/;

/** Parses `pdfinfo -struct-text` output: indentation gives the nesting, quoted lines are text. */
function parse(output: string): StructNode[] {
  const root: StructNode = { type: "root", attributes: [], text: "", children: [] };
  const stack: { indent: number; node: StructNode }[] = [{ indent: -1, node: root }];
  let last: { indent: number; node: StructNode } | null = null;
  for (const raw of output.split("\n")) {
    if (raw.trim() === "") continue;
    const [, spaces = "", rest = ""] = LINE.exec(raw) ?? [];
    const indent = spaces.length;
    if (rest.startsWith('"')) {
      while ((stack.at(-1)?.indent ?? -1) >= indent) stack.pop();
      const owner = stack.at(-1)?.node ?? root;
      owner.text += rest.slice(1, rest.endsWith('"') ? -1 : undefined);
      continue;
    }
    if (rest.startsWith("/") && last && indent > last.indent) {
      last.node.attributes.push(rest.trim());
      continue;
    }
    while ((stack.at(-1)?.indent ?? -1) >= indent) stack.pop();
    const node: StructNode = { type: rest.replace(/[:\s].*$/, ""), attributes: [], text: "", children: [] };
    (stack.at(-1)?.node ?? root).children.push(node);
    last = { indent, node };
    stack.push(last);
  }
  return root.children;
}

/** The structure tree of `pdf`; throws with the install command when poppler's pdfinfo is missing. */
export function pdfStructure(pdf: Uint8Array): StructNode[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ww-struct-"));
  const file = path.join(dir, "doc.pdf");
  try {
    fs.writeFileSync(file, pdf);
    return parse(execFileSync("pdfinfo", ["-struct-text", file], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT")
      throw new Error("pdfinfo is not installed; the PDF structure tests need poppler-utils (apt-get install poppler-utils)");
    throw e;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Every element of `type` in document order. */
export function structElements(nodes: StructNode[], type: string): StructNode[] {
  return nodes.flatMap((n) => [...(n.type === type ? [n] : []), ...structElements(n.children, type)]);
}

/** All text of an element and its descendants, in reading order. */
export const structText = (node: StructNode): string => node.text + node.children.map(structText).join("");
