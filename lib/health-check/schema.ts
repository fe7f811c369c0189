import { text, wholeNumber, z } from "@/lib/zod";
import { HEALTH_CONFIRM_FIELD, HEALTH_CONFIRM_VALUE } from "./texts";

/**
 * Added to the schema of every form whose text the check reads: "Toch bewaren" sends it. Anything
 * else than the one value is refused, like any unknown option.
 */
export const healthConfirmField = {
  [HEALTH_CONFIRM_FIELD]: z.enum([HEALTH_CONFIRM_VALUE], { message: "Onbekende keuze." }).optional(),
};

const termLines = (what: string) =>
  text()
    .max(20000, "Gebruik maximaal 20.000 tekens.")
    .transform((v) =>
      v
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l !== ""),
    )
    .refine((lines) => lines.every((l) => l.length <= 80), { message: `Een term in ${what} is langer dan 80 tekens.` })
    .refine((lines) => lines.some((l) => !l.startsWith("#")), { message: `Zet minstens één term in ${what}.` });

/** The admin's form (/beheer/werkwijze/gezondheidscheck): both lists as one term per line. */
export const termListSchema = z.object({
  strong: termLines("de eerste lijst"),
  near: termLines("de tweede lijst"),
  version: wholeNumber(z.number().min(0)),
});
export type TermListInput = z.infer<typeof termListSchema>;
