import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { getQuestionnaireContent } from "@/lib/questionnaires/queries";
import { loadSubmittedResponses } from "@/lib/scan/results/responses";
import { ensureFirstRound } from "@/lib/scan/rounds/rounds";
import { scoreScan } from "@/lib/scan/scoring/scoring";
import { assertTrajectCapability } from "@/lib/auth/guard";
import { slotsLabel } from "@/lib/experts/slots";
import { certifiedIds, certifiedWhere } from "@/lib/certificates/status";
import { expertsNotTakingNew } from "@/lib/experts/pacing";
import { NOT_TAKING_NEW } from "@/lib/experts/pacing-rules";
import { isInvitedOrAccepted } from "@/lib/auth/capabilities";

/**
 * Experts to choose from: only certified ones (a certificate that is not revoked, lib/certificates),
 * those whose experience themes fit the scan's aandachtspunten first (DOMAIN: "match the tandem to the
 * results"). Only profile data counts, and each option says why it is where it is. A paused or
 * uncertified expert is not offered (an expert already linked stays listed, so the trainer can still
 * unlink them). Without a scan yet, by name.
 * An expert whose own pause runs, or who is at their own limit, is listed last and cannot be asked
 * (`askable`), with one reason that never says which of the two, or until when (ADR 037).
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
    // matching is for the sessions: the first scan's aandachtspunten
    const round = await ensureFirstRound(db(), trajectId);
    const responses = await loadSubmittedResponses(round.id, traject.questionnaireId);
    focusThemes = scoreScan(
      questionnaire,
      responses.map((r) => r.input),
    ).aandachtspunten.map((a) => a.theme);
  }
  const assigned = new Map(traject.assignments.map((a) => [a.expertId, a.status]));
  const experts = await db().user.findMany({
    where: {
      role: "EXPERT",
      active: true,
      OR: [
        { ...certifiedWhere, OR: [{ expertProfile: { is: null } }, { expertProfile: { paused: false } }] },
        { id: { in: [...assigned.keys()] } },
      ],
    },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      expertProfile: { select: { experienceThemes: true, region: true, availability: true, slots: true, paused: true } },
    },
  });
  const expertIds = experts.map((e) => e.id);
  const [certified, notTakingNew] = await Promise.all([certifiedIds(expertIds), expertsNotTakingNew(db(), expertIds)]);
  const themeTitle = new Map(
    traject.questionnaireId ? (await getQuestionnaireContent(traject.questionnaireId)).themes.map((t) => [t.key, t.title]) : [],
  );
  return experts
    .map((e) => {
      const profile = e.expertProfile;
      const matches = focusThemes.filter((t) => profile?.experienceThemes.includes(t));
      const isCertified = certified.has(e.id);
      const assignment = assigned.get(e.id) ?? null;
      // already asked or on board: nothing new is asked of them, so their pace does not show here
      const pacedOut = notTakingNew.has(e.id) && !(assignment !== null && isInvitedOrAccepted(assignment));
      const askable = (assignment !== null && isInvitedOrAccepted(assignment)) || (isCertified && !pacedOut);
      const why = matchReasons(profile, isCertified, matches, themeTitle);
      return { ...e, certified: isCertified, matches, why: pacedOut ? [...why, NOT_TAKING_NEW] : why, assignment, askable };
    })
    .sort(
      (a, b) =>
        Number(b.askable) - Number(a.askable) ||
        b.matches.length - a.matches.length ||
        Number(b.certified) - Number(a.certified) ||
        a.name.localeCompare(b.name, "nl"),
    );
}

/** Why an expert is offered where they are, in the trainer's words; only what the profile says. */
function matchReasons(
  profile: {
    experienceThemes: string[];
    region: string;
    availability: string;
    slots: string[];
    paused: boolean;
  } | null,
  certified: boolean,
  matches: string[],
  themeTitle: Map<string, string>,
): string[] {
  // only an expert already linked can be listed without a certificate: say why they are not offered
  const notOffered = certified ? [] : ["Geen geldig certificaat: wordt niet meer aangeboden."];
  if (!profile) return ["Nog geen profiel ingevuld.", ...notOffered];
  const reasons: string[] = [];
  if (matches.length > 0) reasons.push(`Ervaring met de aandachtspunten: ${matches.map((k) => themeTitle.get(k) ?? k).join(", ")}.`);
  else if (profile.experienceThemes.length > 0) reasons.push("Ervaring met andere thema's dan de aandachtspunten van deze scan.");
  else reasons.push("Heeft nog geen ervaringsthema's gekozen.");
  if (profile.region) reasons.push(`Regio: ${profile.region}.`);
  const when = [slotsLabel(profile.slots), profile.availability].filter(Boolean).join("; ");
  if (when) reasons.push(`Beschikbaar: ${when}.`);
  if (profile.paused) reasons.push("Staat op pauze: wordt niet meer aangeboden.");
  return [...reasons, ...notOffered];
}
export type ExpertOption = Awaited<ReturnType<typeof listExpertsForTraject>>[number];
