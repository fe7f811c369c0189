import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, notFound, redirect } from "next/navigation";
import { db } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import { capabilitiesFor, type GlobalCapability } from "./capabilities";
import { assertCapability } from "./guard";
import { authOptions } from "./options";
import type { Actor, Role } from "./roles";

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

/** Pages: no session → login; without the capability → 403 page. */
export async function requireActorPage(capability?: GlobalCapability): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  if (capability && !capabilitiesFor(actor).has(capability)) forbidden();
  return actor;
}

/** Actions and route handlers: throws AppError instead of redirecting. */
export async function requireActor(capability?: GlobalCapability): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Uw sessie is verlopen. Log opnieuw in.");
  if (capability) assertCapability(actor, capability);
  return actor;
}

/**
 * Pages: a scoped lookup that says NOT_FOUND renders the 404 page, FORBIDDEN (a relation without
 * this capability) the 403 page; anything else is a real error.
 */
export async function orNotFound<T>(lookup: Promise<T>): Promise<T> {
  try {
    return await lookup;
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    if (isAppError(e) && e.code === "FORBIDDEN") forbidden();
    throw e;
  }
}
