// Dutch words for an outbox row's delivery status (MailStatus), as the Mail page shows them.
// Pure and client-safe.
export const MAIL_STATUS_LABEL = {
  PENDING: "Wacht op verzending",
  SENDING: "Wordt verstuurd",
  SENT: "Verzonden",
  STORED: "Bewaard (geen mailserver)",
  FAILED: "Niet gelukt",
} as const;
