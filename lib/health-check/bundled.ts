import bundled from "@/prisma/data/gezondheidscheck.json";
import { z } from "@/lib/zod";

// The bundled word list (prisma/data/gezondheidscheck.json): the two term lists until an admin edits
// them (lib/health-check/term-list.ts), and the first names, which are fixed.
const schema = z.object({ strong: z.array(z.string()), near: z.array(z.string()), firstNames: z.array(z.string()) });
const parsed = schema.parse(bundled);

export const BUNDLED_TERMS = { strong: parsed.strong, near: parsed.near } as const;
export const FIRST_NAMES: readonly string[] = parsed.firstNames;
