import "server-only";
import { rmSync } from "node:fs";
import type { ImportJob, PrismaClient } from "@prisma/client";
import type { TImportFormat } from "../../../lib/history-import/import-record";
import { createImportJob } from "./import-jobs";
import { saveUpload, UploadCutOffError, UploadTooLargeError } from "./save-upload";

export type ReceivedUpload = { ok: true; job: ImportJob } | { ok: false; status: 400 | 413; error: string; limitBytes?: number };

/**
 * An uploaded history file, from request body to import job. Whatever goes wrong on the way (too large, cut off,
 * empty, the job not stored) leaves no file behind, so uploads that never became a job never fill the disk.
 */
export async function receiveUpload(
  prisma: PrismaClient,
  body: ReadableStream<Uint8Array>,
  upload: { format: TImportFormat; fileName: string; actor: string; source?: string; declaredBytes?: number },
): Promise<ReceivedUpload> {
  let saved: { filePath: string; bytes: number };
  try {
    saved = await saveUpload(body, upload.fileName, { declaredBytes: upload.declaredBytes });
  } catch (err) {
    if (err instanceof UploadTooLargeError) return { ok: false, status: 413, error: err.message, limitBytes: err.limitBytes };
    if (err instanceof UploadCutOffError) return { ok: false, status: 400, error: err.message };
    throw err;
  }
  if (saved.bytes === 0) {
    rmSync(saved.filePath, { force: true });
    return { ok: false, status: 400, error: "The file is empty. Choose the export file itself and upload it again." };
  }
  try {
    const job = await createImportJob(prisma, { format: upload.format, fileName: upload.fileName, filePath: saved.filePath, fileBytes: saved.bytes, actor: upload.actor, source: upload.source });
    return { ok: true, job };
  } catch (err) {
    rmSync(saved.filePath, { force: true });
    throw err;
  }
}
