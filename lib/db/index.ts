export { db, closeDb, setDb, rawQuery, pgRawQuery, embeddedDatabase, withAdvisoryLock, listenTarget, type RawQuery } from "./client";
export type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
/** The client or a transaction: for reads that must also work inside a caller's transaction. */
export type DbClient = PrismaClient | Prisma.TransactionClient;
/** A transaction, for functions that write in their caller's transaction (one alias, not one per file). */
export type Tx = Prisma.TransactionClient;

/** A write refused by a unique index (Prisma P2002): two people did the same thing at once. */
export const isUniqueViolation = (e: unknown): boolean =>
  typeof e === "object" && e !== null && "code" in e && (e as { code: unknown }).code === "P2002";
