import { assertCapability } from "@/lib/auth/guard";
import { compensationCsv } from "@/lib/compensation/export";
import { periodSchema } from "@/lib/compensation/schema";
import { attachmentResponse } from "@/lib/http/download";
import { routeHandler } from "@/lib/http/route";
import { z } from "@/lib/zod";

export const runtime = "nodejs";

// ?van=YYYY-MM-DD&tot=YYYY-MM-DD, in the words of the page's form
const periodQuery = z
  .object({ van: z.string().optional(), tot: z.string().optional() })
  .transform(({ van, tot }) => ({ from: van ?? "", to: tot ?? "" }))
  .pipe(periodSchema);

/** The approved and paid claims of a period as CSV for finance; the admin only, a plain 404 for anyone else. */
export const GET = routeHandler(
  {
    auth: "session",
    // the role before the period: anyone else gets the plain 404, never the period's rules
    authorize: (actor) => assertCapability(actor, "compensation:manage"),
    query: periodQuery,
    refusals: "not-found",
    invalid: "Kies een periode: een begin- en een einddatum, de einddatum niet vóór de begindatum.",
  },
  async ({ actor, query }) => {
    const { csv, fileName } = await compensationCsv({ actor, period: query });
    return attachmentResponse(new Uint8Array(Buffer.from(csv, "utf8")), "text/csv; charset=utf-8", fileName);
  },
);
