// Where each afspraak stands in a list the board shows (an aandachtspunt's, the uitgangspunten'), and
// where "Omhoog"/"Omlaag" move it. A list on the board is grouped by theme, while the code orders clauses
// by place within their section (lib/gedragscode/clauses.ts moveClause): a step up or down takes the
// place of the neighbour in this list, which is only a move when that neighbour is in the same section
// (a clause never changes section by moving). Pure and client-safe.

export interface Placed {
  id: string;
  section: string;
  /** The clause's place in its section, from 0 */
  position: number;
}

export interface Place {
  /** From 0, in the list shown */
  index: number;
  count: number;
  /** The section place to move to for "Omhoog" / "Omlaag" (null: no button) */
  up: number | null;
  down: number | null;
  /** Its own section place: where a card dropped on it goes */
  here: number;
}

/** The places of a list of clauses in the order shown (section, then place in it). */
export function placesInList(clauses: readonly Placed[]): Map<string, Place> {
  return new Map(
    clauses.map((c, index) => {
      const before = clauses[index - 1];
      const after = clauses[index + 1];
      return [
        c.id,
        {
          index,
          count: clauses.length,
          up: before && before.section === c.section ? before.position : null,
          down: after && after.section === c.section ? after.position : null,
          here: c.position,
        },
      ];
    }),
  );
}

/** What a screen reader hears after a move: the new place in the list the person is looking at. */
export const movedMessage = (title: string, index: number, count: number) =>
  `Afspraak "${title}" staat nu op plaats ${index + 1} van ${count}.`;
