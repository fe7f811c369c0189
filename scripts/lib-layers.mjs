// The layers of lib/ (ARCHITECTURE.md "Layers"), lowest first. eslint.config.mjs turns them into
// import/no-restricted-paths zones; tests/unit/layers.test.ts checks that every lib folder is in
// exactly one list and that no two folders import each other.
// - PLATFORM: no domain words, usable by any feature.
// - AUTH: the one decision on who may do what (ADR 004); every feature and the platform's request
//   machinery ask it.
// - PLATFORM_SERVICES: the request machinery (actions, http), mail and the scheduler; they act for a
//   person, so they may ask auth. scheduler/jobs.ts is the one composition root: its job list names
//   the features' jobs.
// - FEATURES: each may import the platform and the features before it, never one after it. A new
//   folder goes where its imports allow, as early as it can.
export const PLATFORM = [
  "errors.ts",
  "dates.ts",
  "zod.ts",
  "env.ts",
  "link-token-pattern.ts",
  "link-tokens.ts",
  "db",
  "security",
  "rate-limit",
  "audit",
  "format",
  "pdf",
  "calendar",
  "live",
];
export const AUTH = ["auth"];
export const PLATFORM_SERVICES = ["actions", "http", "organisation", "mail", "scheduler"];
export const FEATURES = [
  "health-check",
  "questionnaires",
  "content",
  "library",
  "guidance",
  "worksheets",
  "certificates",
  "experts",
  "compensation",
  "monitoring",
  "logbook",
  "demo",
  "annotations",
  "debriefs",
  "employers",
  "scan",
  "gedragscode",
  "users",
  "training",
  "setup",
  "board",
  "followup",
  "trajecten",
  "sessions",
  "room",
  "report",
  "tandem",
  "planning",
  "preparation",
  "privacy",
  "tasks",
];
