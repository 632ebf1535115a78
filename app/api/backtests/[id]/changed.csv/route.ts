import { can, forbiddenMessage } from "@/lib/auth/roles";
import { sessionUser } from "@/server/auth/session";
import { webPorts } from "@/composition/web";
import { changedTicketsCsv, changedTicketsCsvReadiness } from "@/server/services/backtests/changed-tickets-csv";

export const dynamic = "force-dynamic";

/** The changed tickets of a backtest as a CSV download, streamed. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await sessionUser(request.headers);
  if (!user) return Response.json({ error: "Sign in to download backtest results" }, { status: 401 });
  if (!can(user.role, "backtests.read")) return Response.json({ error: forbiddenMessage(user.role, "backtests.read") }, { status: 403 });
  const { id } = await params;
  const { prisma } = webPorts();
  const readiness = await changedTicketsCsvReadiness(prisma, id);
  if (readiness === "no-such-run") return Response.json({ error: "No such backtest" }, { status: 404 });
  if (readiness === "not-completed") return Response.json({ error: "The backtest has not completed yet" }, { status: 409 });

  const lines = changedTicketsCsv(prisma, id);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="backtest-${id}-changed-tickets.csv"`,
      "cache-control": "no-store",
    },
  });
}
