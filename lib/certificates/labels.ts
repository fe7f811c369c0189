// Words for a certificate, shared by its PDF, the admin's page, the expert's profile and the public check.
// Pure and client-safe.

/** The cohort's name, or that the certificate was taken over from before certificates existed. */
export const cohortText = (c: { cohortName: string | null; takenOver: boolean }) =>
  c.cohortName ?? (c.takenOver ? "overgenomen" : "zonder cohort");
