import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, notFound, redirect } from "next/navigation";
import { db } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import { assertCan } from "./assert";
import { authOptions } from "./options";
import { can, type Actor, type Permission, type Role } from "./permissions";

/**
 * The signed-in actor, re-read from the database so a deactivated user or changed role takes
 * effect at once (the JWT alone would keep them in for hours).
 */
export async function getActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db().user.findUnique({ where: { id }, select: { id: true, role: true, name: true, employerId: true, active: true } });
  if (!user || !user.active) return null;
  return { id: user.id, role: user.role as Role, name: user.name, employerId: user.employerId };
}

/** Pages: no session → login; wrong role → 403 page. */
export async function requireActorPage(permission?: Permission, roles?: Role[]): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  if ((permission && !can(actor, permission)) || (roles && !roles.includes(actor.role))) forbidden();
  return actor;
}

/** Actions and route handlers: throws AppError instead of redirecting. */
export async function requireActor(permission?: Permission): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Uw sessie is verlopen. Log opnieuw in.");
  if (permission) assertCan(actor, permission);
  return actor;
}

/** Pages: a scoped lookup that says NOT_FOUND renders the 404 page; anything else is a real error. */
export async function orNotFound<T>(lookup: Promise<T>): Promise<T> {
  try {
    return await lookup;
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}
