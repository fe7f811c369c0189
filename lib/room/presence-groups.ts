// Who is on a board now (pure, client-safe): the rows of BoardPresence as "Nu op het bord: …".
// A row's key is "<who>|<tab>": "u:<userId>|<tab>" for a signed-in person (one row per open tab) and
// "p:<participantId>|phone" for someone on their phone. A person with three tabs open is one person.

/** A board page says it is still there this often… */
export const PRESENCE_BEAT_MS = 25_000;
/** …and a row not renewed for this long is someone who left without saying so. */
export const PRESENCE_GONE_MS = 60_000;

/** The role a phone participant is shown with (a signed-in person's: roleLabelOf, stored as its label) */
export const PARTICIPANT_LABEL = "Deelnemer";

export interface PresenceRow {
  key: string;
  name: string;
  /** The Dutch label of their role, as stored */
  role: string;
  anonymous: boolean;
  seenAt: Date;
}

export interface PresenceGroups {
  /** Signed-in people by name, with their role's Dutch label */
  people: { name: string; role: string }[];
  /** Participants who chose to be named */
  named: string[];
  /** Participants counted, not named */
  anonymous: number;
  /** Everyone, each person once */
  total: number;
}

export const identityOf = (key: string) => key.split("|")[0] ?? key;
const isParticipant = (row: { key: string }) => row.key.startsWith("p:");
export const presenceKey = (who: { userId: string } | { participantId: string }, tab: string) =>
  "userId" in who ? `u:${who.userId}|${tab}` : `p:${who.participantId}|phone`;

export const isFresh = (row: { seenAt: Date }, now: Date) => row.seenAt.getTime() > now.getTime() - PRESENCE_GONE_MS;

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "nl");

/** The fresh rows, each person once, names in Dutch alphabetical order. */
export function groupPresence(rows: readonly PresenceRow[], now: Date): PresenceGroups {
  const seen = new Map<string, PresenceRow>();
  for (const row of rows) if (isFresh(row, now) && !seen.has(identityOf(row.key))) seen.set(identityOf(row.key), row);
  const everyone = [...seen.values()];
  const participants = everyone.filter(isParticipant);
  return {
    people: everyone
      .filter((r) => !isParticipant(r))
      .sort(byName)
      .map((r) => ({ name: r.name, role: r.role })),
    named: participants
      .filter((r) => !r.anonymous)
      .sort(byName)
      .map((r) => r.name),
    anonymous: participants.filter((r) => r.anonymous).length,
    total: everyone.length,
  };
}

/** "Nu op het bord: Ingrid (Trainer), Piet (Ervaringsdeskundige), Sanne en 12 deelnemers." */
export function presenceSentence(g: PresenceGroups): string {
  if (g.total === 0) return "Nu op het bord: nog niemand.";
  const names = [...g.people.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)), ...g.named];
  const others = g.anonymous === 0 ? null : `${g.anonymous} ${g.anonymous === 1 ? "deelnemer" : "deelnemers"}`;
  const parts = others ? [...names, others] : names;
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} en ${parts.at(-1)}`;
  return `Nu op het bord: ${list}.`;
}
