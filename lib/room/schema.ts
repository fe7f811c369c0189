import { checkboxValues, line, recordId, text, wholeNumber, z } from "@/lib/zod";
import { healthConfirmField } from "@/lib/health-check/schema";

// The forms of session 2's room: the phone's join and card forms, and the facilitator's.

const NAME_MESSAGE = "Vul een naam in (hoeft niet uw echte naam te zijn).";
const themeOrOverig = z.preprocess(
  (v) => (v === "" || v === "overig" ? null : v),
  line()
    .regex(/^T\d{1,2}$/, "Kies een aandachtspunt uit de lijst.")
    .nullable(),
);
// a checkbox or a hidden yes/no: absent, "", "false" is no; "on", "true" is yes; anything else is refused
const checkbox = z.preprocess(
  (v) => (v === undefined || v === "" || v === "false" ? false : v === "on" || v === "true" ? true : v),
  z.boolean({ message: "Onbekende keuze." }),
);

export const joinCodeSchema = z.object({ code: line().min(1, "Vul de code van het scherm in.").max(40, "Deze code is te lang.") });

export const joinSchema = z.object({
  code: line().max(40),
  name: line().trim().min(1, NAME_MESSAGE).max(60, "Houd uw naam korter dan 60 tekens."),
  attendeeId: z.preprocess((v) => (v === "" ? null : v), recordId().nullable()),
  // the default is anonymous: "Toon mijn naam bij wie er is" is the choice to be named
  named: checkbox,
});

export const CARD_MAX = 280;
export const cardSchema = z.object({
  themeKey: themeOrOverig,
  text: text().trim().min(1, "Schrijf eerst iets op de kaart.").max(CARD_MAX, `Houd een kaart kort: hoogstens ${CARD_MAX} tekens.`),
  signed: checkbox,
  ...healthConfirmField,
});

export const voteSchema = z.object({
  target: line().regex(/^(punt:T\d{1,2}|afspraak:[A-Za-z0-9_-]{1,40})$/, "Hier kunt u niet op stemmen."),
  delta: z.enum(["1", "-1"], { message: "Onbekende keuze." }).transform((d) => (d === "1" ? 1 : -1) as 1 | -1),
});

const room = { trajectId: recordId(), roomId: recordId() };

export const openRoomSchema = z.object({
  trajectId: recordId(),
  number: wholeNumber(z.number().min(1, "Kies een bijeenkomst.").max(3, "Kies een bijeenkomst.")),
});
export const closeRoomSchema = z.object(room);
export const votingSchema = z.object({
  ...room,
  voting: z.enum(["NONE", "PUNTEN", "AFSPRAKEN"], { message: "Kies waarop gestemd wordt." }),
  votesPerPerson: wholeNumber(z.number().min(1, "Geef iedereen minstens één stem.").max(10, "Hoogstens tien stemmen per persoon.")),
  version: wholeNumber(z.number().min(1)),
});
export const groupSchema = z.object({
  ...room,
  cardIds: checkboxValues(recordId(), 50).refine((ids) => ids.length >= 2, "Kies minstens twee kaarten om te groeperen."),
  title: line().trim().min(1, "Geef de groep een titel.").max(120, "Houd de titel korter dan 120 tekens."),
});
export const cardActionSchema = z.object({ ...room, cardId: recordId() });
export const hideSchema = z.object({ ...room, cardId: recordId(), hidden: checkbox });
export const toClauseSchema = z
  .object({
    ...room,
    cardId: recordId().optional(),
    groupId: recordId().optional(),
    title: line().trim().min(1, "Geef de afspraak een titel.").max(200, "Houd de titel korter dan 200 tekens."),
    ...healthConfirmField,
  })
  .refine((v) => Boolean(v.cardId) !== Boolean(v.groupId), { message: "Kies een kaart of een groep." });
/** "Sessie afronden" (confirmed in the form's own step); the version is the room's as the facilitator saw it. */
export const summariseSchema = z.object({ ...room, version: wholeNumber(z.number().min(1)) });
