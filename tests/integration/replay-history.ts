import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import proto from "@temporalio/proto";
import { Worker } from "@temporalio/worker";

/**
 * `replay-history.ts <history.pb>`: replays a recorded ticketFlow history on this build's workflow code and exits 0,
 * or prints why it does not replay and exits 1. The histories are kept in protobuf's binary form: the SDK's JSON
 * reader refuses them here, because npm installs two copies of protobufjs 8 for it (one for @temporalio/proto, one
 * for @temporalio/common) and each rejects the other's types. A process of its own, so the bundle builds apart.
 */
const workflowsPath = fileURLToPath(new URL("../../workflows/index.ts", import.meta.url));
const file = process.argv[2]!;

try {
  const history = proto.temporal.api.history.v1.History.decode(readFileSync(file));
  await Worker.runReplayHistory({ workflowsPath }, history, "replayed");
  console.log("replayed");
} catch (error) {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  process.exitCode = 1;
}
