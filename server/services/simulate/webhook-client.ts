import "server-only";

/** The studio's public ingest, as a helpdesk or the simulator calls it over HTTP. */
export interface IngestClient {
  createTicket(body: Record<string, unknown>): Promise<{ ticketId: string }>;
  reply(ticketId: string, body: { author: "customer" | "agent"; body: string; externalId?: string }): Promise<void>;
  rate(ticketId: string, score: number): Promise<void>;
}

/**
 * Calls `POST /api/webhooks/tickets`, `…/<id>/messages` and `…/<id>/rating` on a running studio, with the webhook
 * token when one is set. A refusal is an error with the studio's own sentence, so the simulator can say it.
 */
export function webhookClient(baseUrl: string, token: string | undefined): IngestClient {
  const post = async (path: string, body: unknown): Promise<unknown> => {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(new URL(path, baseUrl), { method: "POST", headers, body: JSON.stringify(body), signal: AbortSignal.timeout(30_000) });
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
