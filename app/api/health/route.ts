export const dynamic = "force-dynamic";

/**
 * Liveness for load balancers: the process is up and answers. Imports nothing and touches no database
 * (readiness is /api/ready): a short database outage must not take every instance out of the balancer.
 */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
