import { line, text, z } from "@/lib/zod";

// Shared by the login form, the enrolment forms (client) and the server. A code is six digits from the
// authenticator app or one recovery code (xxxx-xxxx-xxxx); spaces are forgiven.

export const codeField = line()
  .trim()
  .min(1, "Vul de code uit uw authenticator-app in.")
  .max(40, "Deze code is te lang.")
  .transform((s) => s.replace(/\s/g, ""));

/** Confirming enrolment: only a code from the app proves it was set up. */
export const totpConfirmSchema = z.object({
  code: codeField.refine((c) => /^\d{6}$/.test(c), "Vul de zes cijfers uit uw authenticator-app in."),
});
export type TotpConfirmInput = z.infer<typeof totpConfirmSchema>;

/** Turning it off: the current password, or a code (from the app or a recovery code). */
export const totpDisableSchema = z
  .object({
    password: text().max(200, "Dit wachtwoord is te lang.").optional().default(""),
    code: line().max(40, "Deze code is te lang.").optional().default(""),
  })
  .refine((v) => v.password !== "" || v.code.trim() !== "", {
    message: "Vul uw wachtwoord of een code in.",
    path: ["password"],
  });
export type TotpDisableInput = z.infer<typeof totpDisableSchema>;

// The login's answers (next-auth passes a thrown error's message to the page).
export const SECOND_FACTOR_NEEDED = "SECOND_FACTOR_NEEDED";
export const SECOND_FACTOR_WRONG = "SECOND_FACTOR_WRONG";
export const SECOND_FACTOR_USED = "SECOND_FACTOR_USED";
export const SECOND_FACTOR_RATE_LIMITED = "SECOND_FACTOR_RATE_LIMITED";

export const SECOND_FACTOR_MESSAGES: Record<string, string> = {
  [SECOND_FACTOR_NEEDED]: "Vul de code uit uw authenticator-app in.",
  [SECOND_FACTOR_WRONG]: "Deze code klopt niet. Kijk of u de nieuwste code uit uw app gebruikt, of vul een herstelcode in.",
  [SECOND_FACTOR_USED]: "Deze code is net al gebruikt. Wacht tot uw app een nieuwe code toont en vul die in.",
  [SECOND_FACTOR_RATE_LIMITED]: "Er zijn te veel verkeerde codes geprobeerd voor dit account. Probeer het over een kwartier opnieuw.",
};

/** Where an admin or trainer without a second factor is sent, and the only page they can use. */
export const SECOND_FACTOR_PAGE = "/account/tweede-stap";

/** Forms without fields (start, new recovery codes): who is signed in is all they need. */
export const noFieldsSchema = z.object({});
