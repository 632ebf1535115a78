import "server-only";
import { createWriteStream, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { dataDir } from "../../env";
import { sizeInWords } from "../../http/body-limit";

/** The default most bytes one upload may hold: a 200,000-ticket CSV is about 100 MB. */
export const MAX_UPLOAD_BYTES = 1024 ** 3;
/** The job stores sizes as 32-bit integers, so no setting may raise the limit past this. */
const INT_COLUMN_BYTES = 2 ** 31 - 1;
/** What a file still being written is called; it gets its real name only once the whole body arrived. */
export const PARTIAL_SUFFIX = ".part";

/** Where uploads wait until they are imported; the upload sweep removes old ones from here, and only from here. */
export function uploadDir(): string {
  return path.join(dataDir(), "imports");
}

/** The upload limit: STUDIO_UPLOAD_LIMIT_MB when set to a positive number, else 1 GB. */
export function uploadLimitBytes(): number {
  const mb = Number(process.env.STUDIO_UPLOAD_LIMIT_MB);
  return Number.isFinite(mb) && mb > 0 ? Math.min(Math.floor(mb * 1024 ** 2), INT_COLUMN_BYTES) : MAX_UPLOAD_BYTES;
}

export class UploadTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`The file is larger than ${sizeInWords(limitBytes)}, the most one upload may be. Export a shorter date range (or split the file) and upload each part.`);
  }
}

export class UploadCutOffError extends Error {
  constructor(cause: unknown) {
    super("The upload stopped before the whole file arrived, so nothing was kept. Upload the file again.", { cause });
  }
}

/**
 * Streams a request body to disk (never into memory) and returns where it went and its size. The size is checked
 * while the bytes flow, so an oversized upload stops at the limit; a declared size over it is refused before a file
 * exists. The body is written under a partial name and renamed once complete: an upload that fails or is cut off
 * leaves no file behind, and a partial a crashed process left is recognisable to the sweep.
 */
export async function saveUpload(
  body: ReadableStream<Uint8Array>,
  fileName: string,
  o: { limitBytes?: number; declaredBytes?: number } = {},
): Promise<{ filePath: string; bytes: number }> {
  const limitBytes = o.limitBytes ?? uploadLimitBytes();
  if ((o.declaredBytes ?? 0) > limitBytes) {
    await body.cancel().catch(() => undefined);
    throw new UploadTooLargeError(limitBytes);
  }
  const dir = uploadDir();
  mkdirSync(dir, { recursive: true });
  const safeName = path.basename(fileName).replace(/[^\w.-]+/g, "_").slice(-100) || "upload";
  const filePath = path.join(dir, `${randomUUID()}-${safeName}`);
  const partial = filePath + PARTIAL_SUFFIX;
  const out = createWriteStream(partial);
  try {
    await pipeline(Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>), sizeLimit(limitBytes), out);
    renameSync(partial, filePath);
  } catch (err) {
    // The file opens asynchronously: removed before it closes, it could still be created after the removal.
    if (!out.closed) await once(out, "close").catch(() => undefined);
    rmSync(partial, { force: true });
    throw err instanceof UploadTooLargeError ? err : new UploadCutOffError(err);
  }
  return { filePath, bytes: statSync(filePath).size };
}

/** Passes bytes on until there are more than the limit, then fails the pipeline (which stops reading the body). */
function sizeLimit(limitBytes: number): Transform {
  let bytes = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(bytes > limitBytes ? new UploadTooLargeError(limitBytes) : null, bytes > limitBytes ? undefined : chunk);
    },
  });
}
