// The submitted responses of a scan round as scoring input. Not marked server-only, on purpose: besides
// the server's results and report, the demo and e2e seeds write results snapshots through
// ./snapshot-store.ts. It selects no respondent's name or e-mail address.
import { db, type DbClient } from "@/lib/db";
import { RESPONDENT_FUNCTION_GROUP, type RespondentFunctionKey } from "@/lib/scan/respondent-functions";
import { parseNoteKey } from "../respondent/field-names";
import type { ScanResponseInput } from "../scoring/types";
import type { FreeText } from "./privacy";

export type { DbClient };

/** Loads the submitted responses of one scan round as scoring input, tied to one questionnaire version. */
export async function loadSubmittedResponses(roundId: string, questionnaireId: string, client: DbClient = db()) {
  const rows = await client.scanResponse.findMany({
    where: { roundId, questionnaireId, status: "SUBMITTED", invitation: { revokedAt: null } },
    orderBy: { submittedAt: "asc" },
    select: {
      id: true,
      selfGrade: true,
      shareTextWithEmployer: true,
      invitation: { select: { function: true } },
      answers: { select: { itemKey: true, value: true, dontKnow: true } },
      notes: { select: { key: true, text: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    function: r.invitation.function as RespondentFunctionKey,
    notes: r.notes,
    shareTextWithEmployer: r.shareTextWithEmployer,
    input: {
      respondentRole: RESPONDENT_FUNCTION_GROUP[r.invitation.function as RespondentFunctionKey],
      status: "submitted",
      selfGrade: r.selfGrade,
      answers: Object.fromEntries(r.answers.map((a) => [a.itemKey, a.dontKnow ? "dontKnow" : a.value])),
    } satisfies ScanResponseInput,
  }));
}
export type SubmittedResponse = Awaited<ReturnType<typeof loadSubmittedResponses>>[number];

/** Every non-empty free text of the responses, with each respondent's choice about sharing it. */
export function freeTextsOf(responses: Pick<SubmittedResponse, "notes" | "shareTextWithEmployer">[]): FreeText[] {
  return responses.flatMap((r) =>
    r.notes.flatMap((n): FreeText[] => {
      const key = parseNoteKey(n.key);
      if (!key || !n.text.trim()) return [];
      const common = { text: n.text, shared: r.shareTextWithEmployer };
      return [key.kind === "theme" ? { kind: "theme", key: key.themeKey, ...common } : { kind: "open", key: key.questionKey, ...common }];
    }),
  );
}
