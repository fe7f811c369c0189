import { keyOf, line, recordId, wholeNumber, z } from "@/lib/zod";
import { TIMER_MAX_MINUTES } from "./timer";

// The facilitator's presenter forms on the board (app/(app)/trajecten/[id]/bord/presenter-actions.ts):
// what the projector shows, the agenda step, the step's timer. Each carries the room's version, so
// two facilitators steering at once never overwrite each other unseen.

export const PRESENTER_VIEWS = ["JOIN", "AGENDA", "PUNT", "VOTES", "CODE", "SUMMARY"] as const;
export type PresenterView = (typeof PRESENTER_VIEWS)[number];

/** The Dutch name of each view, as the facilitator picks it and the logbook tells it. */
export const PRESENTER_VIEW_LABELS: Record<PresenterView, string> = {
  JOIN: "Deelnemen (QR-code)",
  AGENDA: "Agenda",
  PUNT: "Eén aandachtspunt",
  VOTES: "Stemmen",
  CODE: "De code",
  SUMMARY: "Samenvatting",
};

const room = {
  trajectId: recordId(),
  roomId: recordId(),
  version: wholeNumber(z.number().min(1, "Laad de pagina opnieuw.")),
};

const CHOICE_MESSAGE = "Kies wat de beamer laat zien.";

/**
 * One select holds every choice: a view, or "PUNT:T3" / "PUNT:overig" for one aandachtspunt (or Overig).
 * Whether that aandachtspunt is one of the room's is the domain's check (lib/room/presenter.ts).
 */
export const presenterViewSchema = z.object({
  ...room,
  choice: line()
    .regex(/^(JOIN|AGENDA|VOTES|CODE|SUMMARY|PUNT:(T\d{1,2}|overig))$/, CHOICE_MESSAGE)
    .transform((c) => {
      const [view, punt] = c.split(":") as [PresenterView, string | undefined];
      return { view, themeKey: punt === undefined || punt === "overig" ? null : punt };
    }),
});

export const presenterStepSchema = z.object({
  ...room,
  step: wholeNumber(z.number().min(0, "Deze stap staat niet op de agenda.").max(99, "Deze stap staat niet op de agenda.")),
});

export const startTimerSchema = z.object({
  ...room,
  minutes: wholeNumber(
    z
      .number()
      .min(1, "Zet de klok op minstens één minuut.")
      .max(TIMER_MAX_MINUTES, `Zet de klok op hoogstens ${TIMER_MAX_MINUTES} minuten.`),
  ),
});

const TIMER_OPS = { pause: true, resume: true, reset: true } as const;
export const timerOpSchema = z.object({ ...room, op: keyOf(TIMER_OPS) });

/** The heartbeat of an open board page: a random id per browser tab, and whether it is leaving. */
export const presenceBeatSchema = z.object({
  tab: z.string().regex(/^[A-Za-z0-9_-]{8,40}$/, "Onbekend tabblad."),
  leaving: z.boolean().optional(),
});
