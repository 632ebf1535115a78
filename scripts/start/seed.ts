import { disconnectPrisma, getPrisma } from "../../server/db";
import { seedExampleFlows } from "../../prisma/seed/seed-flows";
import { seedKnowledge } from "../../prisma/seed/seed-knowledge";
import { seedWorkspace } from "../../prisma/seed/seed-workspace";
import { ensureFirstAdmin } from "../../server/auth/first-admin";
import { log } from "./supervisor";
import { trainFirstModel } from "./train-first-model";

/**
 * Seeds the demo workspace and the example flows (idempotent, so this runs on every start), and the first
 * admin on an empty users table: their credentials come back only then, for the start summary.
 */
export async function seed(databaseUrl: string): Promise<{ email: string; password: string } | null> {
  process.env.DATABASE_URL = databaseUrl; // getPrisma() reads it
  const prisma = getPrisma();
  try {
    const workspace = await seedWorkspace(prisma);
    const knowledge = await seedKnowledge(prisma);
    const flows = await seedExampleFlows(prisma);
    log(`seed: ${workspace.queues} queues, ${workspace.tickets} demo tickets, ${knowledge.created} new KB articles, ${flows.created} new example flows`);
    const admin = await ensureFirstAdmin(prisma);
    if (admin) log(`seed: created the first admin, ${admin.email}`);
    await trainFirstModel(prisma, workspace.tickets);
    return admin;
  } finally {
    await disconnectPrisma(); // the start script itself keeps no connection open
  }
}
