import type { PrismaClient } from "@/lib/generated/prisma/client";
import questionnaireJson from "@/prisma/data/mhb-2025.json";
import solutionsJson from "@/prisma/data/oplossingsrichtingen.json";
import guidelinesJson from "@/prisma/data/werkwijze.json";

// The content every installation needs, demo or not: the 2025 questionnaire, the
// oplossingsrichtingen library and the method's do's and don'ts for the preparation cards. `npm start` runs this on every database (scripts/prepare-database.ts).
// Idempotent, and it never overwrites: what an admin edited or switched off stays as it is; an entry
// that is new in a later release is added. Not server-only: the seeds and tests use it too.

/** Installs what is missing of the bundled questionnaire (version 1 of "mhb-2025") and library; returns the questionnaire. */
export async function installBundledContent(prisma: PrismaClient) {
  // one statement (ON CONFLICT DO NOTHING): an existing key is left exactly as it is
  await prisma.solution.createMany({
    data: solutionsJson.entries.map((s) => ({
      key: s.key,
      title: s.title,
      description: s.description,
      themes: s.themes,
      forAllThemes: s.forAllThemes,
    })),
    skipDuplicates: true,
  });
  await prisma.methodGuideline.createMany({
    data: guidelinesJson.entries.map((g, position) => ({
      key: g.key,
      kind: g.kind as "DO" | "DONT" | "PRINCIPLE",
      title: "title" in g ? g.title : null,
      text: g.text,
      position,
    })),
    skipDuplicates: true,
  });
  const itemCount = questionnaireJson.themes.reduce((n, t) => n + t.items.length, 0);
  return prisma.questionnaire.upsert({
    where: { key_version: { key: questionnaireJson.id, version: 1 } },
    update: {},
    create: { key: questionnaireJson.id, version: 1, title: questionnaireJson.title, content: questionnaireJson, itemCount },
  });
}
