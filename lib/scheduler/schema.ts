import { line, recordId, z } from "@/lib/zod";

// The admin's planner page (/beheer/planner).
export const jobNameSchema = z.object({ job: line().max(40) });
export const mailIdSchema = z.object({ mailId: recordId() });
/** "Testmail sturen" carries no fields: the mail goes to the admin's own address. */
export const testMailSchema = z.object({});
