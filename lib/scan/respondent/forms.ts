import "server-only";
import { checkHealthText } from "@/lib/health-check/check";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { autosave } from "./answer-store";
import { zodFieldErrors } from "@/lib/actions/zod-errors";
import type { z } from "@/lib/zod";
import { SELF_GRADE_FIELD, answerField, noteField, openNoteKey, parseAnswerFieldName, revisionField, themeNoteKey } from "./field-names";
import { closingFormSchema, shareChoiceOf, themeFormSchema } from "./form-schema";
import { storeShareChoice } from "./share-choice";
import { lockResponseLinkState, lockedMessage, openScan, scanQuestionnaire } from "./link";
import { openStatements } from "../scoring/open-statements";
import { closingFormDestination, placeNumber, themeFormDestination, type ScanPage } from "./resume";

// The no-JavaScript path: a whole theme page (or the closing page) posted as a form. It saves
// through the same autosave statements, so both paths obey the same checks and conflict rules.

type Form = Record<string, unknown>;
const revisionOf = (form: Form, key: string) => Number(form[revisionField(key)] ?? 0);
const answerOf = (raw: unknown): number | "dontKnow" => (raw === "dontKnow" ? "dontKnow" : Number(raw));

/** The whole posted form against its page's schema, before anything is saved: a refused form stores nothing. */
function parseForm(schema: z.ZodType<Form>, form: Form): Form {
  const parsed = schema.safeParse(form);
  if (parsed.success) return parsed.data;
  const fieldErrors = zodFieldErrors(parsed.error);
  const unanswered = Object.keys(fieldErrors).flatMap((name) => parseAnswerFieldName(name) ?? []);
  const message =
    unanswered.length > 0
      ? `Kies bij stelling ${unanswered.join(", ")} een van de antwoorden.`
      : (parsed.error.issues[0]?.message ?? "Niet alles is goed ingevuld.");
  throw new AppError("VALIDATION", message, fieldErrors);
}

/** The share checkbox, when the page showed it (its absence then means "not ticked"). */
async function saveShareChoiceOf(responseId: string, form: Form) {
  const shared = shareChoiceOf(form);
  if (shared !== undefined && !(await storeShareChoice(responseId, shared))) throw new AppError("LOCKED", lockedMessage("closed"));
}

/** Remembers where the post leads (./resume.ts): the place "Verder waar u was" starts from. */
async function storePlace(responseId: string, page: ScanPage, themeCount: number) {
  await db().scanResponse.updateMany({
    where: { id: responseId, status: "DRAFT" },
    data: { lastThemeIndex: placeNumber(page, themeCount) },
  });
}

/** Saves a theme page; `destination` is the page to go to (this theme again when an answer had changed elsewhere). */
export async function saveThemeForm(
  token: string,
  themeIndex: number,
  rawForm: Form,
): Promise<{ changed: string[]; destination: ScanPage }> {
  const { invitation, response } = await openScan(token, { toAnswer: true });
  const questionnaire = await scanQuestionnaire(invitation, response);
  const theme = questionnaire.themes[themeIndex];
  if (!theme) throw new AppError("NOT_FOUND", "Dit thema bestaat niet.");
  const form = parseForm(themeFormSchema(questionnaire, theme), rawForm);
  await saveShareChoiceOf(response.id, form);
  const changed: string[] = [];
  for (const item of theme.items) {
    const raw = form[answerField(item.key)];
    if (raw === undefined || raw === "") continue;
    const result = await autosave(token, { type: "answer", itemKey: item.key, value: answerOf(raw), revision: revisionOf(form, item.key) });
    if (!result.ok && result.code === "CONFLICT") changed.push(item.key);
    else if (!result.ok) throw new AppError(result.code === "INTERNAL" ? "VALIDATION" : result.code, result.message);
  }
  const noteKey = themeNoteKey(theme.key);
  const comment = form[noteField(noteKey)];
  if (typeof comment === "string") {
    const result = await autosave(token, { type: "note", key: noteKey, text: comment, revision: revisionOf(form, noteKey) });
    if (!result.ok && result.code === "CONFLICT") changed.push(noteKey);
  }
  const count = questionnaire.themes.length;
  const destination: ScanPage = changed.length > 0 ? { page: "theme", themeIndex } : themeFormDestination(form.intent, themeIndex, count);
  await storePlace(response.id, destination, count);
  return { changed, destination };
}

/** Saves the closing page; `destination` as for saveThemeForm. */
export async function saveClosingForm(token: string, rawForm: Form): Promise<{ changed: string[]; destination: ScanPage }> {
  const { invitation, response } = await openScan(token, { toAnswer: true });
  const questionnaire = await scanQuestionnaire(invitation, response);
  const form = parseForm(closingFormSchema(questionnaire), rawForm);
  await saveShareChoiceOf(response.id, form);
  const changed: string[] = [];
  const rawGrade = form[SELF_GRADE_FIELD];
  if (typeof rawGrade === "string") {
    const value = rawGrade === "" ? null : Number(rawGrade);
    const result = await autosave(token, { type: "selfGrade", value, revision: revisionOf(form, SELF_GRADE_FIELD) });
    if (!result.ok && result.code === "CONFLICT") changed.push(SELF_GRADE_FIELD);
  }
  for (const q of questionnaire.openQuestions) {
    const key = openNoteKey(q.key);
    const text = form[noteField(key)];
    if (typeof text !== "string") continue;
    const result = await autosave(token, { type: "note", key, text, revision: revisionOf(form, key) });
    if (!result.ok && result.code === "CONFLICT") changed.push(key);
  }
  const count = questionnaire.themes.length;
  const destination: ScanPage = changed.length > 0 ? { page: "closing" } : closingFormDestination(form.intent, count);
  await storePlace(response.id, destination, count);
  return { changed, destination };
}

/**
 * Sends the scan. The health-data check reads the respondent's own notes first (issue 25, ADR 028):
 * a listed term near a person's name refuses with HEALTH_CHECK unless `confirmed` ("Toch versturen").
 * Unlike elsewhere, that choice is not recorded: an audit event next to a sent scan could point to the
 * person who wrote it.
 */
export async function submitScan(token: string, { confirmed = false }: { confirmed?: boolean } = {}) {
  const { invitation, response } = await openScan(token, { toAnswer: true });
  const questionnaire = await scanQuestionnaire(invitation, response);
  return db().$transaction(async (tx) => {
    const locked = await lockResponseLinkState(tx, response.id);
    if (!locked || locked.lockReason) throw new AppError("LOCKED", lockedMessage(locked?.lockReason ?? "closed"));
    const answers = await tx.scanAnswer.findMany({ where: { responseId: response.id }, select: { itemKey: true } });
    const missing = openStatements(questionnaire, new Set(answers.map((a) => a.itemKey)));
    if (missing.length > 0) {
      const count = missing.reduce((n, t) => n + t.missing.length, 0);
      throw new AppError(
        "VALIDATION",
        `Er ${count === 1 ? "staat nog 1 stelling" : `staan nog ${count} stellingen`} open. Kies bij elke stelling een antwoord of 'Weet ik niet'.`,
      );
    }
    const notes = await tx.scanNote.findMany({ where: { responseId: response.id }, select: { key: true, text: true } });
    await checkHealthText(
      { trajectId: invitation.trajectId, fields: Object.fromEntries(notes.map((n) => [n.key, n.text])), confirmed },
      tx,
    );
    await tx.scanResponse.update({ where: { id: response.id }, data: { status: "SUBMITTED", submittedAt: new Date() } });
    return { invitationId: invitation.id, trajectId: invitation.trajectId };
  });
}
