import "server-only";
import { isIP } from "node:net";

/**
 * The one header better-auth reads the caller's address from (auth.ts). The auth route sets it itself and drops
 * any copy a caller sent, so the address a rate limit counts under is never the caller's own claim.
 */
export const CLIENT_ADDRESS_HEADER = "x-studio-client-address";

/** TRUST_PROXY=1 (or true): the studio runs behind a reverse proxy that appends the caller's address to X-Forwarded-For. */
export function trustsProxy(env: Record<string, string | undefined> = process.env): boolean {
  return /^(1|true|yes)$/i.test(env.TRUST_PROXY?.trim() ?? "");
}

/**
 * The caller's address when a trusted proxy told us: the last X-Forwarded-For entry (the one our proxy appended;
 * everything left of it came from the caller and may be made up), else X-Real-IP. Null without a trusted proxy: a
 * Next.js route cannot see the socket, and a header the caller wrote is no address, so all such callers share one
 * budget (better-auth's fixed key) and a rotating X-Forwarded-For buys nothing.
 */
export function clientAddress(headers: Headers, trustProxy: boolean): string | null {
  if (!trustProxy) return null;
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  const candidate = last ?? headers.get("x-real-ip")?.trim();
  return candidate && isIP(candidate) !== 0 ? candidate : null;
}

/** The request as better-auth should see it: our address header set from what we trust, or removed. */
export function withClientAddress(request: Request, trustProxy = trustsProxy()): Request {
  const headers = new Headers(request.headers);
  headers.delete(CLIENT_ADDRESS_HEADER);
  const address = clientAddress(request.headers, trustProxy);
  if (address !== null) headers.set(CLIENT_ADDRESS_HEADER, address);
  const init: RequestInit & { duplex?: "half" } = { method: request.method, headers, signal: request.signal };
  if (request.body !== null && request.method !== "GET" && request.method !== "HEAD") {
    init.body = request.body;
    init.duplex = "half";
  }
  return new Request(request.url, init);
}
