import "server-only";
import fs from "node:fs";
import path from "node:path";

/**
 * As root the embedded server runs as the `postgres` user, which must be able to enter `dir` and every parent of
 * it (o+x). The first one it cannot enter, as a sentence with the fix; undefined when it can enter them all.
 */
export function postgresCannotEnter(dir: string): string | undefined {
  for (let current = dir; ; current = path.dirname(current)) {
    const { mode } = fs.statSync(current);
    if (!(mode & 0o001)) {
      return (
        `The embedded PostgreSQL server runs as the "postgres" user, which cannot enter ${current} (mode ${(mode & 0o777).toString(8)}). ` +
        `Run \`chmod o+x ${current}\`, set STUDIO_DATA_DIR elsewhere, or set DATABASE_URL.`
      );
    }
    if (current === path.dirname(current)) return undefined;
  }
}
