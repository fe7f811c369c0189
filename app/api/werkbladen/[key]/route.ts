import { assertCapability } from "@/lib/auth/guard";
import { attachmentResponse } from "@/lib/http/download";
import { routeHandler } from "@/lib/http/route";
import { worksheetFileForActor } from "@/lib/worksheets/files";
import { worksheetPath, worksheetQuery } from "@/lib/worksheets/schema";

export const runtime = "nodejs";

/**
 * A worksheet as PDF or Word file (?formaat=pdf|docx), for every signed-in role holding worksheets:read;
 * the plain 404 for anyone else and for a key that is no worksheet, a Dutch 400 for another format.
 */
export const GET = routeHandler(
  {
    auth: "session",
    params: worksheetPath,
    // the role before the format: anyone else gets the plain 404
    authorize: (actor) => assertCapability(actor, "worksheets:read"),
    query: worksheetQuery,
    refusals: "not-found",
  },
  async ({ actor, params, query }) => {
    const { body, contentType, fileName } = await worksheetFileForActor({ actor, key: params.key, format: query.formaat });
    return attachmentResponse(body, contentType, fileName);
  },
);
