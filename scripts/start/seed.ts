import type { ChildProcess } from "node:child_process";
import { disconnectPrisma, getPrisma } from "../../server/db";
import { seedExampleFlows } from "../../prisma/seed/seed-flows";
import { seedKnowledge } from "../../prisma/seed/seed-knowledge";
import { seedWorkspace } from "../../prisma/seed/seed-workspace";
import { ensureFirstAdmin } from "../../server/auth/first-admin";
import { firstAdminToShow, type TFirstAdminCredentials } from "../../server/auth/first-admin-file";
import { recoverInterruptedJobs } from "../../server/services/jobs/recover-interrupted-jobs";
import type { BacktestRunner } from "../../server/services/backtests/backtest-runner";
import { log } from "./supervisor";
import { trainFirstModel } from "./train-first-model";

/**
 * The workspace's side of a start, once the database and Temporal are up (all idempotent, so it runs on every
 * start): job rows a dead process left behind are resumed or failed; the demo workspace, knowledge and example
 * flows are seeded; the first admin is created on an empty users table; the first intent model is trained.
 * Returns the first admin's credentials for as long as they have never signed in.
 */
export async function prepareWorkspace(o: {
  databaseUrl: string;
  dataDir: string;
  resumeBacktestsOn: BacktestRunner;
  onTrainingSpawn: (child: ChildProcess) => void;
}): Promise<{ firstAdmin: TFirstAdminCredentials | null }> {
  process.env.DATABASE_URL = o.databaseUrl; // getPrisma() reads it
  const prisma = getPrisma();
  try {
    for (const line of await recoverInterruptedJobs(prisma, { resumeBacktestsOn: o.resumeBacktestsOn })) log(`recovered: ${line}`);
    const workspace = await seedWorkspace(prisma);
    const knowledge = await seedKnowledge(prisma);
    const flows = await seedExampleFlows(prisma);
    log(`seed: ${workspace.queues} queues, ${workspace.tickets} demo tickets, ${knowledge.created} new KB articles, ${flows.created} new example flows`);
    const created = await ensureFirstAdmin(prisma, process.env, o.dataDir);
    // Printed at once as well as in the summary, so a start that fails later has still shown them.
    if (created) log(`seed: created the first admin, ${created.email} / ${created.password} (kept in ${o.dataDir}/first-admin.txt until their first sign-in)`);
    const firstAdmin = await firstAdminToShow(prisma, o.dataDir);
    await trainFirstModel(prisma, workspace.tickets, o.onTrainingSpawn);
    return { firstAdmin };
  } finally {
    await disconnectPrisma(); // the start script itself keeps no connection open
  }
}
