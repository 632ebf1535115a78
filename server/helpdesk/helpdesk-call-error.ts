import "server-only";

/**
 * A helpdesk call that failed, sorted for the effect layer: `retryable` failures (429, 5xx, the network) are
 * tried again later (after `retryAfterMs` when the helpdesk said so in Retry-After); the rest (401, 403, 404,
 * 422, ...) never succeed on a retry and go down the flow's failure path with the helpdesk's own message.
 */
export class HelpdeskCallError extends Error {
  override readonly name = "HelpdeskCallError";
  constructor(
    message: string,
    readonly status: number | null,
    readonly retryable: boolean,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }

  /** From an HTTP answer that was not 2xx: `vendor` names the helpdesk in the message ("Zendesk answered 422: ..."). */
  static fromResponse(vendor: string, status: number, headers: { get(name: string): string | null }, detail: string): HelpdeskCallError {
    const retryable = status === 429 || status === 408 || status >= 500;
    const said = detail.trim().slice(0, 500);
    return new HelpdeskCallError(`${vendor} answered ${status}${said ? `: ${said}` : ""}`, status, retryable, retryAfterMs(headers.get("retry-after")));
  }

  /** The request never got an answer (refused, reset, timed out): worth another try. */
  static network(vendor: string, cause: unknown): HelpdeskCallError {
    return new HelpdeskCallError(`${vendor} could not be reached: ${(cause as Error)?.message ?? String(cause)}`, null, true);
  }
}

/** Retry-After as seconds or as an HTTP date; null when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === "") return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds * 1000));
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
