import "server-only";
import { createWriteStream, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { randomUUID } from "node:crypto";
import { dataDir } from "../../env";

/** Uploads are kept under the data dir until imported; this many bytes at most (a 200,000-ticket CSV is ~100 MB; the job stores sizes as 32-bit integers). */
export const MAX_UPLOAD_BYTES = 1024 ** 3;

/** Streams a request body to disk (never into memory) and returns where it went and its size. */
export async function saveUpload(body: ReadableStream<Uint8Array>, fileName: string): Promise<{ filePath: string; bytes: number }> {
  const dir = path.join(dataDir(), "imports");
  mkdirSync(dir, { recursive: true });
  const safeName = path.basename(fileName).replace(/[^\w.-]+/g, "_").slice(-100) || "upload";
  const filePath = path.join(dir, `${randomUUID()}-${safeName}`);
  let bytes = 0;
  const limited = Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>).on("data", (chunk: Buffer) => {
    bytes += chunk.length;
    if (bytes > MAX_UPLOAD_BYTES) limited.destroy(new Error(`The file is larger than ${MAX_UPLOAD_BYTES / 1024 ** 3} GB`));
  });
  await pipeline(limited, createWriteStream(filePath));
  return { filePath, bytes: statSync(filePath).size };
}
