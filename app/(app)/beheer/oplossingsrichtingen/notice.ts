// What the list says after an edit page returned to it: one fixed text per kind, beside the entry
// whose key the address names. The address carries only the kind and the key, never a text, so no
// one can make the page say something else.

export const LIST_PATH = "/beheer/oplossingsrichtingen";

const NOTICES = {
  toegevoegd: "Toegevoegd.",
  opgeslagen: "Opgeslagen.",
  aangezet: "Staat weer aan: wordt weer aangeboden.",
  uitgezet: "Staat uit: wordt niet meer aangeboden.",
} as const;
export type ListNotice = keyof typeof NOTICES;

export const entryAnchor = (key: string) => `oplossing-${key}`;

/** The list's address after a change: the notice, and the entry's anchor so the page opens there. */
export function listPath(notice: ListNotice, key: string) {
  return `${LIST_PATH}?${notice}=${encodeURIComponent(key)}#${entryAnchor(key)}`;
}

/** The notice in the list's address, if any: which entry, and its text. */
export function noticeFrom(query: Record<string, string | string[] | undefined>): { key: string; text: string } | undefined {
  for (const kind of Object.keys(NOTICES) as ListNotice[]) {
    const key = query[kind];
    if (typeof key === "string") return { key, text: NOTICES[kind] };
  }
  return undefined;
}
