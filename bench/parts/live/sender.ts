import http from "node:http";
import { studioSignatureHeaders } from "../../../server/helpdesk/studio/signature";
import { dueAtMs, dueCount, type OpenLoopPlan } from "./schedule";

export interface Sent {
  externalId: string;
  /** Date.now() when the request was handed to the socket pool; decisions are timed from here too. */
  sentAt: number;
  /** How late the send was against its slot in the plan. */
  lagMs: number;
  /** HTTP status, or 0 when no answer came (refused, reset, timed out). */
  status: number;
  latencyMs: number | null;
}

const TICK_MS = 2;
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * Offers `plan.total` tickets to the webhook at the plan's fixed rate, open loop, over keep-alive connections to
 * loopback, each signed with the stack's webhook secret as a helpdesk signs it. `onSent` sees each ticket as it goes
 * out, so the decision watcher can look for it before its answer. Resolves once every request has an answer or has
 * timed out.
 */
export async function offerOpenLoop(o: {
  url: string;
  secret: string;
  plan: OpenLoopPlan;
  body: (i: number) => { externalId: string; json: string };
  onSent: (sent: Sent) => void;
}): Promise<Sent[]> {
  const target = new URL(o.url);
  if (target.hostname !== "127.0.0.1" && target.hostname !== "localhost") throw new Error(`live bench: loopback only, not ${target.hostname}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const results: Array<Promise<Sent>> = [];
  const t0 = Date.now();
  try {
    while (results.length < o.plan.total) {
      const due = dueCount(o.plan, Date.now() - t0);
      while (results.length < due) {
        const i = results.length;
        const { externalId, json } = o.body(i);
        const sentAt = Date.now();
        const sent: Sent = { externalId, sentAt, lagMs: sentAt - (t0 + dueAtMs(o.plan, i)), status: 0, latencyMs: null };
        o.onSent(sent);
        results.push(post(agent, target, json, studioSignatureHeaders(o.secret, json, new Date(sentAt))).then(({ status, latencyMs }) => Object.assign(sent, { status, latencyMs })));
      }
      const next = t0 + dueAtMs(o.plan, results.length);
      await sleep(Math.max(0, Math.min(TICK_MS, next - Date.now())));
    }
    return await Promise.all(results);
  } finally {
    agent.destroy();
  }
}

function post(agent: http.Agent, url: URL, json: string, signature: Record<string, string>): Promise<{ status: number; latencyMs: number | null }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const request = http.request(
      url,
      { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(json), ...signature }, timeout: REQUEST_TIMEOUT_MS },
      (response) => {
        // Read the body to the end: the connection goes back to the pool only then.
        response.on("data", () => {});
        response.on("end", () => resolve({ status: response.statusCode ?? 0, latencyMs: performance.now() - started }));
        response.on("error", () => resolve({ status: 0, latencyMs: null }));
      },
    );
    request.on("timeout", () => request.destroy(new Error("timed out")));
    request.on("error", () => resolve({ status: 0, latencyMs: null }));
    request.end(json);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
