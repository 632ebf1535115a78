/** Worker-thread entry (see mlp-stage-worker.ts): runs the network's stage and posts its progress and result. */
import "server-only";
import { parentPort, workerData } from "node:worker_threads";
import { runMlpStage, type TMlpStageInput } from "./mlp-stage";

const port = parentPort!;
const result = runMlpStage(workerData as TMlpStageInput, (...args) => port.postMessage({ kind: "progress", args }));
const { final } = result;
// Moved, not copied: every array here was allocated by the stage itself, so each owns its buffer.
const owned = [result.oof, final.embed, final.hiddenBias, final.out, final.outBias].map((a) => a.buffer as ArrayBuffer);
port.postMessage({ kind: "result", result }, owned);
