// Liveness and readiness for load balancers, Docker's HEALTHCHECK and monitoring. No session: it
// reveals nothing but whether the database answers and the schema is current.
import { checkHealth } from "@/lib/health/check";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const report = await checkHealth();
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store", ...(report.status === "ok" ? {} : { "Retry-After": "5" }) },
  });
}
