import type { PrismaClient } from "../../lib/generated/prisma/client";
import questionnaireJson from "../data/mhb-2025.json";
import solutionsJson from "../data/oplossingsrichtingen.json";

/** The bundled questionnaire (version 1 of "mhb-2025") and the oplossingsrichtingen library. */
export async function importBundledContent(prisma: PrismaClient) {
  for (const s of solutionsJson.entries) {
    await prisma.solution.upsert({
      where: { key: s.key },
      update: {},
      create: { key: s.key, title: s.title, description: s.description, themes: s.themes, forAllThemes: s.forAllThemes },
    });
  }
  const itemCount = questionnaireJson.themes.reduce((n, t) => n + t.items.length, 0);
  return prisma.questionnaire.upsert({
    where: { key_version: { key: questionnaireJson.id, version: 1 } },
    update: {},
    create: { key: questionnaireJson.id, version: 1, title: questionnaireJson.title, content: questionnaireJson, itemCount },
  });
}
