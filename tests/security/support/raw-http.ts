import { readFileSync } from "node:fs";
import http from "node:http";
import { SECURITY_STORAGE_STATE } from "./product";

/** The admin's session as a Cookie header, for requests sent outside Playwright's request fixture. */
export function adminCookie(): string {
  const state = JSON.parse(readFileSync(SECURITY_STORAGE_STATE, "utf8")) as { cookies: Array<{ name: string; value: string }> };
  return state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

export type RawAnswer = { status: number; body: string } | { status: "cut off"; body: "" };

/**
 * POSTs `totalBytes` of filler without a Content-Length (chunked), the way a client hides its size: the server
 * cannot refuse it up front and has to count while it reads. With `abortAfterBytes` the client drops the
 * connection after that much (once `beforeAbort` resolves), as a browser tab closed mid-upload does. Answers the server's reply, or "cut off"
 * when the server closed the connection before answering (which also proves it stopped reading).
 */
export function postChunked(
  url: string,
  o: { totalBytes: number; headers?: Record<string, string>; abortAfterBytes?: number; beforeAbort?: () => Promise<unknown>; chunkBytes?: number },
): Promise<RawAnswer> {
  const chunk = Buffer.alloc(o.chunkBytes ?? 64 * 1024, 0x61);
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (answer: RawAnswer) => {
      if (!settled) resolve(answer);
      settled = true;
    };
    const request = http.request(url, { method: "POST", headers: { "content-type": "application/octet-stream", ...o.headers } }, (response) => {
      const parts: Buffer[] = [];
      response.on("data", (part: Buffer) => parts.push(part));
      response.on("end", () => settle({ status: response.statusCode ?? 0, body: Buffer.concat(parts).toString("utf8") }));
      response.on("error", () => settle({ status: "cut off", body: "" }));
    });
    request.on("error", (err: NodeJS.ErrnoException) => {
      if (["ECONNRESET", "EPIPE", "ECONNABORTED"].includes(err.code ?? "") || o.abortAfterBytes !== undefined) settle({ status: "cut off", body: "" });
      else if (!settled) reject(err);
    });
    let sent = 0;
    const write = (): void => {
      while (sent < o.totalBytes && !settled && !request.destroyed) {
        if (o.abortAfterBytes !== undefined && sent >= o.abortAfterBytes) {
          void Promise.resolve(o.beforeAbort?.()).finally(() => {
            request.destroy();
            settle({ status: "cut off", body: "" });
          });
          return;
        }
        const piece = chunk.subarray(0, Math.min(chunk.length, o.totalBytes - sent));
        sent += piece.length;
        if (!request.write(piece)) return void request.once("drain", write);
      }
      if (!settled && !request.destroyed) request.end();
    };
    write();
  });
}
