import "server-only";
import { runMlpStage, type TMlpStageInput, type TMlpStageOutput } from "./mlp-stage";
import { runStageInWorker } from "./stage-worker";

/** The network's stage (mlp-stage.ts) on a worker thread (see stage-worker.ts). */
export function runMlpStageInWorker(
  input: TMlpStageInput,
  onFit?: (done: number, total: number) => void,
  entryFile = "mlp-worker.ts",
): Promise<TMlpStageOutput> {
  return runStageInWorker(runMlpStage, input, entryFile, onFit);
}
