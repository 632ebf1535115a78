import pg from "pg";
import { installHint, findTemporalCli, type FoundCli } from "../../../temporal/launcher/find-cli";
import { answers } from "../../../temporal/launcher/wait-ready";
import { liveRecord } from "../../../temporal/launcher/state-file";
import { TEMPORAL_NAMESPACE } from "../../../server/env";
import { redactUrl } from "../summary";

/** DATABASE_URL, when set, must answer: a start that cannot reach its database would stop after the build. */
export async function externalDatabaseProblem(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("select 1");
    return undefined;
  } catch (error) {
    return `DATABASE_URL (${redactUrl(url)}) does not answer: ${(error as Error).message}. Start that server, fix the URL, or unset DATABASE_URL to use the embedded PostgreSQL.`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export type TemporalPlan = { kind: "external" } | { kind: "reuse"; address: string } | { kind: "start"; cli: FoundCli };

/**
 * How Temporal will come up, decided before anything is started: the configured server (which must answer), the
 * dev server already running for this data dir, or a new one from a CLI that was found and runs.
 */
export async function temporalPlan(temporalDir: string): Promise<{ plan?: TemporalPlan; problem?: string }> {
  const external = process.env.TEMPORAL_ADDRESS;
  if (external) {
    if (await answers(external, TEMPORAL_NAMESPACE, 5_000)) return { plan: { kind: "external" } };
    return { problem: `TEMPORAL_ADDRESS=${external} does not answer (namespace ${TEMPORAL_NAMESPACE}). Start that server, or unset TEMPORAL_ADDRESS to run a local dev server.` };
  }
  const running = liveRecord(temporalDir, { removeStale: false });
  if (running) return { plan: { kind: "reuse", address: running.address } };
  const tried: string[] = [];
  const cli = await findTemporalCli(tried);
  if (cli) return { plan: { kind: "start", cli } };
  return { problem: `No Temporal CLI to run the local Temporal server. Looked for:\n    - ${tried.join("\n    - ")}\n  ${await installHint()}` };
}
