// The one authorization decision: what may this actor do, given what they are to the record?
// Pure and client-safe, so pages show exactly the controls the server accepts: every mutation asserts
// the same answer through lib/auth/guard.ts. The tables below are written out in full (no role gets
// "everything"), and docs/decisions/004-capabilities.md shows them; a test checks that both agree.
import type { Actor, Role } from "./roles";

/**
 * What an actor can be to one traject. An actor has at most one of these. An employer user whose key
 * person at the employer is its *confirmed* directie is `employerDirectie` (all an employer user may, and
 * more: only the directie confirms the signers and reopens an adopted gedragscode); every other user of
 * the employer, an unconfirmed directie too, `employerUser`.
 */
export const TRAJECT_RELATIONS = ["trainer", "expertInvited", "expertAccepted", "employerUser", "employerDirectie", "admin"] as const;
export type TrajectRelation = (typeof TRAJECT_RELATIONS)[number];

/** Capabilities that need no record: workspaces and the app's own administration. */
export const GLOBAL_CAPABILITIES = [
  "workspace:beheer",
  "workspace:trainer",
  "workspace:expert",
  "workspace:werkgever",
  "traject:create",
  "outbox:read",
  "outbox:readAll",
  "questionnaire:import",
  "user:manage",
  "audit:read",
  "privacy:manage",
  "demo:remove",
  "library:edit",
  "scheduler:manage",
  "profile:own",
  "pacing:own",
  "storyGuide:read",
  "account:own",
  "employer:list",
  "employer:create",
  "compensation:claim",
  "compensation:manage",
  "guidance:edit",
  "trajectDebrief:readAll",
  "worksheets:read",
  "organisation:manage",
  "candidate:manage",
  "cohort:manage",
  "attendance:record",
  "training:own",
] as const;
export type GlobalCapability = (typeof GLOBAL_CAPABILITIES)[number];

/** Capabilities on one traject; who holds them follows from the relation to that traject. */
export const TRAJECT_CAPABILITIES = [
  "traject:view",
  "traject:plan",
  "invitation:manage",
  "response:reopen",
  "results:read",
  "results:readPerRespondent",
  "results:snapshot",
  "annotation:readTandem",
  "annotation:write",
  "gedragscode:read",
  "gedragscode:edit",
  "report:download",
  "traject:reassign",
  "request:respond",
  "tandem:stepBack",
  "debrief:write",
  "preparation:read",
  "compensation:approve",
  "gedragscode:signers",
  "gedragscode:sign",
  "gedragscode:reopen",
  "steps:follow",
  "followUp:plan",
  "trajectDebrief:write",
  "gedragscode:confirmSigners",
  "directie:confirm",
  "worksCouncil:state",
  "scan:ownLink",
  "gedragscode:requestSignatures",
  "room:facilitate",
] as const;
export type TrajectCapability = (typeof TRAJECT_CAPABILITIES)[number];

export type Capability = GlobalCapability | TrajectCapability | EmployerCapability;

const GLOBAL_TABLE: Record<GlobalCapability, readonly Role[]> = {
  "workspace:beheer": ["ADMIN"],
  "workspace:trainer": ["TRAINER"],
  "workspace:expert": ["EXPERT"],
  "workspace:werkgever": ["EMPLOYER"],
  "traject:create": ["TRAINER"],
  "outbox:read": ["ADMIN", "TRAINER"],
  "outbox:readAll": ["ADMIN"],
  "questionnaire:import": ["ADMIN"],
  "user:manage": ["ADMIN"],
  "audit:read": ["ADMIN"],
  // AVG: export everything about one employer, erase an employer or one respondent (docs/privacy.md)
  "privacy:manage": ["ADMIN"],
  "demo:remove": ["ADMIN"],
  // the oplossingsrichtingen library (content, not a traject's data)
  "library:edit": ["ADMIN"],
  // the recurring jobs, failed mails and the SMTP test
  "scheduler:manage": ["ADMIN"],
  // the expert's own profile (themes, region, availability, introduction)
  "profile:own": ["EXPERT"],
  // the expert's own pace: a pause without a reason, how many trajects at once (ADR 037)
  "pacing:own": ["EXPERT"],
  // the guide for preparing the story they tell: read and printed, never filled in here (ADR 037)
  "storyGuide:read": ["EXPERT"],
  "account:own": ["ADMIN", "TRAINER", "EXPERT", "EMPLOYER"],
  // the employers page: a trainer sees their own (employerScope), the admin all
  "employer:list": ["ADMIN", "TRAINER"],
  // whoever creates an employer becomes its responsible trainer
  "employer:create": ["TRAINER"],
  // an expert claims time and travel for the held sessions they were in the tandem for (claimableSessionScope)
  "compensation:claim": ["EXPERT"],
  // rates, yearly caps, every claim, marking paid and the export for finance
  "compensation:manage": ["ADMIN"],
  // the method's do's and don'ts on the preparation cards (content, like the library)
  "guidance:edit": ["ADMIN"],
  // what trainers and experts recorded at closing about what worked for the method: ECIO's, for the programme view
  "trajectDebrief:readAll": ["ADMIN"],
  // the worksheets (werkbladen): generic instruments, no traject's data, for the tandem, the employer's
  // people and the admin; filled in on paper or in the employer's own systems (ADR 027)
  "worksheets:read": ["ADMIN", "TRAINER", "EXPERT", "EMPLOYER"],
  // the organisation behind the app: its names, contact details, mail sender and logo (ADR 025)
  "organisation:manage": ["ADMIN"],
  // candidates for the experts' training: recording them, their status, starting them in a cohort and
  // the programme's figures on recruitment (ADR 034); what is stored about them is the programme's only
  "candidate:manage": ["ADMIN"],
  // training cohorts (issue 27): their sessions, trainers and participants, and confirming completion
  "cohort:manage": ["ADMIN"],
  // attendance at a cohort's training sessions: the admin, and a trainer only for the cohorts they train (cohortScope)
  "attendance:record": ["ADMIN", "TRAINER"],
  // the expert's own cohort: its sessions (dates, place) and their attendance
  "training:own": ["EXPERT"],
};

// An invited expert sees the request: the employer's name, the werkvloer and the dates, nothing of
// the scan. Only once they accept do they see results, write reflections and appear in the report.
// The admin oversees the programme (aggregated results, the report) but does not plan, annotate or
// draft: that is the tandem's and the employer's work, and per-respondent answers stay with the tandem.
const TRAJECT_TABLE: Record<TrajectCapability, readonly TrajectRelation[]> = {
  "traject:view": ["trainer", "expertInvited", "expertAccepted", "employerUser", "employerDirectie", "admin"],
  "traject:plan": ["trainer"],
  "invitation:manage": ["trainer"],
  "response:reopen": ["trainer"],
  "results:read": ["trainer", "expertAccepted", "employerUser", "employerDirectie", "admin"],
  "results:readPerRespondent": ["trainer", "expertAccepted"],
  // a new employer view of the results after the one taken at closing (docs/privacy.md#snapshots)
  "results:snapshot": ["trainer"],
  "annotation:readTandem": ["trainer", "expertAccepted"],
  "annotation:write": ["expertAccepted"],
  "gedragscode:read": ["trainer", "expertAccepted", "employerUser", "employerDirectie", "admin"],
  "gedragscode:edit": ["trainer", "expertAccepted", "employerUser", "employerDirectie"],
  "report:download": ["trainer", "expertAccepted", "employerUser", "employerDirectie", "admin"],
  // e.g. when a trainer leaves: the admin hands the traject to another trainer
  "traject:reassign": ["admin"],
  // the expert is asked: they accept or decline (no reason asked) …
  "request:respond": ["expertInvited"],
  // … and, once on board, may step back at any time, again without explaining
  "tandem:stepBack": ["expertAccepted"],
  // the tandem looks back after each held session; what the expert shares is their choice (lib/debriefs)
  "debrief:write": ["trainer", "expertAccepted"],
  // the tandem's preparation card per session: it holds the expert's own annotations, so not the employer's
  "preparation:read": ["trainer", "expertAccepted"],
  // the trainer approves the expert's claims for their traject; the admin too (and marks them paid)
  "compensation:approve": ["trainer", "admin"],
  // who must sign the code for the employer (default directie, HR and OR) and their signing links
  "gedragscode:signers": ["trainer", "employerUser", "employerDirectie"],
  // the code is the employer's own: only its people sign (and only those named as signers) …
  "gedragscode:sign": ["employerUser", "employerDirectie"],
  // … and only its directie reopens an adopted code; the tandem drafts but never signs, adopts or reopens
  "gedragscode:reopen": ["employerDirectie"],
  // after the sessions (lib/followup): the employer's people and the trainer keep the next steps and
  // the afspraken's statuses up to date and add steps, also after closing; the expert's part is done
  "steps:follow": ["trainer", "employerUser", "employerDirectie"],
  // the follow-up moment and the follow-up scan rounds: the trainer's, like the rest of the planning
  "followUp:plan": ["trainer"],
  // at closing the tandem records what worked for the method (read by ECIO's admins only)
  "trajectDebrief:write": ["trainer", "expertAccepted"],
  // "Klaar om te tekenen": the tandem, who drafted the text, says when it is ready and the signers are asked
  "gedragscode:requestSignatures": ["trainer", "expertAccepted"],
  // the signer list is the employer's: anyone who may propose it does, only its confirmed directie makes it count
  "gedragscode:confirmSigners": ["employerDirectie"],
  // a confirmed directie confirms another directie key person of its employer (the first: the admin, employer table)
  "directie:confirm": ["employerDirectie"],
  // whether the employer has an OR (then the OR signs the code too)
  "worksCouncil:state": ["employerDirectie"],
  // an employer user invited to fill the scan asks for their own link again (lib/scan/invitations/own.ts):
  // only ever for an invitation to their own address, and only to that address
  "scan:ownLink": ["employerUser", "employerDirectie"],
  // session 2's participation from phones (ADR 029): the tandem opens and closes it, steers the projector,
  // groups the room's cards, sets the votes and ends the session with its summary
  "room:facilitate": ["trainer", "expertAccepted"],
};

/**
 * Someone in session 2's room on their phone, without an account (ADR 029): what they may do follows from
 * the room's phase alone, never from a role. While it is open they follow it, add cards and vote; once the
 * facilitator ended it with the summary they only read that; closed or expired, nothing.
 */
export const ROOM_PHASES = ["open", "summarised"] as const;
export type RoomPhase = (typeof ROOM_PHASES)[number];

export const PARTICIPANT_CAPABILITIES = ["room:follow", "card:add", "vote:cast"] as const;
export type ParticipantCapability = (typeof PARTICIPANT_CAPABILITIES)[number];

const PARTICIPANT_TABLE: Record<ParticipantCapability, readonly RoomPhase[]> = {
  "room:follow": ["open", "summarised"],
  "card:add": ["open"],
  "vote:cast": ["open"],
};

/** A participant's capabilities in a room of this phase (null: closed or expired, so none). */
export function participantCapabilities(phase: RoomPhase | null): ReadonlySet<ParticipantCapability> {
  return new Set(PARTICIPANT_CAPABILITIES.filter((c) => phase !== null && PARTICIPANT_TABLE[c].includes(phase)));
}

/** What an actor can be to one employer: its responsible trainer, a trainer with a traject there, or the admin. */
export const EMPLOYER_RELATIONS = ["responsibleTrainer", "trajectTrainer", "admin"] as const;
export type EmployerRelation = (typeof EMPLOYER_RELATIONS)[number];

/** Capabilities on one employer record (its details, werkvloeren and key persons). */
export const EMPLOYER_CAPABILITIES = [
  "employer:view",
  "employer:edit",
  "keyPerson:manage",
  "employer:reassign",
  "directie:confirmFirst",
] as const;
export type EmployerCapability = (typeof EMPLOYER_CAPABILITIES)[number];

// Trainers see and edit the employers they are responsible for or have a traject with; the admin all,
// and only the admin hands an employer to another trainer.
const EMPLOYER_TABLE: Record<EmployerCapability, readonly EmployerRelation[]> = {
  "employer:view": ["responsibleTrainer", "trajectTrainer", "admin"],
  "employer:edit": ["responsibleTrainer", "trajectTrainer", "admin"],
  "keyPerson:manage": ["responsibleTrainer", "trajectTrainer", "admin"],
  "employer:reassign": ["admin"],
  // ECIO, not the tandem, confirms an employer's first directie key person (issue 20)
  "directie:confirmFirst": ["admin"],
};

export const EMPLOYER_RELATION_ROLE: Record<EmployerRelation, Role> = {
  responsibleTrainer: "TRAINER",
  trajectTrainer: "TRAINER",
  admin: "ADMIN",
};

/** The facts about an employer that decide a relation. */
export interface EmployerFacts {
  responsibleTrainerId: string | null;
  /** The trainers of its trajects (at least the actor, when they have one there). */
  trajectTrainerIds: readonly string[];
}

/** What the actor is to this employer, or null: then the employer does not exist for them. */
export function relationToEmployer(actor: Actor | null | undefined, employer: EmployerFacts): EmployerRelation | null {
  if (!actor) return null;
  switch (actor.role) {
    case "ADMIN":
      return "admin";
    case "TRAINER":
      if (employer.responsibleTrainerId === actor.id) return "responsibleTrainer";
      return employer.trajectTrainerIds.includes(actor.id) ? "trajectTrainer" : null;
    default:
      return null;
  }
}

/** The role each relation requires: a relation never comes from data alone. */
export const RELATION_ROLE: Record<TrajectRelation, Role> = {
  trainer: "TRAINER",
  expertInvited: "EXPERT",
  expertAccepted: "EXPERT",
  employerUser: "EMPLOYER",
  employerDirectie: "EMPLOYER",
  admin: "ADMIN",
};

// The two expert relations, defined once. Declined and withdrawn assignments give no relation.
export const EXPERT_STATUS_RELATION = { INVITED: "expertInvited", ACCEPTED: "expertAccepted" } as const;
export type ExpertRelationStatus = keyof typeof EXPERT_STATUS_RELATION;
/** Asked or on board: may see the request and the employer's name and dates. */
export const EXPERT_INVITED_OR_ACCEPTED: readonly ExpertRelationStatus[] = ["INVITED", "ACCEPTED"];
/** On board: sees results, annotates, appears in the report. */
export const EXPERT_ACCEPTED: readonly ExpertRelationStatus[] = ["ACCEPTED"];
export const isInvitedOrAccepted = (status: string): boolean => (EXPERT_INVITED_OR_ACCEPTED as readonly string[]).includes(status);
export const isAccepted = (status: string): boolean => (EXPERT_ACCEPTED as readonly string[]).includes(status);

/** The key-person function that makes an employer user the directie. */
export const DIRECTIE = "DIRECTIE";

/** The facts about a traject that decide a relation. */
export interface TrajectFacts {
  trainerId: string;
  employerId: string;
  /** At least the actor's own assignment, when they have one. */
  assignments: readonly { expertId: string; status: string }[];
  /** The function of the actor's own key person at the traject's employer, when they have one. */
  actorFunction?: string | null;
  /** Whether the employer confirmed that key person as its directie (the tandem cannot make one). */
  actorDirectieConfirmed?: boolean;
}

/** What the actor is to this traject, or null: then the traject does not exist for them. */
export function relationTo(actor: Actor | null | undefined, traject: TrajectFacts): TrajectRelation | null {
  if (!actor) return null;
  switch (actor.role) {
    case "ADMIN":
      return "admin";
    case "TRAINER":
      return traject.trainerId === actor.id ? "trainer" : null;
    case "EXPERT": {
      const own = traject.assignments.find((a) => a.expertId === actor.id);
      return own && Object.hasOwn(EXPERT_STATUS_RELATION, own.status) ? EXPERT_STATUS_RELATION[own.status as ExpertRelationStatus] : null;
    }
    case "EMPLOYER":
      if (actor.employerId === null || traject.employerId !== actor.employerId) return null;
      return traject.actorFunction === DIRECTIE && traject.actorDirectieConfirmed === true ? "employerDirectie" : "employerUser";
    default:
      return null;
  }
}

export type CapabilityContext = { traject?: TrajectRelation | null; employer?: EmployerRelation | null } | undefined;

export interface Capabilities {
  has(capability: Capability): boolean;
  readonly list: readonly Capability[];
}

/**
 * Everything the actor may do: the global capabilities of their role, plus, with a traject context,
 * those their relation to that traject grants. Deny by default: no actor, an unknown role or no
 * relation gives nothing.
 */
export function capabilitiesFor(actor: Pick<Actor, "role"> | null | undefined, context?: CapabilityContext): Capabilities {
  const list: Capability[] = [];
  if (actor) {
    for (const c of GLOBAL_CAPABILITIES) if (GLOBAL_TABLE[c].includes(actor.role)) list.push(c);
    const relation = context?.traject ?? null;
    if (relation && RELATION_ROLE[relation] === actor.role) {
      for (const c of TRAJECT_CAPABILITIES) if (TRAJECT_TABLE[c].includes(relation)) list.push(c);
    }
    const employerRelation = context?.employer ?? null;
    if (employerRelation && EMPLOYER_RELATION_ROLE[employerRelation] === actor.role) {
      for (const c of EMPLOYER_CAPABILITIES) if (EMPLOYER_TABLE[c].includes(employerRelation)) list.push(c);
    }
  }
  const set = new Set<Capability>(list);
  return { has: (c) => set.has(c), list };
}

// A second factor at login (docs/decisions/019-second-factor.md): required for the roles that reach
// every employer's data (the admin) or many (trainers); optional, offered on Mijn account, for the rest.
const SECOND_FACTOR_REQUIRED: Record<Role, boolean> = { ADMIN: true, TRAINER: true, EXPERT: false, EMPLOYER: false };

/** Whether this actor may do nothing until they have set up a second factor. */
export const requiresSecondFactor = (actor: Pick<Actor, "role">): boolean => SECOND_FACTOR_REQUIRED[actor.role] ?? false;

// Idle timeout of a login (docs/decisions/005-jwt-sessions.md): short for the admin, who holds every
// employer's data; a working day's part for the rest, whose screens stay open through a meeting.
const IDLE_MINUTES: Record<Role, number> = { ADMIN: 30, TRAINER: 240, EXPERT: 240, EMPLOYER: 240 };

/** How long a login of this actor may go unused before it ends (beside the 12-hour absolute end). */
export const idleTimeoutSecondsOf = (actor: Pick<Actor, "role">): number => (IDLE_MINUTES[actor.role] ?? 30) * 60;

/** The relations that hold a traject capability (lib/auth/scopes.ts turns them into a query). */
export const relationsWith = (capability: TrajectCapability): readonly TrajectRelation[] => TRAJECT_TABLE[capability];

/** The relations that hold an employer capability. */
export const employerRelationsWith = (capability: EmployerCapability): readonly EmployerRelation[] => EMPLOYER_TABLE[capability];

/** The roles that hold a global capability. */
export const rolesWith = (capability: GlobalCapability): readonly Role[] => GLOBAL_TABLE[capability];

export const isTrajectCapability = (c: Capability): c is TrajectCapability => (TRAJECT_CAPABILITIES as readonly string[]).includes(c);
