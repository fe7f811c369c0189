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
