import http from "node:http";
import { studioSignatureHeaders } from "../../../server/helpdesk/studio/signature";
import { dueAtMs, dueCount, planOf } from "../live/schedule";

export interface Offered {
  externalId: string;
  /** HTTP status, or 0 when no answer came (refused, reset, timed out). */
  status: number;
}

const TICK_MS = 5;
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * Offers tickets to the webhook at a fixed rate for `seconds`, open loop (a slow answer never delays the next send),
 * each body signed with the stack's secret at the moment it goes out, as a helpdesk sends them. Loopback only.
 * Resolves once every request has an answer or has timed out.
 */
export async function offerSigned(o: {
  url: string;
  ratePerSecond: number;
  seconds: number;
  secret: string;
  body: (i: number) => { externalId: string; json: string };
}): Promise<Offered[]> {
  const target = new URL(o.url);
  if (target.hostname !== "127.0.0.1" && target.hostname !== "localhost") throw new Error(`soak bench: loopback only, not ${target.hostname}`);
  const plan = planOf(o.ratePerSecond, o.seconds);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const results: Array<Promise<Offered>> = [];
  const t0 = Date.now();
  try {
    while (results.length < plan.total) {
      const due = dueCount(plan, Date.now() - t0);
      while (results.length < due) {
        const { externalId, json } = o.body(results.length);
        results.push(post(agent, target, json, studioSignatureHeaders(o.secret, json, new Date())).then((status) => ({ externalId, status })));
      }
      await sleep(Math.max(0, Math.min(TICK_MS, t0 + dueAtMs(plan, results.length) - Date.now())));
    }
    return await Promise.all(results);
  } finally {
    agent.destroy();
  }
}

function post(agent: http.Agent, url: URL, json: string, signature: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const headers = { ...signature, "content-type": "application/json", "content-length": Buffer.byteLength(json) };
    const request = http.request(url, { method: "POST", agent, headers, timeout: REQUEST_TIMEOUT_MS }, (response) => {
      // Read the body to the end: the connection goes back to the pool only then.
      response.on("data", () => {});
      response.on("end", () => resolve(response.statusCode ?? 0));
      response.on("error", () => resolve(0));
    });
    request.on("timeout", () => request.destroy(new Error("timed out")));
    request.on("error", () => resolve(0));
    request.end(json);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
