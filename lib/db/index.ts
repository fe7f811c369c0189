export { db, closeDb, setDb } from "./client";
export type { PrismaClient } from "@/lib/generated/prisma/client";
