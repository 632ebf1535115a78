import { can, forbiddenMessage } from "@/lib/auth/roles";
import { sessionUser } from "@/server/auth/session";
import { webPorts } from "@/composition/web";
import { publicOrigin } from "@/server/services/connections/webhook-url";
import { ServiceError } from "@/server/services/lib/service-error";
import { exportWeeklyReview, REVIEW_EXPORT_FORMATS, type TReviewExportFormat } from "@/server/services/weekly-review/export-weekly-review";

export const dynamic = "force-dynamic";

/** A week's review as a download: `?format=markdown` (the default) or `?format=pdf`. */
export async function GET(request: Request, { params }: { params: Promise<{ week: string }> }): Promise<Response> {
  const user = await sessionUser(request.headers);
  if (!user) return Response.json({ error: "Sign in to download the weekly review" }, { status: 401 });
  if (!can(user.role, "metrics.read")) return Response.json({ error: forbiddenMessage(user.role, "metrics.read") }, { status: 403 });
  const url = new URL(request.url);
  const format = (url.searchParams.get("format") ?? "markdown") as TReviewExportFormat;
  if (!REVIEW_EXPORT_FORMATS.includes(format)) return Response.json({ error: "Download the review as markdown or pdf" }, { status: 400 });
  const { week } = await params;
  try {
    const file = await exportWeeklyReview(webPorts().prisma, week, format, publicOrigin(request.headers), new Date());
    return new Response(file.body as BodyInit, {
      headers: { "content-type": file.contentType, "content-disposition": `attachment; filename="${file.filename}"`, "cache-control": "no-store" },
    });
  } catch (error) {
    if (error instanceof ServiceError && error.kind === "invalid") return Response.json({ error: error.message }, { status: 400 });
    throw error;
  }
}
