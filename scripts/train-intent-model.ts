// Trains one intent-model version in its own process, so the web server's event loop never blocks on the
// minute of arithmetic a training run takes. Started by `startTraining` with the version's row id; it writes its
// progress and result to that row, which the AI models page polls. Uses DATABASE_URL, inherited from the server.
//
// It ends cleanly in the two ways a start or a shutdown can cut it off: stopped by a signal, it records that it was
// interrupted (so the next start trains again); when the database goes away under it, it says so in one line and
// exits, since nothing more can be recorded (the next start sees its process is gone and marks the row).
import { databaseErrorLine, isDatabaseUnreachable } from "../server/db/database-errors";
import { disconnectPrisma, getPrisma } from "../server/db";
import { markTrainingInterrupted } from "../server/services/intent-models/interrupted-training";
import { trainModelVersion } from "../server/services/intent-models/train-and-store";

const [modelId, ...flags] = process.argv.slice(2);
if (!modelId) {
  console.error("usage: train-intent-model <model row id> [--activate]");
  process.exit(2);
}
const prisma = getPrisma();

function databaseGone(error: unknown): never {
  console.error(`[train] the database went away (${databaseErrorLine(error)}); this training stops, and the next start trains again`);
  process.exit(1);
}

for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) {
  process.once(signal, () => {
    console.error(`[train] ${signal}: stopping; the next start trains again`);
    // Bounded: a database that is already gone must not hold the exit up.
    const recorded = markTrainingInterrupted(prisma, modelId, `The training was stopped (${signal}) before it finished`);
    void Promise.race([recorded, new Promise((resolve) => setTimeout(resolve, 3_000))]).finally(() => process.exit(143));
  });
}

try {
  const sources = flags.filter((f) => f.startsWith("--source=")).map((f) => f.slice("--source=".length));
  const onWriteError = (error: unknown) => {
    if (isDatabaseUnreachable(error)) databaseGone(error);
  };
  const done = await trainModelVersion(prisma, modelId, { activate: flags.includes("--activate"), sources, onWriteError });
  await disconnectPrisma();
  console.log(`[train] intent model v${done.version}: ${done.status}${done.error ? ` (${done.error})` : ""}`);
  process.exit(done.status === "ready" ? 0 : 1);
} catch (error) {
  if (isDatabaseUnreachable(error)) databaseGone(error);
  console.error(`[train] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
