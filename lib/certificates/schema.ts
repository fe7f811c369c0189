import { recordId, z } from "@/lib/zod";

// The admin's one form on a certificate: revoking it (with a confirmation in the UI). The download's
// path parameter is the same id.
export const certificateIdSchema = z.object({ certificateId: recordId() });
export type CertificateIdInput = z.infer<typeof certificateIdSchema>;
/** /api/certificaten/[id]: the PDF's path */
export const certificatePath = z.object({ id: recordId() });
