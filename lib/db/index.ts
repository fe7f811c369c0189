export { db, closeDb, setDb, rawQuery, pgRawQuery, embeddedDatabase, type RawQuery } from "./client";
export type { PrismaClient } from "@/lib/generated/prisma/client";
