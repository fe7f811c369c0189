import { isoDate, line, recordId, text, wholeNumber, z } from "@/lib/zod";
import { healthConfirmField } from "@/lib/health-check/schema";
import { MAX_HOURS_PER_PART, euroToCents, hoursToMinutes, kmToTenths } from "./amounts";

// One schema per form: the expert's claim, the admin's rates and caps, the claim's status buttons and
// the export's period. Amounts and hours are typed the Dutch way and stored as cents and minutes.

export const TRAVEL_MODES = ["NONE", "CAR", "PUBLIC_TRANSPORT"] as const;

const hours = (label: string) =>
  line()
    .max(10)
    .optional()
    .default("")
    .transform((v, ctx) => {
      if (v.trim().startsWith("-")) {
        ctx.addIssue({ code: "custom", message: `${label}: vul 0 of meer uren in.` });
        return z.NEVER;
      }
      const minutes = hoursToMinutes(v);
      if (minutes === null) {
        ctx.addIssue({ code: "custom", message: `${label}: vul een aantal uren in, bijvoorbeeld 1,5.` });
        return z.NEVER;
      }
      if (minutes > MAX_HOURS_PER_PART * 60) {
        ctx.addIssue({ code: "custom", message: `${label}: vul hoogstens ${MAX_HOURS_PER_PART} uur in.` });
        return z.NEVER;
      }
      return minutes;
    });

const amount = (message: string) =>
  line()
    .max(14)
    .optional()
    .default("")
    .transform((v, ctx) => {
      const cents = euroToCents(v);
      if (cents === null) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return cents;
    });

/** The claim's own fields, the same for a traject session and a training session. */
const claimFields = {
  /** The claim's version when the form was made; absent for a new claim. */
  version: wholeNumber(z.number().min(1)).optional(),
  preparationHours: hours("Voorbereiding"),
  sessionHours: hours("Bijeenkomst"),
  travelHours: hours("Reistijd"),
  travelMode: z.enum(TRAVEL_MODES, { message: "Kies hoe u reisde." }).optional().default("NONE"),
  kilometres: line()
    .max(10)
    .optional()
    .default("")
    .transform((v, ctx) => {
      const tenths = kmToTenths(v);
      if (tenths === null) {
        ctx.addIssue({ code: "custom", message: "Vul het aantal kilometers in, bijvoorbeeld 42 of 42,5." });
        return z.NEVER;
      }
      return tenths;
    }),
  transitCosts: amount("Vul de reiskosten in als bedrag, bijvoorbeeld 12,50."),
  note: text().trim().max(500, "Gebruik maximaal 500 tekens.").optional().default(""),
  ...healthConfirmField,
};

type ClaimFields = {
  preparationHours: number;
  sessionHours: number;
  travelHours: number;
  travelMode: string;
  kilometres: number;
  transitCosts: number;
};
function claimRules(v: ClaimFields, ctx: z.RefinementCtx) {
  if (v.preparationHours + v.sessionHours + v.travelHours === 0)
    ctx.addIssue({ code: "custom", path: ["sessionHours"], message: "Vul ten minste één aantal uren in." });
  if (v.travelMode === "CAR" && v.kilometres === 0)
    ctx.addIssue({ code: "custom", path: ["kilometres"], message: "Vul het aantal kilometers in dat u reed." });
  if (v.travelMode === "PUBLIC_TRANSPORT" && v.transitCosts === 0)
    ctx.addIssue({ code: "custom", path: ["transitCosts"], message: "Vul de kosten van het openbaar vervoer in." });
}

export const claimSchema = z
  .object({ trajectId: recordId(), number: wholeNumber(z.number().min(1).max(3)), ...claimFields })
  .superRefine(claimRules);
export type ClaimInput = z.infer<typeof claimSchema>;

/** A claim for an attended training session of the expert's cohort (issue 27). */
export const trainingClaimSchema = z.object({ trainingSessionId: recordId(), ...claimFields }).superRefine(claimRules);
export type TrainingClaimInput = z.infer<typeof trainingClaimSchema>;

/** What a claim stores of either form. */
export type ClaimQuantitiesInput = Omit<TrainingClaimInput, "trainingSessionId">;

export const ratesSchema = z.object({
  version: wholeNumber(z.number().min(1)),
  hourly: amount("Vul het uurtarief in als bedrag, bijvoorbeeld 15,00."),
  perKm: amount("Vul de vergoeding per kilometer in als bedrag, bijvoorbeeld 0,23."),
});
export type RatesInput = z.infer<typeof ratesSchema>;

/** An expert's yearly maximum; empty removes it. */
export const capSchema = z.object({
  expertId: recordId(),
  yearly: amount("Vul het jaarmaximum in als bedrag, bijvoorbeeld 2000,00, of laat het leeg."),
});
export type CapInput = z.infer<typeof capSchema>;

export const claimActionSchema = z.object({ claimId: recordId(), version: wholeNumber(z.number().min(1)) });
export type ClaimActionInput = z.infer<typeof claimActionSchema>;

/** The export's period (by session date), both days included. */
export const periodSchema = z
  .object({ from: isoDate(), to: isoDate() })
  .refine((p) => p.from <= p.to, { path: ["to"], message: "De einddatum ligt vóór de begindatum." });
export type PeriodInput = z.infer<typeof periodSchema>;
