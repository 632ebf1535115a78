import "server-only";

/**
 * The address helpdesks reach the studio at: STUDIO_PUBLIC_URL when set (behind a proxy the request's own host may
 * be an internal one), else the host the admin's browser used, as the proxy forwarded it.
 */
export function publicOrigin(headers: Headers, env: Record<string, string | undefined> = process.env): string {
  const configured = env.STUDIO_PUBLIC_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  const host = first(headers.get("x-forwarded-host")) ?? headers.get("host") ?? `127.0.0.1:${env.PORT ?? "3000"}`;
  const proto = first(headers.get("x-forwarded-proto")) ?? "http";
  return `${proto}://${host}`;
}

/** Where a connection's helpdesk sends its webhooks. */
export function webhookUrlFor(origin: string, connectionId: string): string {
  return `${origin}/api/webhooks/helpdesk/${encodeURIComponent(connectionId)}`;
}

function first(value: string | null): string | undefined {
  return value?.split(",")[0]?.trim() || undefined;
}
