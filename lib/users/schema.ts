import { line, recordId, text, z } from "@/lib/zod";
import { ROLES, roleBelongsToEmployer } from "@/lib/auth/roles";
import { LINK_TOKEN_PATTERN } from "@/lib/link-token-pattern";
import { EMPLOYER_FUNCTIONS, personEmail } from "@/lib/employers/schema";

export { EMPLOYER_FUNCTIONS };

// Shared by the admin's and the new user's forms (client) and their server actions.
export const MIN_PASSWORD_LENGTH = 12;

export const userCreateSchema = z
  .object({
    name: line().trim().min(2, "Vul de naam in.").max(120, "Gebruik maximaal 120 tekens."),
    email: personEmail,
    role: z.enum(ROLES, { message: "Kies een rol." }),
    employerId: line().max(40).optional(),
    employerFunction: z.enum(EMPLOYER_FUNCTIONS, { message: "Kies een functie." }).optional(),
  })
  .superRefine((v, ctx) => {
    if (!roleBelongsToEmployer(v.role)) return;
    if (!v.employerId) ctx.addIssue({ code: "custom", path: ["employerId"], message: "Kies de werkgever van deze gebruiker." });
    if (!v.employerFunction) ctx.addIssue({ code: "custom", path: ["employerFunction"], message: "Kies de functie bij de werkgever." });
  });
export type UserCreateInput = z.infer<typeof userCreateSchema>;

const userId = recordId();
export const userIdSchema = z.object({ userId });
export const userActiveSchema = z.object({ userId, active: z.enum(["true", "false"]).transform((v) => v === "true") });

export const newPassword = line()
  .min(MIN_PASSWORD_LENGTH, `Kies een wachtwoord van minstens ${MIN_PASSWORD_LENGTH} tekens.`)
  .max(200, "Gebruik maximaal 200 tekens.");
export const samePasswordTwice = { path: ["confirm"], message: "De twee wachtwoorden zijn niet gelijk." };

export const passwordChangeSchema = z
  .object({ current: text().min(1, "Vul uw huidige wachtwoord in.").max(200), password: newPassword, confirm: line() })
  .refine((v) => v.password === v.confirm, samePasswordTwice);
export type PasswordChangeInput = z.infer<typeof passwordChangeSchema>;

export const accountActivationSchema = z
  .object({
    token: line().regex(LINK_TOKEN_PATTERN, "Deze link werkt niet (meer)."),
    password: newPassword,
    confirm: line(),
  })
  .refine((v) => v.password === v.confirm, samePasswordTwice);
export type AccountActivationInput = z.infer<typeof accountActivationSchema>;

export const passwordResetRequestSchema = z.object({ email: personEmail });

/** The admin's form: the account's new login address (confirmed by the new address before it counts). */
export const emailChangeRequestSchema = z.object({ userId, email: personEmail });
export type EmailChangeRequestInput = z.infer<typeof emailChangeRequestSchema>;

/** The confirmation page's form: only the link's token. */
export const emailChangeConfirmSchema = z.object({ token: line().regex(LINK_TOKEN_PATTERN, "Deze link werkt niet (meer).") });
export type EmailChangeConfirmInput = z.infer<typeof emailChangeConfirmSchema>;

/**
 * The role the account form starts with, from `?rol=` (the admin's task "Maak een account voor een
 * trainer" links there): never an admin, which is chosen on purpose; anything else is ignored.
 */
export const initialRoleOf = (rol: unknown): UserCreateInput["role"] | undefined =>
  z.enum(["TRAINER", "EXPERT", "EMPLOYER"]).optional().catch(undefined).parse(rol);
