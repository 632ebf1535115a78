import "server-only";
import { studioSignatureHeaders } from "../../helpdesk/studio/signature";

/** The studio's public ingest, as a helpdesk or the simulator calls it over HTTP. */
export interface IngestClient {
  createTicket(body: Record<string, unknown>): Promise<{ ticketId: string }>;
  reply(ticketId: string, body: { author: "customer" | "agent"; body: string; externalId?: string }): Promise<void>;
  rate(ticketId: string, score: number): Promise<void>;
}

/**
 * Calls `POST /api/webhooks/tickets`, `…/<id>/messages` and `…/<id>/rating` on a running studio, each signed with
 * the webhook secret as a helpdesk signs them. A refusal is an error with the studio's own sentence, so the
 * simulator can say it.
 */
export function webhookClient(baseUrl: string, secret: string): IngestClient {
  const sign = uniqueSigner(secret);
  const post = async (path: string, body: unknown): Promise<unknown> => {
    const raw = JSON.stringify(body);
    const headers = { "content-type": "application/json", ...(await sign(raw)) };
    const res = await fetch(new URL(path, baseUrl), { method: "POST", headers, body: raw, signal: AbortSignal.timeout(30_000) });
    const answer = (await res.json().catch(() => ({}))) as { error?: string };
    if (!res.ok) throw new Error(`${path} answered ${res.status}: ${answer.error ?? res.statusText}`);
    return answer;
  };
  return {
    async createTicket(body) {
      const answer = (await post("/api/webhooks/tickets", body)) as { ticket: { id: string } };
      return { ticketId: answer.ticket.id };
    },
    async reply(ticketId, body) {
      await post(`/api/webhooks/tickets/${encodeURIComponent(ticketId)}/messages`, body);
    },
    async rate(ticketId, score) {
      await post(`/api/webhooks/tickets/${encodeURIComponent(ticketId)}/rating`, { score });
    },
  };
}

/**
 * Signs each body as it goes, never twice within one second: a signature names its delivery whatever the path, so
 * two equal bodies (the same rating for two tickets) signed in the same second would be refused as a replay. The
 * second waits for the next second instead.
 */
function uniqueSigner(secret: string): (raw: string) => Promise<Record<string, string>> {
  const lastSecond = new Map<string, number>();
  return async (raw) => {
    for (;;) {
      const now = Date.now();
      const second = Math.floor(now / 1000);
      if (lastSecond.get(raw) !== second) {
        for (const [body, at] of lastSecond) if (at < second - 1) lastSecond.delete(body);
        lastSecond.set(raw, second);
        return studioSignatureHeaders(secret, raw, new Date(now));
      }
      await new Promise((resolve) => setTimeout(resolve, 1000 - (now % 1000) + 5));
    }
  };
}
