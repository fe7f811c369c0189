import { recordId, z } from "@/lib/zod";
import { OUTCOMES } from "./outcome-rules";

// The trainer's form that confirms the outcome of a closed traject.
export const outcomeSchema = z.object({ trajectId: recordId(), outcome: z.enum(OUTCOMES, { message: "Kies een uitkomst." }) });
