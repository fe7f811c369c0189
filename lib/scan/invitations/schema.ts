import { isoDay } from "@/lib/dates";
import { z } from "@/lib/zod";

// Shared by the trainer's invitation form (client) and the server action.
export const RESPONDENT_FUNCTIONS = ["DIRECTIE", "HR", "LEIDINGGEVENDE", "MEDEWERKER_OR", "ANDERS"] as const;

// "Today" is the Amsterdam calendar day, also on a server that runs in UTC.
const today = () => isoDay(new Date());

export const invitationSchema = z.object({
  trajectId: z.string().min(1).max(40),
  name: z.string().trim().min(2, "Vul een naam in.").max(120, "Gebruik maximaal 120 tekens."),
  email: z.string().trim().toLowerCase().email("Vul een geldig e-mailadres in.").max(254, "Dit e-mailadres is te lang."),
  function: z.enum(RESPONDENT_FUNCTIONS, { message: "Kies een functie." }),
  deadline: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Kies een datum.")
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), "Kies een bestaande datum.")
    .refine((d) => d >= today(), "Kies een datum vandaag of later.")
    .refine((d) => Date.parse(`${d}T00:00:00Z`) - Date.now() < 366 * 24 * 3600 * 1000, "Kies een datum binnen een jaar."),
});
export type InvitationInput = z.infer<typeof invitationSchema>;

export const invitationActionSchema = z.object({
  invitationId: z.string().min(1).max(40),
});

export const trajectActionSchema = z.object({
  trajectId: z.string().min(1).max(40),
});
