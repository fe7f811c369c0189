import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { assertCapability, assertTrajectCapability } from "@/lib/auth/guard";
import { trajectScope } from "@/lib/auth/scopes";
import { worksheetsForClause, worksheetsNamedIn } from "@/lib/worksheets/links";
import type { WorksheetKey } from "@/lib/worksheets/schema";
import { isPastDue } from "./due";
import { OPEN_STEP_STATUSES, type FollowUpKind, type StepStatusKey } from "./labels";

// Reading the follow-up list (lib/followup/steps.ts explains the model and re-exports these).

/** The list holds the code's afspraken, so whoever reads the code sees it (an invited expert does not). */
const READ = "gedragscode:read";
/** An afspraak's status before anyone set one (no ClauseFollowUp row yet): version 1, the column's default. */
export const INITIAL_FOLLOW_UP = {
  status: "OPEN",
  version: 1,
  statusNote: null,
  statusChangedAt: null,
  statusChangedByName: null,
} as const;

export interface FollowUpItem {
  kind: FollowUpKind;
  id: string;
  trajectId: string;
  /** A step's text; an afspraak's title */
  text: string;
  /** An afspraak's body; null for a step */
  body: string | null;
  owner: string | null;
  /** The Amsterdam day it is due (stored at 12:00 Amsterdam): a step's dueDate, an afspraak's startDate */
  dueDate: Date | null;
  status: StepStatusKey;
  statusNote: string | null;
  statusChangedAt: Date | null;
  statusChangedByName: string | null;
  version: number;
  /** Still open after its due day (lib/followup/due.ts) */
  overdue: boolean;
  /** The worksheets that support it: an afspraak's (lib/worksheets/links.ts), or those a step's words name */
  worksheets: WorksheetKey[];
}

const followUpFields = { status: true, statusNote: true, statusChangedAt: true, statusChangedByName: true, version: true } as const;
const trajectLabel = { select: { id: true, employer: { select: { name: true } }, werkvloer: { select: { name: true } } } } as const;

/** Every step and owned afspraak of the trajects `where` selects, by due date (none last). No capability check: callers made theirs. */
async function loadItems({ where, openOnly, now }: { where: Prisma.TrajectWhereInput; openOnly: boolean; now: Date }) {
  const open = { in: [...OPEN_STEP_STATUSES] };
  const [steps, clauses] = await Promise.all([
    db().nextStep.findMany({
      where: { traject: where, ...(openOnly ? { status: open } : {}) },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, text: true, owner: true, dueDate: true, ...followUpFields, traject: trajectLabel },
    }),
    db().gedragscodeClause.findMany({
      where: {
        owner: { not: null },
        gedragscode: { traject: where },
        ...(openOnly ? { OR: [{ followUp: null }, { followUp: { status: open } }] } : {}),
      },
      orderBy: [{ section: "asc" }, { position: "asc" }],
      select: {
        id: true,
        section: true,
        solutionKey: true,
        title: true,
        body: true,
        owner: true,
        startDate: true,
        followUp: { select: followUpFields },
        gedragscode: { select: { traject: trajectLabel } },
      },
    }),
  ]);
  const items = [
    ...steps.map((s) => ({
      kind: "step" as const,
      id: s.id,
      text: s.text,
      body: null,
      owner: s.owner,
      dueDate: s.dueDate,
      ...pick(s),
      worksheets: worksheetsNamedIn(s.text),
      traject: s.traject,
    })),
    ...clauses.map((c) => ({
      kind: "clause" as const,
      id: c.id,
      text: c.title,
      body: c.body,
      owner: c.owner,
      dueDate: c.startDate,
      ...pick(c.followUp ?? INITIAL_FOLLOW_UP),
      worksheets: worksheetsForClause(c),
      traject: c.gedragscode.traject,
    })),
  ].map(({ traject, ...item }) => ({
    item: { ...item, trajectId: traject.id, overdue: isPastDue(item, now) } satisfies FollowUpItem,
    traject,
  }));
  // a stable sort: steps in their order, then afspraken in the code's, within one due day
  return items.sort((a, b) => dueTime(a.item) - dueTime(b.item));
}

const pick = (f: {
  status: string;
  statusNote: string | null;
  statusChangedAt: Date | null;
  statusChangedByName: string | null;
  version: number;
}) => ({
  status: f.status as StepStatusKey,
  statusNote: f.statusNote,
  statusChangedAt: f.statusChangedAt,
  statusChangedByName: f.statusChangedByName,
  version: f.version,
});
const dueTime = (item: { dueDate: Date | null }) => item.dueDate?.getTime() ?? Number.POSITIVE_INFINITY;

/** The follow-up list of one traject, for everyone who reads its gedragscode. */
export async function followUpItems({ actor, trajectId, now = new Date() }: { actor: Actor; trajectId: string; now?: Date }) {
  await assertTrajectCapability({ actor, trajectId, capability: READ });
  return (await loadItems({ where: { id: trajectId }, openOnly: false, now })).map((i) => i.item);
}

/**
 * The employer's home page: what is still open (OPEN/BEZIG) across the trajects of the actor's
 * employer, by due date. Only employer accounts; the trajects come from trajectScope, so another
 * employer's user, or an account without an employer, sees nothing. A stopped traject's steps are not
 * listed.
 */
export async function openStepsForEmployerUser(actor: Actor, { now = new Date() }: { now?: Date } = {}) {
  assertCapability(actor, "workspace:werkgever");
  const where = { AND: [trajectScope(actor, "steps:follow"), { status: { not: "CANCELLED" as const } }] };
  return (await loadItems({ where, openOnly: true, now })).map(({ item, traject }) => ({
    ...item,
    trajectLabel: traject.werkvloer ? `${traject.employer.name} · ${traject.werkvloer.name}` : traject.employer.name,
  }));
}
export type OpenStep = Awaited<ReturnType<typeof openStepsForEmployerUser>>[number];
