import { disconnectPrisma, getPrisma } from "../../server/db";
import { seedExampleFlows } from "../../prisma/seed/seed-flows";
import { seedKnowledge } from "../../prisma/seed/seed-knowledge";
import { seedWorkspace } from "../../prisma/seed/seed-workspace";
import { log } from "./supervisor";

/** Seeds the demo workspace and the example flows. Both are idempotent, so this runs on every start. */
export async function seed(databaseUrl: string): Promise<void> {
  process.env.DATABASE_URL = databaseUrl; // getPrisma() reads it
  const prisma = getPrisma();
  try {
    const workspace = await seedWorkspace(prisma);
    const knowledge = await seedKnowledge(prisma);
    const flows = await seedExampleFlows(prisma);
    log(`seed: ${workspace.queues} queues, ${workspace.tickets} demo tickets, ${knowledge.created} new KB articles, ${flows.created} new example flows`);
  } finally {
    await disconnectPrisma(); // the start script itself keeps no connection open
  }
}
