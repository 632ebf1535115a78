import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A sender's own system as the studio's callback address sees it, for tests (`http://127.0.0.1:<port>/callback`):
 * it checks every request's signature the way the set-up guide tells a developer to (hex HMAC-SHA256 of
 * "<X-Studio-Timestamp>.<raw body>" with the signing secret, v1=), written here from the guide rather than imported
 * from the studio, so a change on one side shows.
 *
 *   const receiver = await startStudioReceiver({ secret });   // settings { callbackUrl: receiver.url }
 *   ... run the flow ...
 *   expect(receiver.violations).toEqual([]);
 *   expect(receiver.accepted.map((r) => r.body)).toEqual([...]);
 *   receiver.failNext(1, { status: 503, headers: { "retry-after": "2" } });
 *
 * - An unsigned, badly signed or stale request gets 401 and is listed in `violations`.
 * - A request whose Idempotency-Key was accepted before is answered 200 again and not recorded twice (`replays`).
 * - A ping is answered {"name": ...}.
 */
export interface StudioReceivedRequest {
  body: Record<string, unknown>;
  rawBody: string;
  headers: Record<string, string>;
}

export interface StudioReceiver {
  url: string;
  accepted: StudioReceivedRequest[];
  violations: string[];
  replays: number;
  failNext(n: number, answer: { status: number; body?: unknown; headers?: Record<string, string> }): void;
  close(): Promise<void>;
}

const MAX_SKEW_S = 300;

export function signStudioRequest(secret: string, rawBody: string, at: Date = new Date()): Record<string, string> {
  const timestamp = String(Math.floor(at.getTime() / 1000));
  const signature = createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest("hex");
  return { "content-type": "application/json", "x-studio-timestamp": timestamp, "x-studio-signature": `v1=${signature}` };
}

function signatureProblem(secret: string, req: IncomingMessage, rawBody: string): string | null {
  const timestamp = String(req.headers["x-studio-timestamp"] ?? "");
  const header = String(req.headers["x-studio-signature"] ?? "");
  if (!/^\d+$/.test(timestamp)) return `no unix-seconds X-Studio-Timestamp (got "${timestamp}")`;
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > MAX_SKEW_S) return `stale X-Studio-Timestamp ${timestamp}`;
  const m = /^v1=([0-9a-f]{64})$/.exec(header);
  if (!m) return `X-Studio-Signature is not v1=<64 hex> (got "${header}")`;
  const expected = createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest();
  return timingSafeEqual(Buffer.from(m[1]!, "hex"), expected) ? null : "X-Studio-Signature does not match";
}

/** `secret` may be read late: a test learns the secret the studio made up only once the connection is saved. */
export async function startStudioReceiver({ secret, name = "Acme desk" }: { secret: string | (() => string); name?: string }): Promise<StudioReceiver> {
  const secretNow = typeof secret === "string" ? () => secret : secret;
  const accepted: StudioReceivedRequest[] = [];
  const violations: string[] = [];
  const seenKeys = new Set<string>();
  const scripted: Array<{ status: number; body?: unknown; headers?: Record<string, string> }> = [];
  const state = { replays: 0 };

  function answer(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const rawBody = Buffer.concat(chunks).toString("utf8");
      if (req.method !== "POST" || req.url !== "/callback") return answer(res, 404, { error: `no ${req.method} ${req.url}` });
      const problem = signatureProblem(secretNow(), req, rawBody);
      if (problem !== null) {
        violations.push(problem);
        return answer(res, 401, { error: problem });
      }
      if (req.headers["content-type"] !== "application/json") violations.push(`content-type ${req.headers["content-type"]}`);
      const next = scripted.shift();
      if (next) return answer(res, next.status, next.body ?? { error: `scripted ${next.status}` }, next.headers);
      const key = String(req.headers["idempotency-key"] ?? "");
      if (key === "") violations.push("no Idempotency-Key");
      if (seenKeys.has(key)) {
        state.replays++;
        return answer(res, 200, { ok: true, repeat: true });
      }
      seenKeys.add(key);
      const body = JSON.parse(rawBody) as Record<string, unknown>;
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      accepted.push({ body, rawBody, headers });
      return answer(res, 200, body.type === "ping" ? { name } : { ok: true });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/callback`,
    accepted,
    violations,
    get replays() {
      return state.replays;
    },
    failNext(n, a) {
      for (let i = 0; i < n; i++) scripted.push(a);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
