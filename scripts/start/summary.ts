import type { TemporalHandle } from "../../temporal/dev-server";

/** Hides the password in a connection URL before it is printed. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "****";
    return parsed.toString();
  } catch {
    return url;
  }
}

export function printSummary(o: {
  dataDir: string;
  databaseUrl: string;
  embeddedDatabase: boolean;
  temporal: TemporalHandle;
  webUrl: string;
  webReady: boolean;
  dev: boolean;
  /** The first admin's credentials, shown on every start until they have signed in once. */
  firstAdmin: { email: string; password: string } | null;
  /** Where the ticket webhooks' signing secret is: the variable's name, or the file start made in the data dir. */
  webhookSecretAt: string;
  /** The address the web app listens on. */
  host: string;
}): void {
  const lines = [
    `Flow studio is ${o.webReady ? "up" : "starting (the web app does not answer yet)"}${o.dev ? " in dev mode" : ""}`,
    `  web        ${o.webUrl}${o.host === "127.0.0.1" ? " (this machine only; set HOST=0.0.0.0 to listen on every interface)" : ` (listening on ${o.host})`}`,
    `  webhooks   sign POST /api/webhooks/tickets with the secret in ${o.webhookSecretAt} (see the README)`,
    `  database   ${redactUrl(o.databaseUrl)} (${o.embeddedDatabase ? "embedded PostgreSQL" : "external, from DATABASE_URL"})`,
    `  temporal   ${o.temporal.address}, namespace ${o.temporal.namespace}`,
    ...(o.temporal.uiUrl ? [`  temporal UI ${o.temporal.uiUrl}`] : []),
    `             ${o.temporal.how}`,
    `  data dir   ${o.dataDir}`,
    ...(o.firstAdmin
      ? [
          `Sign in at ${o.webUrl}/sign-in as ${o.firstAdmin.email} / ${o.firstAdmin.password}`,
          `  (shown on every start until the first sign-in; also in ${o.dataDir}/first-admin.txt)`,
        ]
      : []),
    `Press Ctrl-C to stop everything.`,
  ];
  const rule = "─".repeat(Math.min(100, Math.max(...lines.map((line) => line.length))));
  console.log(["", rule, ...lines, rule, ""].join("\n"));
}
