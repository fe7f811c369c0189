"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { parseInput, runSafely } from "@/lib/actions/create-action";
import type { FormState } from "@/lib/actions/result";
import { joinRoom } from "@/lib/room/join";
import { addCard } from "@/lib/room/cards";
import { castVote } from "@/lib/room/votes";
import { requireParticipant, setParticipantCookie } from "@/lib/room/participant-cookie";
import { cardSchema, joinSchema, voteSchema } from "@/lib/room/schema";
import { requestClientAddress } from "@/lib/security/request-client";

// The phone's actions (ADR 029): no session; joining makes the cookie, the cookie is the participant.
// Each works without JavaScript (a form post; the page reads the result back).

const PAGE = "/doe-mee/[code]";

export async function joinAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runSafely(async () => {
    const input = parseInput(joinSchema, formData);
    const joined = await joinRoom({
      code: input.code,
      name: input.name,
      attendeeId: input.attendeeId,
      anonymous: !input.named,
      clientAddress: await requestClientAddress(),
    });
    await setParticipantCookie(joined.token, joined.expiresAt);
    return joined;
  });
  if (!result.ok) return result;
  redirect(`/doe-mee/${result.data.joinCode}`);
}

export async function addCardAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runSafely(async () => {
    const actor = await requireParticipant();
    const input = parseInput(cardSchema, formData);
    return addCard({
      actor,
      themeKey: input.themeKey,
      text: input.text,
      signed: input.signed,
      confirmed: input.gezondheidscheck === "bewaren",
    });
  });
  if (!result.ok) return result;
  revalidatePath(PAGE, "page");
  return { ok: true, message: "Uw kaart staat op het bord. Dank u wel!" };
}

export async function voteAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runSafely(async () => castVote({ actor: await requireParticipant(), ...parseInput(voteSchema, formData) }));
  if (!result.ok) return result;
  revalidatePath(PAGE, "page");
  return {
    ok: true,
    message:
      result.data.left === 0
        ? "Uw stem telt mee. U heeft al uw stemmen gebruikt."
        : `Uw stem telt mee. U heeft nog ${result.data.left} over.`,
  };
}
