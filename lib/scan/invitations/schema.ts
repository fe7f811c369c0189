import { isoDay } from "@/lib/dates";
import { isoDate, line, recordId, z } from "@/lib/zod";

// Shared by the trainer's invitation form (client) and the server action.
export const RESPONDENT_FUNCTIONS = ["DIRECTIE", "HR", "LEIDINGGEVENDE", "MEDEWERKER_OR", "ANDERS"] as const;

// "Today" is the Amsterdam calendar day, also on a server that runs in UTC.
const today = () => isoDay(new Date());

export const invitationSchema = z.object({
  trajectId: recordId(),
  name: line().trim().min(2, "Vul een naam in.").max(120, "Gebruik maximaal 120 tekens."),
  email: line().trim().toLowerCase().email("Vul een geldig e-mailadres in.").max(254, "Dit e-mailadres is te lang."),
  function: z.enum(RESPONDENT_FUNCTIONS, { message: "Kies een functie." }),
  deadline: isoDate()
    .refine((d) => d >= today(), "Kies een datum vandaag of later.")
    .refine((d) => Date.parse(`${d}T00:00:00Z`) - Date.now() < 366 * 24 * 3600 * 1000, "Kies een datum binnen een jaar."),
});
export type InvitationInput = z.infer<typeof invitationSchema>;

export const invitationActionSchema = z.object({
  invitationId: recordId(),
});

export const trajectActionSchema = z.object({
  trajectId: recordId(),
});
