import path from "node:path";
import { z } from "@/lib/zod";

/**
 * The floor of PRIVACY_MIN_RESPONDENTS: fewer respondents than this never see answers per statement,
 * self-grades or texts, whatever is configured (docs/privacy.md). A setting may only raise it; the
 * scan's privacy rules (lib/scan/results/privacy.ts) enforce it again on every view.
 */
export const PRIVACY_MIN_RESPONDENTS = 3;

// The only place that reads process.env. Every value has a default so the app starts with no
// configuration: embedded database, mail into the outbox.
const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  PGLITE_DIR: z.string().default(path.join(".data", "pglite")),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Weerbare Werkgever <noreply@weerbarewerkgever.nl>"),
  APP_URL: z.string().url().default("http://localhost:3000"),
  INVITATION_DAYS: z.coerce.number().int().min(1).max(365).default(21),
  /** Days after "Klaar om te tekenen" (and between reminders) before a signer who has not signed is reminded. */
  SIGNING_REMINDER_DAYS: z.coerce.number().int().min(1).max(60).default(4),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  NODE_ENV: z.string().default("development"),
  /** Signs session cookies and derives the scheduler token; npm start generates one locally. */
  NEXTAUTH_SECRET: z.string().min(1).optional(),
  /** Respondents needed before an employer sees answers per statement, self-grades and texts (docs/privacy.md); only upwards. */
  PRIVACY_MIN_RESPONDENTS: z.coerce.number().int().min(PRIVACY_MIN_RESPONDENTS).max(1000).default(PRIVACY_MIN_RESPONDENTS),
  /** The header a trusted reverse proxy sets with the client's address (e.g. x-forwarded-for); unset: the socket. */
  TRUST_PROXY: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,64}$/)
    .optional(),
  /** The app's own scheduler (reminders, mail retries, retention): on unless "0" (docs/operations.md#recurring-jobs). */
  IN_APP_SCHEDULER: z.enum(["0", "1"]).optional(),
  /** Demo data on an empty database: on by default for the embedded database, off with DATABASE_URL unless "1" (docs/operations.md). */
  SEED_DEMO: z.enum(["0", "1"]).optional(),
  /** Days after a traject's scan closed before respondents' names and e-mail addresses are removed (docs/privacy.md#bewaren). */
  RESPONDENT_RETENTION_DAYS: z.coerce.number().int().min(30).max(3650).default(365),
  KEY_PERSON_RETENTION_DAYS: z.coerce.number().int().min(90).max(3650).default(730),
  /** Autosaves per minute from one client address (or IPv6 /64) across all links: a whole office behind one address. */
  SCAN_AUTOSAVE_PER_CLIENT_PER_MINUTE: z.coerce.number().int().min(60).max(1_000_000).default(6000),
  /** Scan page views and form posts per minute from one client address (or IPv6 /64). */
  SCAN_PAGES_PER_CLIENT_PER_MINUTE: z.coerce.number().int().min(60).max(1_000_000).default(2400),
  /** `npm run db:backup` encrypts to these age public keys (age1…, comma-separated); docs/operations.md#back-ups-versleutelen. */
  BACKUP_AGE_RECIPIENT: z.string().optional(),
  /** `npm run db:restore` decrypts with the age identity in this file (kept apart from the backups). */
  BACKUP_AGE_IDENTITY_FILE: z.string().optional(),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;
export function env(): Env {
  cached ??= envSchema.parse({
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL || undefined,
    SMTP_URL: process.env.SMTP_URL || undefined,
    SIGNING_REMINDER_DAYS: process.env.SIGNING_REMINDER_DAYS || undefined,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || undefined,
    TRUST_PROXY: process.env.TRUST_PROXY || undefined,
    PRIVACY_MIN_RESPONDENTS: process.env.PRIVACY_MIN_RESPONDENTS || undefined,
    SEED_DEMO: process.env.SEED_DEMO || undefined,
    IN_APP_SCHEDULER: process.env.IN_APP_SCHEDULER || undefined,
    RESPONDENT_RETENTION_DAYS: process.env.RESPONDENT_RETENTION_DAYS || undefined,
    KEY_PERSON_RETENTION_DAYS: process.env.KEY_PERSON_RETENTION_DAYS || undefined,
    SCAN_AUTOSAVE_PER_CLIENT_PER_MINUTE: process.env.SCAN_AUTOSAVE_PER_CLIENT_PER_MINUTE || undefined,
    SCAN_PAGES_PER_CLIENT_PER_MINUTE: process.env.SCAN_PAGES_PER_CLIENT_PER_MINUTE || undefined,
    BACKUP_AGE_RECIPIENT: process.env.BACKUP_AGE_RECIPIENT || undefined,
    BACKUP_AGE_IDENTITY_FILE: process.env.BACKUP_AGE_IDENTITY_FILE || undefined,
    APP_URL: process.env.APP_URL || process.env.NEXTAUTH_URL || undefined,
  });
  return cached;
}
