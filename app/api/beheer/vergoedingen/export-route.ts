import { assertCapability } from "@/lib/auth/guard";
import { compensationCsv } from "@/lib/compensation/export";
import { compensationXlsx, XLSX_CONTENT_TYPE } from "@/lib/compensation/export-xlsx";
import { periodSchema } from "@/lib/compensation/schema";
import { attachmentResponse } from "@/lib/http/download";
import { routeHandler } from "@/lib/http/route";
import { z } from "@/lib/zod";

// ?van=YYYY-MM-DD&tot=YYYY-MM-DD, in the words of the page's form
const periodQuery = z
  .object({ van: z.string().optional(), tot: z.string().optional() })
  .transform(({ van, tot }) => ({ from: van ?? "", to: tot ?? "" }))
  .pipe(periodSchema);

/** Both downloads of a period's claims for finance (spreadsheet and CSV); the admin only, a plain 404 for anyone else. */
export const compensationExportRoute = (format: "csv" | "xlsx") =>
  routeHandler(
    {
      auth: "session",
      // the role before the period: anyone else gets the plain 404, never the period's rules
      authorize: (actor) => assertCapability(actor, "compensation:manage"),
      query: periodQuery,
      refusals: "not-found",
      invalid: "Kies een periode: een begin- en een einddatum, de einddatum niet vóór de begindatum.",
    },
    async ({ actor, query }) => {
      if (format === "xlsx") {
        const { body, fileName } = await compensationXlsx({ actor, period: query });
        return attachmentResponse(body, XLSX_CONTENT_TYPE, fileName);
      }
      const { csv, fileName } = await compensationCsv({ actor, period: query });
      return attachmentResponse(new Uint8Array(Buffer.from(csv, "utf8")), "text/csv; charset=utf-8", fileName);
    },
  );
