// The topics live updates are published on, and what each one carries: the one list of what travels
// (Parabol keeps its channels the same way). A topic's channel is an id of the publisher's choosing
// (for "board": the traject's id); who may subscribe to a channel is decided once, by the route that
// opens the stream, before it subscribes. Payloads are small: NOTIFY carries them whole (< 8 kB).

export interface LiveTopics {
  /** Session 2's board: what changed ("code", "steps", "signoff"), who is editing which clause, or that
   * someone arrived on or left the board ("presence": the screens read who is there again). */
  board:
    | {
        kind: "code" | "steps" | "signoff" | "cards" | "votes" | "room" | "presence" | `editing:${string}` | `idle:${string}`;
        actorName: string;
      }
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
  /** Session 2's room as the phones follow it (channel: the room's id): what the facilitator changed
   * (the presenter's step or timer, the voting, the summary, closing). Cards and single votes do not
   * travel here: a phone has no need of the others' (ADR 029). */
  room: { kind: "presenter" | "voting" | "summary" | "closed" };
  /** Who may read a channel changed (a link revoked): open streams of that channel re-check their reader
   * at once (lib/live/stream.ts), on every instance. Never sent to a screen. */
  access: { kind: "revoked" };
}

export type LiveTopic = keyof LiveTopics;
