import fs from "node:fs";
import path from "node:path";

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
  if (o.embeddedDatabase && o.asRoot) {
    for (let dir = existing; ; dir = path.dirname(dir)) {
      const mode = fs.statSync(dir).mode;
      if (!(mode & 0o001)) {
        problems.push(
          `The embedded PostgreSQL server runs as the "postgres" user, which cannot enter ${dir} (mode ${(mode & 0o777).toString(8)}). ` +
            `Run \`chmod o+x ${dir}\`, set STUDIO_DATA_DIR elsewhere, or set DATABASE_URL.`,
        );
        break;
      }
      if (dir === path.dirname(dir)) break;
    }
  }
  return problems;
}

function nearestExisting(dir: string): string {
  for (let current = dir; ; current = path.dirname(current)) {
    if (fs.existsSync(current)) return current;
    if (current === path.dirname(current)) return current;
  }
}
