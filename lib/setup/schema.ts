import { line, z } from "@/lib/zod";
import { LINK_TOKEN_PATTERN } from "@/lib/link-token-pattern";
import { newPassword, samePasswordTwice } from "@/lib/users/schema";

// The first admin's form (/inrichten/<token>) and the shell's `npm run admin:create`.
const name = line().trim().min(2, "Vul uw naam in.").max(120, "Gebruik maximaal 120 tekens.");
const email = line().trim().toLowerCase().email("Vul een geldig e-mailadres in.").max(254, "Dit e-mailadres is te lang.");

export const firstAdminSchema = z
  .object({ token: line().regex(LINK_TOKEN_PATTERN, "Deze link werkt niet (meer)."), name, email, password: newPassword, confirm: line() })
  .refine((v) => v.password === v.confirm, samePasswordTwice);
export type FirstAdminInput = z.infer<typeof firstAdminSchema>;

export const shellAdminSchema = z.object({ name, email });
export type ShellAdminInput = z.infer<typeof shellAdminSchema>;
