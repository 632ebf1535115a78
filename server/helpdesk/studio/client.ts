import "server-only";
import type { HelpdeskClient } from "../contract";
import { HelpdeskCallError } from "../helpdesk-call-error";
import { callbackBodyOf, type TStudioCallbackBody } from "./callback-body";
import type { TStudioSecrets, TStudioSettings } from "./settings";
import { studioSignatureHeaders } from "./signature";

/** How errors name the other side: "Your system answered 422: ...". */
export const YOUR_SYSTEM = "Your system";
/** A callback that hangs is given up and tried again later by the effect layer, like any other network failure. */
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * The studio's side of its own channel: each effect is one signed JSON POST to the callback address, with the
 * effect's `Idempotency-Key` so the receiver can drop a retry it already carried out. 2xx is done; 429, 408 and 5xx
 * are tried again (after Retry-After when given); any other answer is final and goes down the flow's failure path
 * with the receiver's words. Without a callback address the connection is inbound only and sends nothing.
 */
export function createStudioClient(
  settings: TStudioSettings,
  secrets: TStudioSecrets,
  options: { fetch?: typeof fetch; now?: () => Date } = {},
): HelpdeskClient {
  const doFetch = options.fetch ?? fetch;
  const now = options.now ?? (() => new Date());
  const callbackUrl = settings.callbackUrl;

  async function post(url: string, body: TStudioCallbackBody, idempotencyKey: string): Promise<string> {
    const rawBody = JSON.stringify(body);
    let res: Response;
    let text: string;
    try {
      res = await doFetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Idempotency-Key": idempotencyKey, ...studioSignatureHeaders(secrets.signingSecret, rawBody, now()) },
        body: rawBody,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      text = await res.text();
    } catch (cause) {
      throw HelpdeskCallError.network(YOUR_SYSTEM, cause);
    }
    if (!res.ok) throw HelpdeskCallError.fromResponse(YOUR_SYSTEM, res.status, res.headers, text);
    return text;
  }

  return {
    async whoAmI() {
      if (callbackUrl === undefined) {
        return "your own system, inbound only: no callback address is set, so the flows' replies and changes stay in the studio";
      }
      const text = await post(callbackUrl, { type: "ping" }, `ping:${now().getTime()}`);
      return `${nameIn(text) ?? "your system"} at ${callbackUrl}`;
    },
    // The sender's system has no groups or users to list: the studio's own queue names and agent emails go out as they are.
    listGroups: async () => [],
    listAgents: async () => [],
    async apply(externalTicketId, action, idempotencyKey) {
      if (callbackUrl === undefined) return;
      await post(callbackUrl, callbackBodyOf(externalTicketId, action), idempotencyKey);
    },
  };
}

/** A ping's answer may name the receiver ({"name": "Acme desk"}); anything else is fine too. */
function nameIn(text: string): string | null {
  try {
    const name = (JSON.parse(text) as { name?: unknown } | null)?.name;
    return typeof name === "string" && name.trim() !== "" ? name.trim().slice(0, 100) : null;
  } catch {
    return null;
  }
}
