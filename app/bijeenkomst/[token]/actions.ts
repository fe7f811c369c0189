"use server";

import { redirect } from "next/navigation";
import { parseInput, runSafely } from "@/lib/actions/create-action";
import { isLinkToken } from "@/lib/link-tokens";
import { answerWithLink, ANSWER_PATH } from "@/lib/sessions/rsvp";
import { answerLinkSchema } from "@/lib/sessions/schema";

/**
 * No session here: the answer link in the form is the credential, checked in lib/sessions/rsvp.ts.
 * Post, then back to the page (which reads the stored answer and says thanks); a link that no longer
 * answers lands on the same page, which then says so plainly. Nothing is stored for it.
 */
export async function answerLinkAction(formData: FormData): Promise<never> {
  const token = formData.get("token");
  const result = await runSafely(() => answerWithLink(parseInput(answerLinkSchema, formData)));
  const page = `${ANSWER_PATH}/${isLinkToken(token) ? token : "onbekend"}`;
  if (result.ok) redirect(`${page}?bewaard=ja`);
  // "link": the page then says the link no longer works; "keuze": neither button's value came
  redirect(`${page}?melding=${result.code === "NOT_FOUND" ? "link" : result.code === "VALIDATION" ? "keuze" : "fout"}`);
}
