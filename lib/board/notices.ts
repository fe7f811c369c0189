// Which board events are a message for the viewer (issue 26 item 5). "overwritten" travels to every
// screen of the board, the projector's too; it is a message only on the screen of the person whose
// text was replaced, recognised by user id (two people may share a name). Pure and client-safe.

/** What the viewer is told: their text of this clause was replaced by `actorName`'s. */
export interface OverwrittenNotice {
  actorName: string;
  clauseId: string;
  clauseTitle: string;
  /** Their revision (the text to put back) and the clause's version after the overwrite */
  revisionId: string;
  version: number;
}

export function overwrittenNoticeFor(
  event: { kind: string; actorName: string } & Partial<OverwrittenNotice> & { overwrittenUserId?: string },
  viewerId: string | undefined,
): OverwrittenNotice | null {
  if (event.kind !== "overwritten" || !viewerId || event.overwrittenUserId !== viewerId) return null;
  if (!event.revisionId || !event.clauseId || typeof event.version !== "number") return null;
  return {
    actorName: event.actorName,
    clauseId: event.clauseId,
    clauseTitle: event.clauseTitle ?? "",
    revisionId: event.revisionId,
    version: event.version,
  };
}
