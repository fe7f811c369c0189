import { z } from "@/lib/zod";

/** "Alle demogegevens verwijderen" carries no fields. */
export const removeDemoSchema = z.object({});
