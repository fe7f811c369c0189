import { line, text, z } from "@/lib/zod";

// Shared by the login form (client) and authenticate() (server). The password is text(), not line():
// a password set before tabs were refused must keep working; only invisible characters are refused.
export const loginSchema = z.object({
  email: line().trim().toLowerCase().email("Vul een geldig e-mailadres in.").max(254, "Dit e-mailadres is te lang."),
  password: text().min(1, "Vul uw wachtwoord in.").max(200, "Dit wachtwoord is te lang."),
});
export type LoginInput = z.infer<typeof loginSchema>;

/** The form posted without JavaScript: the same fields, and the second step's code once it is asked. */
export const loginFormSchema = loginSchema.extend({
  code: line().max(40, "Deze code is te lang.").optional(),
});

export const LOGIN_RATE_LIMITED = "RATE_LIMITED";
/** Refused: this account had many wrong passwords lately, and this device was among them. */
export const LOGIN_ACCOUNT_LIMITED = "ACCOUNT_LIMITED";
/** Refused for now: this account had many wrong passwords lately; one new device a minute is checked. */
export const LOGIN_ACCOUNT_BUSY = "ACCOUNT_BUSY";
