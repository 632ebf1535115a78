import { webPorts } from "@/composition/web";
import { createCaller } from "@/server/api/root";
import { anonymousContext } from "@/server/api/trpc";

/** Polled by the start script and Playwright; 503 until the database answers `SELECT 1`. Why it is down is logged, not told. */
export async function GET(req: Request): Promise<Response> {
  const status = await createCaller(anonymousContext(req.headers, webPorts())).system.health();
  return Response.json(status.ok ? { ok: true, db: "up" } : { ok: false, db: "down" }, {
    status: status.ok ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
