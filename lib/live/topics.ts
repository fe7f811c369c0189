// The topics live updates are published on, and what each one carries: the one list of what travels
// (Parabol keeps its channels the same way). A topic's channel is an id of the publisher's choosing
// (for "board": the traject's id); who may subscribe to a channel is decided once, by the route that
// opens the stream, before it subscribes. Payloads are small: NOTIFY carries them whole (< 8 kB).

export interface LiveTopics {
  /** Session 2's board: what changed ("code", "steps", "signoff") or who is editing which clause. */
  board:
    | { kind: "code" | "steps" | "signoff" | `editing:${string}` | `idle:${string}`; actorName: string }
    /** Someone kept their own text over another's (issue 26): shown only to the overwritten user (by id). */
    | {
        kind: "overwritten";
        actorName: string;
        overwrittenName: string;
        overwrittenUserId: string;
        clauseId: string;
        clauseTitle: string;
        /** the overwritten text's revision, and the clause's version after the overwrite (to restore against) */
        revisionId: string;
        version: number;
      };
  /** Who may read a channel changed (a link revoked): open streams of that channel re-check their reader
   * at once (lib/live/stream.ts), on every instance. Never sent to a screen. */
  access: { kind: "revoked" };
}

export type LiveTopic = keyof LiveTopics;
