import { checkboxValues, isoDate, line, optionalIsoTime, recordId, wholeNumber, z } from "@/lib/zod";
import { TRAINING_TOPICS } from "./topics";

// One schema per form of the cohort pages (/beheer/cohorten): the cohort itself, its trainers, a
// training session, cancelling one, a participant, the attendance of one session, the confirmation.

const id = recordId();
const version = wholeNumber(z.number().min(1));

export const cohortSchema = z
  .object({
    /** Absent: a new cohort. */
    cohortId: id.optional(),
    version: version.optional(),
    name: line().trim().min(2, "Geef het cohort een naam.").max(120, "Gebruik maximaal 120 tekens."),
    startsOn: isoDate(),
    endsOn: isoDate(),
    topics: checkboxValues(z.enum(TRAINING_TOPICS, { message: "Kies onderwerpen uit de lijst." }), TRAINING_TOPICS.length),
  })
  .superRefine((v, ctx) => {
    if (v.endsOn < v.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "De periode eindigt voordat ze begint." });
    if (v.topics.length === 0) ctx.addIssue({ code: "custom", path: ["topics"], message: "Kies ten minste één onderwerp." });
  });
export type CohortInput = z.infer<typeof cohortSchema>;

export const cohortTrainersSchema = z.object({ cohortId: id, version, trainerIds: checkboxValues(id, 20) });
export type CohortTrainersInput = z.infer<typeof cohortTrainersSchema>;

export const TRAINING_MODES = ["IN_PERSON", "ONLINE"] as const;

export const trainingSessionSchema = z
  .object({
    cohortId: id,
    /** Absent: a new session (a topic that already has one gets a second date). */
    sessionId: id.optional(),
    version: version.optional(),
    topic: z.enum(TRAINING_TOPICS, { message: "Kies een onderwerp." }),
    date: isoDate(),
    time: optionalIsoTime(),
    endTime: optionalIsoTime(),
    mode: z.enum(TRAINING_MODES, { message: "Kies op locatie of online." }).optional().default("IN_PERSON"),
    place: line().trim().max(160, "Gebruik maximaal 160 tekens.").optional().default(""),
    onlineUrl: line()
      .trim()
      .max(500, "Gebruik maximaal 500 tekens.")
      .refine((v) => v === "" || /^https:\/\/[^\s]+$/.test(v), "Een link voor online begint met https://.")
      .optional()
      .default(""),
  })
  .superRefine((v, ctx) => {
    if (v.mode === "ONLINE" && !v.onlineUrl) ctx.addIssue({ code: "custom", path: ["onlineUrl"], message: "Vul de link in." });
    if (v.mode === "IN_PERSON" && !v.place) ctx.addIssue({ code: "custom", path: ["place"], message: "Vul de plaats in." });
  });
export type TrainingSessionInput = z.input<typeof trainingSessionSchema>;

export const cancelTrainingSessionSchema = z.object({ cohortId: id, sessionId: id, version });
export type CancelTrainingSessionInput = z.infer<typeof cancelTrainingSessionSchema>;

export const cohortParticipantSchema = z.object({
  cohortId: id,
  userId: z.string().pipe(recordId().min(1, "Kies een ervaringsdeskundige.")),
});
export type CohortParticipantInput = z.infer<typeof cohortParticipantSchema>;

/**
 * One session's attendance: a yes/no per participant ("aanwezig-<participantId>" = "ja" | "nee"),
 * as radio buttons send it without JavaScript; a participant left open stays as it was.
 */
export const attendanceSchema = z
  .object({ cohortId: id, sessionId: id })
  .catchall(z.unknown())
  .transform((v, ctx) => {
    const marks: { participantId: string; attended: boolean }[] = [];
    for (const [key, value] of Object.entries(v)) {
      if (!key.startsWith("aanwezig-")) continue;
      const participantId = key.slice("aanwezig-".length);
      if (!id.safeParse(participantId).success || (value !== "ja" && value !== "nee")) {
        ctx.addIssue({ code: "custom", message: "Kies per deelnemer aanwezig of niet aanwezig." });
        return z.NEVER;
      }
      marks.push({ participantId, attended: value === "ja" });
    }
    if (marks.length > 100) {
      ctx.addIssue({ code: "custom", message: "Te veel deelnemers in één keer." });
      return z.NEVER;
    }
    return { cohortId: v.cohortId, sessionId: v.sessionId, marks };
  });
export type AttendanceInput = z.infer<typeof attendanceSchema>;

export const confirmCompletionSchema = z.object({ cohortId: id, participantId: id, version });
export type ConfirmCompletionInput = z.infer<typeof confirmCompletionSchema>;
