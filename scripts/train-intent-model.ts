// Trains one intent-model version in its own process, so the web server's event loop never blocks on the
// minute of arithmetic a training run takes. Started by `startTraining` with the version's row id; it writes its
// progress and result to that row, which the AI models page polls. Uses DATABASE_URL, inherited from the server.
import { disconnectPrisma, getPrisma } from "../server/db";
import { trainModelVersion } from "../server/services/intent-models/train-and-store";

const [modelId, ...flags] = process.argv.slice(2);
if (!modelId) {
  console.error("usage: train-intent-model <model row id> [--activate]");
  process.exit(2);
}
const sources = flags.filter((f) => f.startsWith("--source=")).map((f) => f.slice("--source=".length));
const done = await trainModelVersion(getPrisma(), modelId, { activate: flags.includes("--activate"), sources });
await disconnectPrisma();
console.log(`[train] intent model v${done.version}: ${done.status}${done.error ? ` (${done.error})` : ""}`);
process.exit(done.status === "ready" ? 0 : 1);
