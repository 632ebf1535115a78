import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** What a production build depends on. Anything newer than .next/BUILD_ID means the build is stale. */
const SOURCE_DIRS = ["app", "components", "server", "workflows", "temporal", "lib", "public", "styles", "prisma"];
const SOURCE_FILES = [
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "next.config.ts",
  "next.config.mjs",
  "next.config.js",
  "postcss.config.mjs",
  "postcss.config.js",
  "tailwind.config.ts",
];
const SKIP = new Set(["node_modules", ".next", ".data", "test-results"]);

function newestMtime(file: string): number {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(file)) {
    if (!SKIP.has(entry)) newest = Math.max(newest, newestMtime(path.join(file, entry)));
  }
  return newest;
}

/**
 * Why `next build` must run before `next start`, or undefined when the existing build is current.
 * A plain mtime comparison: cheap, and errs towards rebuilding (e.g. after a checkout).
 */
export function whyBuild(root: string): string | undefined {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return "no production build yet (.next/BUILD_ID missing)";
  const built = statSync(buildId).mtimeMs;
  const newest = Math.max(
    ...SOURCE_DIRS.map((dir) => newestMtime(path.join(root, dir))),
    ...SOURCE_FILES.map((file) => newestMtime(path.join(root, file))),
  );
  return newest > built ? "sources changed since the last build (.next/BUILD_ID is older)" : undefined;
}
