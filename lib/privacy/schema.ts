import { line, recordId, z } from "@/lib/zod";

// The admin's AVG forms (/beheer/privacy). Erasing needs the employer's name typed again: a wrong
// click on a list must not wipe a traject.
export const eraseEmployerSchema = z.object({
  employerId: recordId(),
  confirmName: line().trim().min(1, "Typ de naam van de werkgever om te bevestigen.").max(200, "Gebruik maximaal 200 tekens."),
});
export type EraseEmployerInput = z.infer<typeof eraseEmployerSchema>;

export const respondentSearchSchema = z.object({
  email: line().trim().toLowerCase().email("Vul een geldig e-mailadres in.").max(254, "Dit e-mailadres is te lang."),
});

export const eraseRespondentSchema = z.object({ invitationId: recordId() });

/** The "apply the retention period now" button carries no fields. */
export const retentionRunSchema = z.object({});
