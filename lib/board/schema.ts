import { recordId, wholeNumber, z } from "@/lib/zod";

// The projector link forms on the board page.
export const boardLinkSchema = z.object({
  trajectId: recordId(),
  number: wholeNumber(z.number().min(1, "Kies een bijeenkomst.").max(3, "Kies een bijeenkomst.")),
});
export const boardRevokeSchema = z.object({ trajectId: recordId() });
