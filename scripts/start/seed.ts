import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { disconnectPrisma, getPrisma } from "../../server/db";
import { seedWorkspace } from "../../prisma/seed/seed-workspace";
import { log } from "./supervisor";

/**
 * Seeds the workspace (idempotent, so it runs on every start), then the example flows when that module
 * exists. The flows module is optional, so it is probed on disk and imported dynamically: a missing
 * file is skipped with a notice, while an error inside an existing one still fails the start.
 */
export async function seed(root: string, databaseUrl: string): Promise<void> {
  process.env.DATABASE_URL = databaseUrl; // getPrisma() reads it
  const prisma = getPrisma();
  try {
    await seedWorkspace(prisma);
    const flowsModule = path.join(root, "prisma", "seed", "seed-flows.ts");
    if (existsSync(flowsModule)) {
      const { seedExampleFlows } = (await import(pathToFileURL(flowsModule).href)) as {
        seedExampleFlows: (client: typeof prisma) => Promise<unknown>;
      };
      await seedExampleFlows(prisma);
    } else {
      log("prisma/seed/seed-flows.ts not found: skipping the example flows");
    }
  } finally {
    await disconnectPrisma(); // the start script itself keeps no connection open
  }
}
