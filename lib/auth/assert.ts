import { AppError } from "@/lib/errors";
import { can, type Actor, type Permission } from "./permissions";

// Domain functions take the actor explicitly and call this; no session lookups below lib/auth.
export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw new AppError("FORBIDDEN", "U heeft geen toegang tot deze handeling.");
}
