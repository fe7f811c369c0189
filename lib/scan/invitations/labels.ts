// Dutch words for an invitation's derived state (queries.ts decides it). Pure and client-safe.
import type { InvitationState } from "./queries";

export const INVITATION_STATE_LABEL: Record<InvitationState, string> = {
  sent: "Verstuurd",
  opened: "Geopend",
  in_progress: "Bezig",
  submitted: "Ingevuld",
  expired: "Verlopen",
  revoked: "Ingetrokken",
};

/** "Anna, Bram en Chris". */
const dutchList = (names: string[]) => (names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} en ${names.at(-1)}`);

/**
 * What one submit of the invite form did, per person (issue 24): "De uitnodiging is verstuurd aan Anna en
 * Bram. Chris was al uitgenodigd voor deze scan; die kreeg geen tweede uitnodiging."
 */
export function inviteOutcomeText(result: {
  people: { name: string; status: "sent" | "alreadyInvited" }[];
  /** the name of "someone else" when saved as a key person too */
  savedKeyPerson: string | null;
}): string {
  const sent = result.people.filter((p) => p.status === "sent").map((p) => p.name);
  const already = result.people.filter((p) => p.status === "alreadyInvited").map((p) => p.name);
  return [
    sent.length === 0
      ? ""
      : sent.length === 1
        ? `De uitnodiging voor ${sent[0]} is verstuurd.`
        : `De uitnodiging is verstuurd aan ${dutchList(sent)}.`,
    already.length === 0
      ? ""
      : `${dutchList(already)} ${already.length === 1 ? "was" : "waren"} al uitgenodigd voor deze scan en ${already.length === 1 ? "kreeg" : "kregen"} geen tweede uitnodiging.`,
    result.savedKeyPerson ? `${result.savedKeyPerson} staat nu ook bij de sleutelpersonen.` : "",
  ]
    .filter(Boolean)
    .join(" ");
}
