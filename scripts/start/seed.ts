import { disconnectPrisma, getPrisma } from "../../server/db";
import { seedExampleFlows } from "../../prisma/seed/seed-flows";
import { seedWorkspace } from "../../prisma/seed/seed-workspace";
import { log } from "./supervisor";

/** Seeds the demo workspace and the example flows. Both are idempotent, so this runs on every start. */
export async function seed(databaseUrl: string): Promise<void> {
  process.env.DATABASE_URL = databaseUrl; // getPrisma() reads it
  const prisma = getPrisma();
  try {
    const workspace = await seedWorkspace(prisma);
    const flows = await seedExampleFlows(prisma);
    log(`seed: ${workspace.queues} queues, ${workspace.tickets} demo tickets, ${flows.created} example flows created`);
  } finally {
    await disconnectPrisma(); // the start script itself keeps no connection open
  }
}
