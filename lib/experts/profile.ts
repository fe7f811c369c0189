import "server-only";
import { checkHealthText, recordHealthChoice } from "@/lib/health-check/check";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCapability } from "@/lib/auth/guard";
import { roleHasExpertProfile, type Actor } from "@/lib/auth/roles";
import { AppError, notFound } from "@/lib/errors";
import { latestQuestionnaireThemes } from "@/lib/questionnaires/queries";
import type { ExpertStatusInput, OwnProfileInput } from "./schema";
import type { Tx } from "@/lib/db";

// The expert's profile: the expert edits their own (themes, region, availability, introduction); the
// admin sets paused. Matching uses this and the certificates (lib/trajecten/expert-matching.ts); being
// certified is a certificate that is not revoked (lib/certificates/status.ts), not a switch here.

/** Every expert account has a profile: made with the account (and by the migration for older ones). */
export async function ensureExpertProfile(tx: Tx, userId: string) {
  return tx.expertProfile.upsert({ where: { userId }, update: {}, create: { userId, experienceThemes: [] } });
}

export async function getOwnProfile(actor: Actor) {
  assertCapability(actor, "profile:own");
  const profile = await db().$transaction(async (tx) => {
    await ensureExpertProfile(tx, actor.id);
    return tx.expertProfile.findUniqueOrThrow({ where: { userId: actor.id } });
  });
  return { profile, themes: await latestQuestionnaireThemes() };
}

export async function updateOwnProfile({ actor, input }: { actor: Actor; input: OwnProfileInput }) {
  assertCapability(actor, "profile:own");
  const known = new Set((await latestQuestionnaireThemes()).map((t) => t.key));
  if (input.experienceThemes.some((k) => !known.has(k)))
    throw new AppError("VALIDATION", "Kies thema's uit de lijst.", { experienceThemes: ["Kies thema's uit de lijst."] });
  const { version, bio, gezondheidscheck, ...data } = input;
  await db().$transaction(async (tx) => {
    const stored = await ensureExpertProfile(tx, actor.id);
    // the employer reads the profile; no traject here, so the bundled first names are the names
    const choice = await checkHealthText(
      {
        trajectId: null,
        fields: { bio, availability: data.availability },
        stored: { bio: stored.bio, availability: stored.availability },
        confirmed: gezondheidscheck,
      },
      tx,
    );
    const updated = await tx.expertProfile.updateMany({
      where: { userId: actor.id, version },
      data: { ...data, bio: bio || null, version: { increment: 1 } },
    });
    if (updated.count === 0)
      throw new AppError(
        "CONFLICT",
        "Uw profiel is intussen ergens anders gewijzigd. Laad de pagina opnieuw; uw wijziging is nog niet opgeslagen.",
      );
    await recordAudit({ actor, action: "profile.update", entityType: "ExpertProfile", entityId: actor.id }, tx);
    await recordHealthChoice(choice, actor, { type: "ExpertProfile", id: actor.id }, tx);
  });
}

/** The admin's switch on an expert: paused (a paused expert is not offered in matching). */
export async function setExpertStatus({ actor, input }: { actor: Actor; input: ExpertStatusInput }) {
  assertCapability(actor, "user:manage");
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true } });
    if (!user || !roleHasExpertProfile(user.role)) throw notFound("Deze ervaringsdeskundige");
    await ensureExpertProfile(tx, input.userId);
    await tx.expertProfile.update({ where: { userId: input.userId }, data: { [input.field]: input.value, version: { increment: 1 } } });
    await recordAudit(
      { actor, action: `profile.${input.field}`, entityType: "ExpertProfile", entityId: input.userId, data: { value: input.value } },
      tx,
    );
  });
}
