import { isoDate, wholeNumber, z } from "@/lib/zod";

// The expert's two pace forms on /expert/tempo (ADR 037): a pause, and how many trajects at once. No
// field for a reason: there is nothing to explain. Every form carries the profile's version.

const version = wholeNumber();

/**
 * A pause from a day until a day, or open-ended ("tot ik het zelf weer aanzet"). Without JavaScript
 * both the radio and the date arrive; the radio decides. Whether the window makes sense (it ends on
 * or after its first day, and not in the past) is the domain's check (pacing-rules.ts), with one message.
 */
export const ownPauseSchema = z
  .object({
    from: isoDate(),
    end: z.enum(["date", "open"], { message: "Kies tot wanneer de pauze duurt." }),
    until: isoDate({ optional: true }),
    version,
  })
  .superRefine((v, ctx) => {
    if (v.end === "date" && !v.until)
      ctx.addIssue({
        code: "custom",
        path: ["until"],
        message: "Kies de laatste dag van de pauze, of kies 'Tot ik het zelf weer aanzet'.",
      });
  })
  .transform(({ from, end, until, version }) => ({ from, until: end === "open" ? null : (until ?? null), version }));
export type OwnPauseInput = z.infer<typeof ownPauseSchema>;

export const endOwnPauseSchema = z.object({ version });
export type EndOwnPauseInput = z.infer<typeof endOwnPauseSchema>;

const LIMIT_CHOICES = ["geen", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"] as const;

/** "geen" (no limit of their own) or 1 to 10, as the form's select sends it. */
export const ownLimitSchema = z.object({
  maxActiveTrajects: z
    .enum(LIMIT_CHOICES, { message: "Kies 1 tot en met 10, of geen grens." })
    .transform((v) => (v === "geen" ? null : Number(v))),
  version,
});
export type OwnLimitInput = z.infer<typeof ownLimitSchema>;
