import "server-only";
import { assertCapability } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { renderStoryGuidePdf } from "./story-guide-pdf";
import { STORY_GUIDE, STORY_GUIDE_FILE_NAME } from "./story-guide-texts";

// The expert's guide for preparing their story (/expert/mijn-verhaal, ADR 037): the same texts for
// every expert, no one's data, so no audit entry; still deny by default. Nothing is ever posted back:
// there is no function here that stores an answer, by design.

export function storyGuideForActor(actor: Actor) {
  assertCapability(actor, "storyGuide:read");
  return STORY_GUIDE;
}

export async function storyGuidePdfForActor(actor: Actor) {
  assertCapability(actor, "storyGuide:read");
  return { body: new Uint8Array(await renderStoryGuidePdf(STORY_GUIDE)), contentType: "application/pdf", fileName: STORY_GUIDE_FILE_NAME };
}
