// Prisma 6.19 with the JavaScript schema engine: `generate`, `migrate` and queries run entirely from npm
// packages (the schema engine is WASM, queries go through the pg driver adapter), so no native engine binary
// is ever downloaded. See ../shared/design.md, "Stack".
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { parseIntoClientConfig } from "pg-connection-string";

const databaseUrl = process.env.DATABASE_URL;

// Before every command the CLI resolves schema.prisma's env("DATABASE_URL") to learn the generator's engineType.
// If that fails it silently assumes the native "library" engine and tries to download it from binaries.prisma.sh,
// which breaks `prisma generate` (our postinstall) offline. The schema's URL is never used to connect (the adapter
// below is), so a placeholder is enough for commands that don't touch the database.
process.env.DATABASE_URL ??= "postgresql://unset@localhost/unset";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    if (!databaseUrl) throw new Error("DATABASE_URL is not set (`npm run db:migrate` starts the embedded database and sets it)");
    // Parsed fields, not { connectionString }: for `migrate dev` the adapter makes a shadow database by spreading
    // this config with another `database`, and pg lets a connectionString override that, so the "shadow" would be
    // the real database and migrate dev would fail with "type ... already exists".
    return new PrismaPg(parseIntoClientConfig(databaseUrl));
  },
});
