export { db, closeDb, setDb, rawQuery, pgRawQuery, embeddedDatabase, withAdvisoryLock, type RawQuery } from "./client";
export type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
/** The client or a transaction: for reads that must also work inside a caller's transaction. */
export type DbClient = PrismaClient | Prisma.TransactionClient;
