import type { PrismaClient } from "@/lib/generated/prisma/client";
import questionnaireV1 from "@/prisma/data/mhb-2025.json";
import questionnaireV2 from "@/prisma/data/mhb-2025-v2.json";
import solutionsJson from "@/prisma/data/oplossingsrichtingen.json";
import guidelinesJson from "@/prisma/data/werkwijze.json";

// The content every installation needs, demo or not: the 2025 questionnaire, the
// oplossingsrichtingen library and the method's do's and don'ts for the preparation cards. `npm start` runs this on every database (scripts/prepare-database.ts).
// Idempotent, and it never overwrites: what an admin edited or switched off stays as it is; an entry
// that is new in a later release is added. Not server-only: the seeds and tests use it too.

/**
 * The bundled versions of "mhb-2025", oldest first: index + 1 is the version. A text change is a new
 * file here, never an edit of one respondents may have used (version 2: "ervaringsdeskundige" where
 * version 1 said "experience expert", issue 24).
 */
const BUNDLED_QUESTIONNAIRE_VERSIONS = [questionnaireV1, questionnaireV2];
/** The newest bundled questionnaire: what a new traject gets on a database without an admin's own import. */
export const BUNDLED_QUESTIONNAIRE = questionnaireV2;
export const BUNDLED_QUESTIONNAIRE_VERSION = BUNDLED_QUESTIONNAIRE_VERSIONS.length;

/** Installs what is missing of the bundled questionnaire versions and library; returns the newest bundled version. */
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
  // A bundled entry a later release rewords gets a new key; the old one is switched off, but only where
  // the admin never touched it (version 1, the bundled text): an edited or own entry stays as it is.
  for (const old of guidelinesJson.retired)
    await prisma.methodGuideline.updateMany({ where: { key: old.key, version: 1, text: old.text, active: true }, data: { active: false } });
  let previous: { createdAt: Date } | null = null;
  let installed = null;
  for (const [index, content] of BUNDLED_QUESTIONNAIRE_VERSIONS.entries()) {
    const version = index + 1;
    const itemCount = content.themes.reduce((n, t) => n + t.items.length, 0);
    // A bundled version counts as made just after the one before it: on a database where an admin later
    // imported a questionnaire of their own, that import stays the newest (what new trajects get).
    const createdAt: Date = previous ? new Date(previous.createdAt.getTime() + 1) : new Date();
    // An existing (key, version) is left as it is, even an admin's own import under this number.
    installed = await prisma.questionnaire.upsert({
      where: { key_version: { key: content.id, version } },
      update: {},
      create: { key: content.id, version, title: content.title, content, itemCount, createdAt, bundled: true },
    });
    previous = installed;
  }
  return installed!;
}
