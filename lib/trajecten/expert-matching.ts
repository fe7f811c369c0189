import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { getQuestionnaireContent } from "@/lib/questionnaires/queries";
import { loadSubmittedResponses } from "@/lib/scan/results/responses";
import { scoreScan } from "@/lib/scan/scoring/scoring";
import { assertTrajectCapability } from "@/lib/auth/guard";

/**
 * Experts to choose from, those whose experience themes fit the scan's aandachtspunten first
 * (DOMAIN: "match the tandem to the results"). Without a scan yet, all experts in name order.
 */
export async function listExpertsForTraject({ actor, trajectId }: { actor: Actor; trajectId: string }) {
  await assertTrajectCapability({ actor, trajectId, capability: "traject:plan" });
  const traject = await db().traject.findUniqueOrThrow({
    where: { id: trajectId },
    select: { questionnaireId: true, assignments: { select: { expertId: true, status: true } } },
  });
  let focusThemes: string[] = [];
  if (traject.questionnaireId) {
    const questionnaire = await getQuestionnaireContent(traject.questionnaireId);
    const responses = await loadSubmittedResponses(trajectId, traject.questionnaireId);
    focusThemes = scoreScan(
      questionnaire,
      responses.map((r) => r.input),
    ).aandachtspunten.map((a) => a.theme);
  }
  const experts = await db().user.findMany({
    where: { role: "EXPERT", active: true },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      expertProfile: { select: { experienceThemes: true, region: true, availability: true, certified: true } },
    },
  });
  const assigned = new Map(traject.assignments.map((a) => [a.expertId, a.status]));
  return experts
    .map((e) => {
      const themes = e.expertProfile?.experienceThemes ?? [];
      return { ...e, matches: focusThemes.filter((t) => themes.includes(t)), assignment: assigned.get(e.id) ?? null };
    })
    .sort((a, b) => b.matches.length - a.matches.length || a.name.localeCompare(b.name, "nl"));
}
export type ExpertOption = Awaited<ReturnType<typeof listExpertsForTraject>>[number];
