import { isoDay } from "@/lib/dates";
import { isoDate, line, recordId, z } from "@/lib/zod";
import { OFFERED_RESPONDENT_FUNCTIONS } from "../respondent-functions";

// Shared by the trainer's invitation form (client) and the server action.
export const RESPONDENT_FUNCTIONS = OFFERED_RESPONDENT_FUNCTIONS;

// "Today" is the Amsterdam calendar day, also on a server that runs in UTC.
const today = () => isoDay(new Date());

const NAME_MESSAGE = "Vul een naam in.";
const EMAIL_MESSAGE = "Vul een geldig e-mailadres in.";
const personName = line().trim().min(2, NAME_MESSAGE).max(120, "Gebruik maximaal 120 tekens.");
const personEmail = line().trim().toLowerCase().email(EMAIL_MESSAGE).max(254, "Dit e-mailadres is te lang.");
const respondentFunction = z.enum(RESPONDENT_FUNCTIONS, { message: "Kies een functie." });
const deadline = isoDate()
  .refine((d) => d >= today(), "Kies een datum vandaag of later.")
  .refine((d) => Date.parse(`${d}T00:00:00Z`) - Date.now() < 366 * 24 * 3600 * 1000, "Kies een datum binnen een jaar.");

/** One person, named in full (createInvitation). */
export const invitationSchema = z.object({
  trajectId: recordId(),
  name: personName,
  email: personEmail,
  function: respondentFunction,
  deadline,
});
export type InvitationInput = z.infer<typeof invitationSchema>;

/** The largest number of key persons one submit invites: more than any employer records. */
export const MAX_KEY_PERSONS_AT_ONCE = 100;

/**
 * The invite form (issue 24): the ticked key persons of the traject's employer, and "someone else" when
 * a name or address is filled in, optionally saved as a key person too. Flat, so that each field's
 * Dutch error lands at its own field.
 */
export const inviteRespondentsSchema = z
  .object({
    trajectId: recordId(),
    deadline,
    keyPersonIds: z.array(recordId()).max(MAX_KEY_PERSONS_AT_ONCE, "Kies minder mensen tegelijk."),
    otherName: line().trim().max(120, "Gebruik maximaal 120 tekens."),
    otherEmail: line().trim().toLowerCase().max(254, "Dit e-mailadres is te lang."),
    otherFunction: respondentFunction,
    saveAsKeyPerson: z.boolean({ message: "Kies of deze persoon ook sleutelpersoon wordt." }),
  })
  .superRefine((v, ctx) => {
    const other = v.otherName !== "" || v.otherEmail !== "";
    if (other && !personName.safeParse(v.otherName).success) ctx.addIssue({ code: "custom", path: ["otherName"], message: NAME_MESSAGE });
    if (other && !personEmail.safeParse(v.otherEmail).success)
      ctx.addIssue({ code: "custom", path: ["otherEmail"], message: EMAIL_MESSAGE });
    if (!other && v.keyPersonIds.length === 0)
      ctx.addIssue({
        code: "custom",
        path: ["keyPersonIds"],
        message: "Kies minstens één sleutelpersoon, of vul naam en e-mailadres in van iemand anders.",
      });
  });
export type InviteRespondentsInput = z.infer<typeof inviteRespondentsSchema>;

export const invitationActionSchema = z.object({
  invitationId: recordId(),
});

export const trajectActionSchema = z.object({
  trajectId: recordId(),
});
