import { codeExportRoute } from "../code-export-route";

export const runtime = "nodejs";

/** The EPA-gedragscode as PDF, for everyone who may read it; 404 for anyone else and while there is no code. */
export const GET = codeExportRoute("pdf");
