import "server-only";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { SERVER_CONDITIONS } from "../../lib/node-flags";

type TMessage<TArgs, TOut> = { kind: "progress"; args: TArgs } | { kind: "result"; result: TOut };

/**
 * Runs one training stage on a worker thread, so the caller's thread can train another stage meanwhile. `entryFile`
 * (next to this file) runs the same `stage` on the posted input and posts progress and the result, so the result
 * is the one the caller's thread would get. Progress arrives as the stage's own callback arguments.
 *
 * The code here runs as TypeScript through tsx (the CLI, the training child process, tests); a worker thread does
 * not inherit tsx's loader, so the worker first registers it and then imports its entry. It does inherit the
 * process's Node flags; the server condition is added in case this process lacks it (vitest resolves `server-only`
 * by an alias its threads do not see). When no worker can be started, or it fails, the stage runs on the caller's
 * thread instead: slower, never wrong.
 */
export function runStageInWorker<TIn, TOut, TArgs extends unknown[]>(
  stage: (input: TIn, onProgress?: (...args: TArgs) => void) => TOut,
  input: TIn,
  entryFile: string,
  onProgress?: (...args: TArgs) => void,
): Promise<TOut> {
  // A path built at run time rather than `new URL("./x-worker.ts", import.meta.url)`, which bundlers rewrite.
  // The web bundle never trains in-process (training runs in a child process), so Next's file tracing can skip it.
  const entry = pathToFileURL(join(/* turbopackIgnore: true */ dirname(fileURLToPath(import.meta.url)), entryFile)).href;
  const boot = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  return new Promise((resolve) => {
    let settled = false;
    const inThread = () => {
      if (settled) return;
      settled = true;
      resolve(stage(input, onProgress));
    };
    let worker: Worker;
    try {
      worker = new Worker(boot, { eval: true, workerData: input, execArgv: [...process.execArgv, ...SERVER_CONDITIONS] });
    } catch {
      inThread();
      return;
    }
    worker.on("message", (m: TMessage<TArgs, TOut>) => {
      if (m.kind === "progress") onProgress?.(...m.args);
      else if (!settled) {
        settled = true;
        resolve(m.result);
        void worker.terminate();
      }
    });
    worker.on("error", inThread);
    worker.on("exit", inThread);
  });
}
