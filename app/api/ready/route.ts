import { readinessResponse } from "@/lib/db/ready";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Readiness: the database answers `SELECT 1` within 2 s (200), or a short 503. No session (lib/db/ready.ts). */
export function GET() {
  return readinessResponse();
}
