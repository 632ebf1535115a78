import { existsSync } from "node:fs";
import path from "node:path";
import { isPortFree } from "../../temporal/launcher/ports";
import { dataDirProblems } from "./checks/data-dir";
import { externalDatabaseProblem, temporalPlan, type TemporalPlan } from "./checks/services";

export interface PreflightResult {
  problems: string[];
  temporal?: TemporalPlan;
}

/**
 * Everything `npm start` needs, checked before it writes anything (no data dir, no database cluster, no admin,
 * no build), so a start that cannot succeed changes nothing and names every problem at once with its fix.
 * What can still fail later is what only trying can tell (a server that crashes on start).
 */
export async function preflight(o: { root: string; dataDir: string; port: number; host: string }): Promise<PreflightResult> {
  const embeddedDatabase = !process.env.DATABASE_URL;
  const [portFree, database, temporal] = await Promise.all([
    isPortFree(o.port, o.host),
    embeddedDatabase ? undefined : externalDatabaseProblem(process.env.DATABASE_URL!),
    temporalPlan(path.join(o.dataDir, "temporal")),
  ]);
  const problems = [
    ...nodeProblems(o.root),
    ...(portFree ? [] : [`Port ${o.port} is already in use (another \`npm start\`?). Stop that, or set PORT to another one (e.g. PORT=3001 npm start).`]),
    ...dataDirProblems(o.dataDir, { embeddedDatabase, asRoot: process.getuid?.() === 0 }),
    ...(database ? [database] : []),
    ...(temporal.problem ? [temporal.problem] : []),
  ];
  return { problems, temporal: temporal.plan };
}

function nodeProblems(root: string): string[] {
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  const problems: string[] = [];
  if (major < 20 || (major === 20 && minor < 9)) problems.push(`Node.js ${process.versions.node} is too old; the studio needs 20.9 or newer.`);
  if (!existsSync(path.join(root, "node_modules", ".bin", "next"))) problems.push("The dependencies are not installed: run `npm install` first.");
  return problems;
}
