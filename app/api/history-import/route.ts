import { z } from "zod";
import { webPorts } from "@/composition/web";
import { can, forbiddenMessage } from "@/lib/auth/roles";
import { sessionUser } from "@/server/auth/session";
import { IMPORT_FORMATS } from "@/lib/history-import/import-record";
import { declaredLength } from "@/server/http/body-limit";
import { jobView } from "@/server/services/history-import/import-jobs";
import { receiveUpload } from "@/server/services/history-import/receive-upload";

export const dynamic = "force-dynamic";

const ZUploadQuery = z.object({
  format: z.enum(IMPORT_FORMATS, { error: `format must be one of ${IMPORT_FORMATS.join(", ")}` }),
  name: z.string().min(1, "name (the file name) is required"),
  source: z.string().min(1).max(60).optional(),
});

/**
 * Upload of a history file: the raw file as the request body (no multipart, so a large export streams straight
 * to disk), format and name in the query. Answers 201 with the import job; the import itself is started with
 * tRPC `historyImport.start`, after the column mapping for CSV.
 */
export async function POST(request: Request): Promise<Response> {
  const user = await sessionUser(request.headers);
  if (!user) return Response.json({ error: "Sign in to import tickets" }, { status: 401 });
  if (!can(user.role, "history.import")) return Response.json({ error: forbiddenMessage(user.role, "history.import") }, { status: 403 });
  const query = ZUploadQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return Response.json({ error: query.error.issues[0]!.message }, { status: 400 });
  if (!request.body) return Response.json({ error: "The request has no file in its body" }, { status: 400 });

  const received = await receiveUpload(webPorts().prisma, request.body, {
    format: query.data.format,
    fileName: query.data.name,
    actor: user.email,
    source: query.data.source,
    declaredBytes: declaredLength(request),
  });
  if (!received.ok) return Response.json({ error: received.error, limitBytes: received.limitBytes }, { status: received.status });
  return Response.json({ job: jobView(received.job) }, { status: 201 });
}
