import { reportRoute } from "./report-response";

export const runtime = "nodejs";

/** The scan report as PDF, for the employer's users, the traject's tandem and admins; 404 for anyone else. */
export const GET = reportRoute("employer");
