import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit";
import { AppError, notFound } from "@/lib/errors";
import { getQuestionnaireContent } from "@/lib/questionnaires/queries";
import { itemIndex } from "@/lib/questionnaires/item-index";
import { assertTrajectCapability } from "@/lib/auth/guard";
import type { AnnotationInput, AnnotationUpdateInput } from "./schema";
import { checkHealthText, recordHealthChoice, type HealthCheckInput } from "@/lib/health-check/check";

/** A private note stays with its author; once shared, the health-data check reads it. */
const sharedText = (input: Pick<AnnotationInput, "body" | "visibility">) => ({ body: input.visibility === "PRIVATE" ? null : input.body });
const checkOf = (trajectId: string, input: Pick<AnnotationInput, "body" | "visibility" | "gezondheidscheck">): HealthCheckInput => ({
  trajectId,
  fields: sharedText(input),
  confirmed: input.gezondheidscheck,
});

// Experts annotate results from lived experience and decide what they share. Only the author can
// change or remove a note; edits carry the version they started from, so two tabs never silently
// overwrite each other.

export async function createAnnotation({ actor, input }: { actor: Actor; input: AnnotationInput }) {
  await assertTrajectCapability({ actor, trajectId: input.trajectId, capability: "annotation:write" });
  const traject = await db().traject.findUniqueOrThrow({ where: { id: input.trajectId }, select: { questionnaireId: true } });
  if (traject.questionnaireId) {
    const q = await getQuestionnaireContent(traject.questionnaireId);
    const theme = q.themes.find((t) => t.key === input.themeKey);
    if (!theme) throw new AppError("VALIDATION", "Dit thema hoort niet bij de vragenlijst.", { themeKey: ["Onbekend thema."] });
    if (input.itemKey && itemIndex(q).get(input.itemKey)?.theme.key !== theme.key) {
      throw new AppError("VALIDATION", "Deze stelling hoort niet bij dit thema.", { itemKey: ["Onbekende stelling."] });
    }
  }
  return db().$transaction(async (tx) => {
    const choice = await checkHealthText(checkOf(input.trajectId, input), tx);
    const annotation = await tx.annotation.create({
      data: {
        trajectId: input.trajectId,
        authorId: actor.id,
        themeKey: input.themeKey,
        itemKey: input.itemKey || null,
        body: input.body,
        visibility: input.visibility,
      },
    });
    await recordAudit(
      {
        actor,
        action: "annotation.create",
        entityType: "Annotation",
        entityId: annotation.id,
        trajectId: input.trajectId,
        data: { visibility: input.visibility },
      },
      tx,
    );
    await recordHealthChoice(choice, actor, { type: "Annotation", id: annotation.id }, tx);
    return { id: annotation.id };
  });
}

async function findOwnAnnotation(actor: Actor, annotationId: string) {
  const annotation = await db().annotation.findFirst({
    where: { id: annotationId, authorId: actor.id },
    select: { id: true, trajectId: true },
  });
  if (!annotation) throw notFound("Deze notitie");
  // still assigned to the traject? (a withdrawn expert keeps no access)
  await assertTrajectCapability({ actor, trajectId: annotation.trajectId, capability: "annotation:write" });
  return annotation;
}

export async function updateAnnotation({ actor, input }: { actor: Actor; input: AnnotationUpdateInput }) {
  const own = await findOwnAnnotation(actor, input.annotationId);
  await db().$transaction(async (tx) => {
    const choice = await checkHealthText(checkOf(own.trajectId, input), tx);
    const updated = await tx.annotation.updateMany({
      where: { id: own.id, authorId: actor.id, version: input.version },
      data: { body: input.body, visibility: input.visibility, version: { increment: 1 } },
    });
    if (updated.count === 0)
      throw new AppError(
        "CONFLICT",
        "Deze notitie is intussen ergens anders gewijzigd. Laad de pagina opnieuw om de nieuwste versie te zien.",
      );
    const event = { action: "annotation.update", entityType: "Annotation", entityId: own.id, trajectId: own.trajectId };
    await recordAudit({ actor, ...event, data: { visibility: input.visibility } }, tx);
    await recordHealthChoice(choice, actor, { type: "Annotation", id: own.id }, tx);
  });
}

export async function deleteAnnotation({ actor, annotationId }: { actor: Actor; annotationId: string }) {
  const own = await findOwnAnnotation(actor, annotationId);
  await db().$transaction(async (tx) => {
    await tx.annotation.delete({ where: { id: own.id } });
    await recordAudit({ actor, action: "annotation.delete", entityType: "Annotation", entityId: own.id, trajectId: own.trajectId }, tx);
  });
}
