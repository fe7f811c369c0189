export { db, closeDb, setDb, rawQuery, type RawQuery } from "./client";
export type { PrismaClient } from "@/lib/generated/prisma/client";
