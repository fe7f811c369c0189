import { reportResponse } from "./report-response";

export const runtime = "nodejs";

/** The scan report as PDF, for the employer's users, the traject's tandem and admins; 404 for anyone else. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return reportResponse((await params).id, "employer");
}
