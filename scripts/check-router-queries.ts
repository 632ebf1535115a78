/**
 * The half of the import-direction check that an import graph cannot see: a router gets Prisma through its
 * context, and a page or route handler through the composition root, not an import, so this reads the procedure
 * files and app/ for queries. They may hand the Prisma handle to a service; they may not call a model or a raw
 * query themselves.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const THIN = [join(import.meta.dirname, "..", "server", "api", "routers"), join(import.meta.dirname, "..", "app")];
const QUERY = /\bprisma\s*\.\s*(\$(transaction|queryRaw|executeRaw|queryRawUnsafe|executeRawUnsafe)\b|[a-z]\w*\s*\.\s*(find\w*|create\w*|update\w*|delete\w*|upsert|count|aggregate|groupBy)\s*\()/;

export function routerQueries(file: string, text: string): string[] {
  return text.split("\n").flatMap((line, index) => (QUERY.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : []));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

if (process.argv[1] === import.meta.filename) {
  const found = THIN.flatMap(sourceFiles).flatMap((path) => routerQueries(relative(process.cwd(), path), readFileSync(path, "utf8")));
  if (found.length > 0) {
    console.error(`Routers, pages and route handlers must call a service, not query the database (${found.length}):\n${found.join("\n")}`);
    process.exit(1);
  }
  console.log("Routers, pages and route handlers: no direct queries.");
}
