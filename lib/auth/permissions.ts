// The one role → permission table. Pure and client-safe: the UI hides what `can` denies, the server
// enforces the same table (lib/auth/guards.ts) plus the actor's relation to the record (scoping).

export const ROLES = ["ADMIN", "TRAINER", "EXPERT", "EMPLOYER"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "traject:read",
  "traject:create",
  "traject:plan",
  "invitation:manage",
  "response:reopen",
  "results:read",
  "results:readPerRespondent",
  "annotation:write",
  "annotation:readTandem",
  "gedragscode:edit",
  "report:download",
  "outbox:read",
  "questionnaire:import",
  "user:manage",
  "audit:read",
  "account:own",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const TABLE: Record<Role, readonly Permission[]> = {
  ADMIN: PERMISSIONS,
  TRAINER: [
    "traject:read",
    "traject:create",
    "traject:plan",
    "invitation:manage",
    "response:reopen",
    "results:read",
    "results:readPerRespondent",
    "annotation:readTandem",
    "gedragscode:edit",
    "report:download",
    "outbox:read",
    "account:own",
  ],
  EXPERT: [
    "traject:read",
    "results:read",
    "results:readPerRespondent",
    "annotation:write",
    "annotation:readTandem",
    "gedragscode:edit",
    "report:download",
    "account:own",
  ],
  EMPLOYER: ["traject:read", "results:read", "gedragscode:edit", "report:download", "account:own"],
};

export interface Actor {
  id: string;
  role: Role;
  name: string;
  employerId: string | null;
}

export function can(actor: Pick<Actor, "role"> | null | undefined, permission: Permission): boolean {
  if (!actor) return false;
  return TABLE[actor.role]?.includes(permission) ?? false;
}

export const ROLE_HOME: Record<Role, string> = {
  ADMIN: "/beheer",
  TRAINER: "/trainer",
  EXPERT: "/expert",
  EMPLOYER: "/werkgever",
};

export const ROLE_LABEL: Record<Role, string> = {
  ADMIN: "Beheerder",
  TRAINER: "Trainer",
  EXPERT: "Ervaringsdeskundige",
  EMPLOYER: "Werkgever",
};
