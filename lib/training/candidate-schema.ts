import { healthConfirmField } from "@/lib/health-check/schema";
import { personEmail } from "@/lib/employers/schema";
import { isoDate, line, recordId, wholeNumber, z } from "@/lib/zod";
import { CANDIDATE_CHANNELS, CANDIDATE_STATUSES } from "./labels";

// The admin's candidate forms (/beheer/kandidaten), parsed on both sides. Only what the programme needs:
// name, how to reach them, how they heard of it. Never a reason for stopping, never anything about health.

const candidateId = recordId();
const version = wholeNumber(z.number().min(1));

const fields = {
  name: line().trim().min(2, "Vul de naam in.").max(120, "Gebruik maximaal 120 tekens."),
  email: personEmail,
  phone: line()
    .trim()
    .max(30, "Gebruik maximaal 30 tekens.")
    .refine((v) => v === "" || /^\+?[\d\s()-]{6,}$/.test(v), "Vul een telefoonnummer in met cijfers (bijvoorbeeld 06 12345678).")
    .optional()
    .default(""),
  channel: z.enum(CANDIDATE_CHANNELS, { message: "Kies hoe de kandidaat van het programma hoorde." }),
  channelOther: line().trim().max(80, "Gebruik maximaal 80 tekens.").optional().default(""),
  ...healthConfirmField,
};

/** "Anders" needs a few words; another channel keeps none. */
const otherChannelNeedsWords = (v: { channel: string; channelOther: string }, ctx: z.RefinementCtx) => {
  if (v.channel === "ANDERS" && v.channelOther === "")
    ctx.addIssue({ code: "custom", path: ["channelOther"], message: "Schrijf in een paar woorden hoe de kandidaat ervan hoorde." });
};

export const candidateCreateSchema = z.object(fields).superRefine(otherChannelNeedsWords);
export type CandidateCreateInput = z.infer<typeof candidateCreateSchema>;

export const candidateUpdateSchema = z.object({ candidateId, version, ...fields }).superRefine(otherChannelNeedsWords);
export type CandidateUpdateInput = z.infer<typeof candidateUpdateSchema>;

/** The status buttons: intake held (or back), stopped (no reason), stopping undone. */
export const CANDIDATE_MOVES = ["intake", "intakeUndo", "stop", "stopUndo"] as const;
export type CandidateMove = (typeof CANDIDATE_MOVES)[number];
export const candidateMoveSchema = z.object({
  candidateId,
  version,
  move: z.enum(CANDIDATE_MOVES, { message: "Onbekende handeling." }),
});
export type CandidateMoveInput = z.infer<typeof candidateMoveSchema>;

export const candidateStartSchema = z.object({ candidateId, version, cohortId: line().min(1, "Kies een cohort.").max(40) });
export type CandidateStartInput = z.infer<typeof candidateStartSchema>;

export const candidateIdSchema = z.object({ candidateId });

/** The list's filter (?status=…): anything unknown shows every candidate. */
export const candidateFilterSchema = z.enum(CANDIDATE_STATUSES).optional().catch(undefined);

/** The figures' period (?van=…&tot=…): Amsterdam days, both included. */
export const indicatorPeriodSchema = z
  .object({ from: isoDate(), to: isoDate() })
  .refine((v) => v.from <= v.to, { path: ["to"], message: "De einddatum ligt voor de begindatum." });
export type IndicatorPeriod = z.infer<typeof indicatorPeriodSchema>;
