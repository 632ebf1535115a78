import fs from "node:fs";
import path from "node:path";
import { postgresCannotEnter } from "../../../server/db/postgres-user-access";

/**
 * Whether the data dir can hold the studio's state, judged without creating anything: the dir itself when it
 * exists, else the nearest existing parent, must be a writable directory; and as root, where the embedded
 * PostgreSQL runs as the `postgres` user, every existing parent of the cluster must let others pass (o+x).
 * Returns the problems in the user's words, with the fix.
 */
export function dataDirProblems(dataDir: string, o: { embeddedDatabase: boolean; asRoot: boolean }): string[] {
  const root = path.resolve(dataDir);
  const existing = nearestExisting(root);
  const problems: string[] = [];
  const fix = "Set STUDIO_DATA_DIR to a writable directory" + (o.embeddedDatabase ? ", or DATABASE_URL to an existing PostgreSQL server." : ".");
  if (!fs.statSync(existing).isDirectory()) {
    return [`The data dir ${root} cannot be created: ${existing} is a file, not a directory. ${fix}`];
  }
  try {
    fs.accessSync(existing, fs.constants.W_OK | fs.constants.X_OK);
  } catch (error) {
    const what = existing === root ? `The data dir ${root} is not writable` : `The data dir ${root} cannot be created in ${existing}`;
    problems.push(`${what} (${(error as NodeJS.ErrnoException).code}). ${fix}`);
  }
  const closed = o.embeddedDatabase && o.asRoot ? postgresCannotEnter(existing) : undefined;
  if (closed) problems.push(closed);
  return problems;
}

function nearestExisting(dir: string): string {
  for (let current = dir; ; current = path.dirname(current)) {
    if (fs.existsSync(current)) return current;
    if (current === path.dirname(current)) return current;
  }
}
