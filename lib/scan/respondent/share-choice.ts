import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockedMessage, openScan } from "./link";

/**
 * Stores whether the employer may read this respondent's texts (docs/privacy.md#consent). Only while
 * the link takes answers, checked in the same statement by the one SQL rule, so a sent response or a
 * closed scan keeps the choice it had.
 */
export async function saveShareChoice(token: string, shared: boolean): Promise<void> {
  const { response } = await openScan(token, { toAnswer: true });
  if (!(await storeShareChoice(response.id, shared))) {
    throw new AppError("LOCKED", lockedMessage(response.status === "SUBMITTED" ? "submitted" : "closed"));
  }
}

/** The write itself, for a response whose link was just resolved; false when the link no longer takes answers. */
export async function storeShareChoice(responseId: string, shared: boolean): Promise<boolean> {
  const updated = await db().$executeRaw`
    UPDATE "ScanResponse" r SET "shareTextWithEmployer" = ${shared}, "updatedAt" = now()
    FROM "ScanInvitation" i, "Traject" t, "ScanRound" sr
    WHERE r."id" = ${responseId} AND i."id" = r."invitationId" AND t."id" = r."trajectId" AND sr."id" = r."roundId"
      AND ww_scan_link_takes_answers(i."revokedAt", i."expiresAt", r."status", t."status", sr."number", sr."closedAt")`;
  return updated > 0;
}
