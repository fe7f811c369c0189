import { compensationExportRoute } from "../export-route";

export const runtime = "nodejs";

/** The approved and paid claims of a period as a spreadsheet (.xlsx) for finance; the admin only, a plain 404 for anyone else. */
export const GET = compensationExportRoute("xlsx");
