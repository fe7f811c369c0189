import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { EXPERT_ACCEPTED } from "@/lib/auth/capabilities";
import { assertTrajectCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { notFound } from "@/lib/errors";
import { activeGuidelines } from "@/lib/guidance/guidelines";
import { getScanResultsForActor } from "@/lib/scan/results/scan-results";
import { trajectFileSlug, trajectNameParts, trajectNameSelect } from "@/lib/format/traject-name";
import { agendaOf } from "@/lib/sessions/agenda";
import { buildPreparationCard, type PreparationCard } from "./model";
import { renderPreparationPdf } from "./render-pdf";

// The tandem's preparation card per session (issue "Sessions and the tandem", item 5). It carries the
// tandem's live view of the scan and the expert's reflections, so it is the tandem's alone
// (preparation:read): not the employer's, not the admin's.

export async function preparationCardForActor({ actor, trajectId, number }: { actor: Actor; trajectId: string; number: number }) {
  await assertTrajectCapability({ actor, trajectId, capability: "preparation:read" });
  const traject = await db().traject.findUniqueOrThrow({
    where: { id: trajectId },
    select: {
      motivation: true,
      expertQuestions: true,
      employer: { select: { name: true } },
      werkvloer: { select: { name: true } },
      trainer: { select: { name: true } },
      assignments: { where: { status: { in: [...EXPERT_ACCEPTED] } }, select: { expert: { select: { name: true } } } },
      sessions: {
        where: { number },
        include: { attendees: { orderBy: { createdAt: "asc" }, include: { keyPerson: { select: { name: true, function: true } } } } },
      },
    },
  });
  const session = traject.sessions[0];
  if (!session) throw notFound("Deze bijeenkomst");
  // the sessions work from the first scan
  const results = await getScanResultsForActor({ actor, trajectId, round: 1 });
  return buildPreparationCard({
    employerName: traject.employer.name,
    werkvloerName: traject.werkvloer?.name ?? null,
    motivation: traject.motivation,
    expertQuestions: traject.expertQuestions,
    trainerName: traject.trainer.name,
    expertNames: traject.assignments.map((a) => a.expert.name),
    session: { ...session, agenda: agendaOf(session) },
    attendees: session.attendees.map((a) => ({ name: a.keyPerson.name, function: a.keyPerson.function, present: a.present })),
    scan: results.result ? { questionnaire: results.questionnaire, result: results.result } : null,
    annotations: (results.result ? results.annotations : []).map((a) => ({ ...a, own: a.authorId === actor.id })),
    guidelines: await activeGuidelines(),
  });
}

/** The card as a printable, tagged PDF; the download is audited like the report's. */
export async function preparationPdfForActor({ actor, trajectId, number }: { actor: Actor; trajectId: string; number: number }) {
  const card: PreparationCard = await preparationCardForActor({ actor, trajectId, number });
  const pdf = await renderPreparationPdf(card);
  await recordAudit({ actor, action: "preparation.download", entityType: "TrajectSession", entityId: `${trajectId}#${number}`, trajectId });
  const traject = await db().traject.findUniqueOrThrow({ where: { id: trajectId }, select: trajectNameSelect });
  const slug = trajectFileSlug(trajectNameParts(traject)).toLowerCase();
  return { pdf: new Uint8Array(pdf), fileName: `voorbereiding-bijeenkomst-${number}-${slug}.pdf` };
}
