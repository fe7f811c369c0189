import { line, recordId, text, wholeNumber, z } from "@/lib/zod";
import { healthConfirmField } from "@/lib/health-check/schema";

// Shared by the trainer's planning forms (client) and their server actions.
const id = recordId();
export const TRAJECT_STATUSES = ["INTAKE", "SCAN_OPEN", "SCAN_CLOSED", "SESSION_1_DONE", "SESSION_2_DONE", "CLOSED", "CANCELLED"] as const;

export const trajectCreateSchema = z
  .object({
    employerId: line().max(40).optional(), // "" or missing = a new employer
    employerName: line().trim().max(160).optional(),
    employerSector: line().trim().max(120).optional(),
    werkvloerName: line().trim().min(2, "Vul de werkvloer of locatie in.").max(160),
    motivation: text().trim().max(2000, "Gebruik maximaal 2000 tekens.").optional(),
    plannedSessionCount: wholeNumber(z.number().min(1, "Kies 1, 2 of 3 bijeenkomsten.").max(3, "Kies 1, 2 of 3 bijeenkomsten.")),
    contactKeyPersonId: line().max(40).optional(), // "" or missing = none yet
    ...healthConfirmField,
  })
  .superRefine((v, ctx) => {
    if (v.employerId) return;
    if (!v.employerName || v.employerName.length < 2)
      ctx.addIssue({ code: "custom", path: ["employerName"], message: "Kies een werkgever of vul de naam van een nieuwe werkgever in." });
    if (!v.employerSector || v.employerSector.length < 2)
      ctx.addIssue({ code: "custom", path: ["employerSector"], message: "Vul de sector van de nieuwe werkgever in." });
  });
export type TrajectCreateInput = z.infer<typeof trajectCreateSchema>;

export const statusChangeSchema = z.object({
  trajectId: id,
  status: z.enum(TRAJECT_STATUSES, { message: "Kies een fase." }),
  version: wholeNumber(z.number().min(1)),
});

/** "Scan sluiten", confirmed: `submitted` is the count the trainer saw ("n van m"); another one is a conflict. */
export const scanCloseSchema = z.object({
  trajectId: id,
  version: wholeNumber(z.number().min(1)),
  submitted: wholeNumber(z.number().min(0).max(100_000)),
});
export type ScanCloseInput = z.infer<typeof scanCloseSchema>;

export const expertAssignmentSchema = z.object({ trajectId: id, expertId: id });

/** What the trainer can still change on a traject (lib/planning/details.ts says until when). */
export const trajectDetailsSchema = z.object({
  trajectId: id,
  version: wholeNumber(z.number().min(1)),
  motivation: text().trim().max(2000, "Gebruik maximaal 2000 tekens.").optional().default(""),
  werkvloerId: id,
  plannedSessionCount: wholeNumber(z.number().min(1, "Kies 1, 2 of 3 bijeenkomsten.").max(3, "Kies 1, 2 of 3 bijeenkomsten.")),
  contactKeyPersonId: line().max(40).optional().default(""), // "" = no contact person
  /** What the employer would like to ask the experience expert (intake), one question per line; absent = unchanged. */
  expertQuestions: text().trim().max(2000, "Gebruik maximaal 2000 tekens.").optional(),
  ...healthConfirmField,
});
export type TrajectDetailsInput = z.infer<typeof trajectDetailsSchema>;

export const trajectReassignSchema = z.object({ trajectId: id, trainerId: line().min(1, "Kies een trainer.").max(40) });
export type TrajectReassignInput = z.infer<typeof trajectReassignSchema>;
