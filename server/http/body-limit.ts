import "server-only";

export type LimitedBody = { ok: true; bytes: Buffer } | { ok: false; declared: boolean };

/**
 * Reads a request body into memory, stopping at the limit: a declared length over it is refused before a byte is
 * read, and a body without one (chunked, or lying about its length) is read as a stream and cancelled as soon as it
 * passes the limit, so an oversized or endless body never fills memory and is never parsed.
 */
export async function readBodyWithin(request: Request, limitBytes: number): Promise<LimitedBody> {
  if (declaredLength(request) > limitBytes) {
    await request.body?.cancel().catch(() => undefined);
    return { ok: false, declared: true };
  }
  if (request.body === null) return { ok: true, bytes: Buffer.alloc(0) };
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, declared: false };
    }
    chunks.push(value);
  }
  return { ok: true, bytes: Buffer.concat(chunks, size) };
}

/** The Content-Length the caller declared, or 0 when there is none (or it is not a number). */
export function declaredLength(request: Request): number {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  return Number.isFinite(declared) && declared > 0 ? declared : 0;
}

/** A size as people say it: "8 MB", "64 KB", "1 GB", "512 bytes" (binary units, as the limits are set). */
export function sizeInWords(bytes: number): string {
  const units: Array<[string, number]> = [
    ["GB", 1024 ** 3],
    ["MB", 1024 ** 2],
    ["KB", 1024],
  ];
  for (const [unit, size] of units) {
    if (bytes >= size) {
      const value = Number((bytes / size).toFixed(1));
      return `${value} ${unit}`;
    }
  }
  return `${bytes} bytes`;
}
