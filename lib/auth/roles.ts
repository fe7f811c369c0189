// Who is signed in. Pure and client-safe. Roles say what someone is; what they may do is decided by
// `capabilitiesFor` (./capabilities.ts), from the role and their relation to the record.

export const ROLES = ["ADMIN", "TRAINER", "EXPERT", "EMPLOYER"] as const;
export type Role = (typeof ROLES)[number];

/** A signed-in person. */
export interface Actor {
  id: string;
  role: Role;
  name: string;
  employerId: string | null;
  /**
   * The login this actor came in with (lib/auth/logins.ts), when it came from a request; a
   * password change keeps this session and ends the others. Server-side only: never sent to a browser.
   */
  loginId?: string;
  /**
   * Set when this actor's role requires a second factor they have not set up yet (lib/auth/session.ts):
   * then they can only reach the enrolment page and its actions.
   */
  secondFactorMissing?: boolean;
}

/**
 * Work nobody asked for in person: the scheduler (reminders, mail retries). It is not a user, holds
 * no role and no capability; the functions it may call take it explicitly and say why in a comment.
 */
export interface SystemActor {
  kind: "system";
  /** Shown in the audit log. */
  label: string;
}

export const SCHEDULER: SystemActor = { kind: "system", label: "Herinneringsplanner" };

export const isSystemActor = (a: Actor | SystemActor): a is SystemActor => "kind" in a && a.kind === "system";

export const ROLE_LABEL: Record<Role, string> = {
  ADMIN: "Beheerder",
  TRAINER: "Trainer",
  EXPERT: "Ervaringsdeskundige",
  EMPLOYER: "Werkgever",
};

const ROLE_HOME: Record<Role, string> = {
  ADMIN: "/beheer",
  TRAINER: "/trainer",
  EXPERT: "/expert",
  EMPLOYER: "/werkgever",
};

/** The page someone lands on after signing in. */
export const homeOf = (actor: Pick<Actor, "role">): string => ROLE_HOME[actor.role] ?? "/login";

export const roleLabelOf = (actor: Pick<Actor, "role">): string => ROLE_LABEL[actor.role] ?? "";

/** An employer account belongs to one employer and has a function there; other accounts have neither. */
export const roleBelongsToEmployer = (role: Role): boolean => role === "EMPLOYER";

/** Expert accounts carry a profile that matching uses (lib/experts/profile.ts). */
export const roleHasExpertProfile = (role: string): boolean => role === "EXPERT";
