export { db, closeDb, setDb, rawQuery, pgRawQuery, type RawQuery } from "./client";
export type { PrismaClient } from "@/lib/generated/prisma/client";
