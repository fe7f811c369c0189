import { checkboxValues, isoDate, line, optionalIsoTime, recordId, text, wholeNumber, z } from "@/lib/zod";
import { healthConfirmField } from "@/lib/health-check/schema";

// Shared by the session form (client) and its server action: one schema per form.
export const SESSION_STATUSES = ["PLANNED", "HELD", "CANCELLED"] as const;
export const SESSION_MODES = ["IN_PERSON", "ONLINE"] as const;
/** A session's number in a URL (a traject has 1 to 3): anything else is not found. */
export const isSessionNumberParam = (value: string): boolean => /^[1-3]$/.test(value);
/** The path of a session's downloads (…/[id]/bijeenkomsten/[number]/…), for lib/http/route.ts. */
export const sessionPathSchema = z.object({ id: recordId(), number: z.string().refine(isSessionNumberParam).transform(Number) });

const id = recordId();

export const sessionPlanSchema = z.object({
  trajectId: id,
  number: wholeNumber(z.number().min(1).max(3)),
  /** The version the form was made from; a save from an older one is a conflict. */
  version: wholeNumber(z.number().min(1)).optional(),
  date: isoDate({ optional: true }),
  /** The start time. */
  time: optionalIsoTime(),
  endTime: optionalIsoTime(),
  mode: z.enum(SESSION_MODES, { message: "Kies op locatie of online." }).optional().default("IN_PERSON"),
  location: line().trim().max(160, "Gebruik maximaal 160 tekens.").optional(),
  onlineUrl: line()
    .trim()
    .max(500, "Gebruik maximaal 500 tekens.")
    .refine((v) => v === "" || /^https:\/\/[^\s]+$/.test(v), "Een link voor online begint met https://.")
    .optional(),
  agenda: text().trim().max(3000, "Gebruik maximaal 3000 tekens.").optional(),
  attendees: checkboxValues(id, 40),
  status: z.enum(SESSION_STATUSES, { message: "Kies een status." }),
  ...healthConfirmField,
});
type SessionPlanParsed = z.infer<typeof sessionPlanSchema>;
/** What planSession takes: the form's fields, where mode (in person) and attendees (none) may be left out. */
export type SessionPlanInput = Omit<SessionPlanParsed, "mode" | "attendees"> & Partial<Pick<SessionPlanParsed, "mode" | "attendees">>;

/** After a held session: who of the invited key persons was there. */
export const presenceSchema = z.object({
  trajectId: id,
  number: wholeNumber(z.number().min(1).max(3)),
  present: checkboxValues(id, 40),
});
export type PresenceInput = z.infer<typeof presenceSchema>;

/** "Toch niet gehouden": the version the trainer saw; a later change is a conflict. */
export const undoHeldSchema = z.object({
  trajectId: id,
  number: wholeNumber(z.number().min(1).max(3)),
  version: wholeNumber(z.number().min(1)),
});
export type UndoHeldInput = z.infer<typeof undoHeldSchema>;

/** The answer page's form (app/bijeenkomst/[token]): the link's token is the credential, checked in ./rsvp.ts. */
export const answerLinkSchema = z.object({
  token: z.string().max(200),
  answer: z.enum(["ATTENDING", "DECLINED"], { message: "Kies of u komt of niet." }),
});
/** "?antwoord=ja|nee" from the mail's links: which button the page puts first (it stores nothing). */
export const ANSWER_PARAM = { ja: "ATTENDING", nee: "DECLINED" } as const;
