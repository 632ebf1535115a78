import { can, forbiddenMessage } from "@/lib/auth/roles";
import { SIGNAL_EXPORT_FORMATS, ZSignalsViewSchema, type TSignalExportFormat, type TSignalsView } from "@/lib/signals/view";
import { sessionUser } from "@/server/auth/session";
import { webPorts } from "@/composition/web";
import { ServiceError } from "@/server/services/lib/service-error";
import { sharedSignals } from "@/server/services/signals/shared-signals";
import { signalsCsv, signalsMarkdown } from "@/server/services/signals/signals-export";
import { signalsReport } from "@/server/services/signals/signals-report";
import type { TSignalsReport } from "@/server/services/signals/signal-types";

export const dynamic = "force-dynamic";

/**
 * The signals as a CSV or Markdown download: for a signed-in reader (?to=&origin=), or through a shared link
 * (?token=), which gives the link's view without ticket ids.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const format = params.get("format") as TSignalExportFormat;
  if (!SIGNAL_EXPORT_FORMATS.includes(format)) return Response.json({ error: "Ask for format=csv or format=markdown" }, { status: 400 });
  const { prisma } = webPorts();
  let report: TSignalsReport;
  const token = params.get("token");
  if (token !== null) {
    try {
      report = (await sharedSignals(prisma, token)).report;
    } catch (error) {
      if (error instanceof ServiceError) return Response.json({ error: error.message }, { status: 404 });
      throw error;
    }
  } else {
    const user = await sessionUser(request.headers);
    if (!user) return Response.json({ error: "Sign in to download the signals" }, { status: 401 });
    if (!can(user.role, "metrics.read")) return Response.json({ error: forbiddenMessage(user.role, "metrics.read") }, { status: 403 });
    const view = ZSignalsViewSchema.safeParse({ to: params.get("to") ?? undefined, origin: params.get("origin") ?? undefined });
    if (!view.success) return Response.json({ error: "Give the last day as to=YYYY-MM-DD" }, { status: 400 });
    report = await signalsReport(prisma, view.data satisfies TSignalsView);
  }
  const name = `signals-${report.view.to}`;
  return format === "csv"
    ? new Response(signalsCsv(report), { headers: download("text/csv", `${name}.csv`) })
    : new Response(signalsMarkdown(report), { headers: download("text/markdown", `${name}.md`) });
}

function download(type: string, filename: string): HeadersInit {
  return { "content-type": `${type}; charset=utf-8`, "content-disposition": `attachment; filename="${filename}"`, "cache-control": "no-store" };
}
