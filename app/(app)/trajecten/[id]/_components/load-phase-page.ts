import "server-only";
import { forbidden } from "next/navigation";
import { orNotFound, requireActorPage } from "@/lib/auth/session";
import { getTrajectForActor } from "@/lib/trajecten/queries";
import type { Can } from "./phase-links";

/**
 * A phase page's start: the signed-in actor and the traject as they may see it (404 without a
 * relation, as the overview), then the 403 page for a relation that has no part on this page.
 */
export async function loadPhasePage(params: Promise<{ id: string }>, may: (can: Can) => boolean) {
  const { id } = await params;
  const actor = await requireActorPage();
  const { traject, access } = await orNotFound(getTrajectForActor({ actor, trajectId: id }));
  const can: Can = access.capabilities.has;
  if (!may(can)) forbidden();
  return { id, actor, traject, can };
}
