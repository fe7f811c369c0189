import { compensationExportRoute } from "../export-route";

export const runtime = "nodejs";

/** The approved and paid claims of a period as CSV (Dutch list settings) for finance; the admin only, a plain 404 for anyone else. */
export const GET = compensationExportRoute("csv");
