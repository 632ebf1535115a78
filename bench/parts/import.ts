import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { NODE_TSX_ARGS } from "../../server/lib/node-flags";

const CHILD = fileURLToPath(new URL("./import-child.ts", import.meta.url));

/**
 * Import throughput and memory for a 200,000-ticket CSV into the embedded PostgreSQL (issue 4's target: at
 * least 5,000 tickets/s, peak RSS under 500 MB). Runs in a child process so the RSS is the importer's own.
 */
export function benchImport(tickets: number): { ticketsPerSecond: number; peakRssMb: number; [k: string]: unknown } {
  const out = execFileSync(process.execPath, [...NODE_TSX_ARGS, CHILD, String(tickets)], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 20 });
  const result = JSON.parse(out.trim().split("\n").at(-1)!) as { ticketsPerSecond: number; peakRssMb: number };
  return { ...result, targets: { ticketsPerSecond: 5_000, peakRssMb: 500 }, met: result.ticketsPerSecond >= 5_000 && result.peakRssMb < 500 };
}
