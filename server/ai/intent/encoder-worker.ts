/** Worker-thread entry (see stage-worker.ts): runs the encoder's SVM stage and posts its progress and result. */
import "server-only";
import { parentPort, workerData } from "node:worker_threads";
import { runEncoderStage, type TEncoderStageInput } from "./encoder-stage";

const port = parentPort!;
const result = runEncoderStage(workerData as TEncoderStageInput, (...args) => port.postMessage({ kind: "progress", args }));
// Moved, not copied: the stage allocated each of these arrays itself.
port.postMessage({ kind: "result", result }, [result.oof.buffer, result.final.weights.buffer, result.final.bias.buffer] as ArrayBuffer[]);
