import { codeExportForActor, type CodeExportFormat } from "@/lib/gedragscode/export";
import { attachmentResponse } from "@/lib/http/download";
import { idPath, routeHandler } from "@/lib/http/route";

/** Both downloads of the EPA-gedragscode: the file, or a plain 404 for anyone else and while there is no code. */
export const codeExportRoute = (format: CodeExportFormat) =>
  routeHandler({ auth: "session", params: idPath, refusals: "not-found" }, async ({ actor, params }) => {
    const { body, contentType, fileName } = await codeExportForActor({ actor, trajectId: params.id, format });
    return attachmentResponse(body, contentType, fileName);
  });
