import { spawnSync } from "node:child_process";
import os from "node:os";
import { afterAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { createAiProvider } from "../ai/create-ai-provider";
import { currentProcessOwner, formatOwner } from "../../lib/process-owner";
import { temporalBacktestRunner } from "../../../temporal/backtest-starter";
import { getTemporalClient } from "../../../temporal/client";
import { eventually, startInProcessWorker, uniqueId } from "../../../tests/integration/helpers";
import { bAgainstA, ensureQueues, flowWithTwoVersions, importScoped, scopedFacts, scopedTicket } from "../backtests/backtest-test-kit";
import { getBacktestView } from "../backtests/backtest-view";
import { runBacktestChunk } from "../backtests/run-backtest-chunk";
import { startBacktest } from "../backtests/start-backtest";
import { createImportJob } from "../history-import/import-jobs";
import { recoverInterruptedJobs } from "./recover-interrupted-jobs";
import { backtestPorts } from "../../../tests/backtest-ports";

/*
 * What a start does with the job rows a dead process left "running". The backtest flows are the kit's:
 *
 * A (v1):  trigger ─▶ is-enterprise ─true─▶ to-enterprise ─▶ end      B (v2):  trigger ─▶ is-chat ─true─▶ to-technical ─▶ end
 *                               └false─▶ to-general ─▶ end                                  └false─▶ (A's rules)
 */
const prisma = getPrisma();
let worker: { stop(): Promise<void> } | undefined;
afterAll(async () => {
  await worker?.stop();
});

/** The owner a process that has exited leaves on its rows. */
function deadOwner(): string {
  const exited = spawnSync(process.execPath, ["-e", "0"]);
  return formatOwner(os.hostname(), exited.pid!, undefined);
}

describe("recoverInterruptedJobs", () => {
  it("fails the imports a dead process left running, with what to do, and leaves live and foreign ones alone", async () => {
    const job = (fileName: string, owner: string) =>
      createImportJob(prisma, { format: "csv", fileName, filePath: "/nonexistent", fileBytes: 10, actor: "test" }).then((j) =>
        prisma.importJob.update({ where: { id: j.id }, data: { status: "running", owner, records: 1500 } }),
      );
    const name = uniqueId("export");
    const dead = await job(`${name}-dead.csv`, deadOwner());
    const alive = await job(`${name}-alive.csv`, currentProcessOwner());
    const foreign = await job(`${name}-foreign.csv`, formatOwner("another-host", 1, 1));

    const lines = await recoverInterruptedJobs(prisma);
    expect(lines).toContain(`1 import(s) (${name}-dead.csv) had stopped with their process; marked failed, import the file again to finish`);
    expect(await prisma.importJob.findUniqueOrThrow({ where: { id: dead.id } })).toMatchObject({
      status: "failed",
      error: "The import stopped when the process running it ended, after 1,500 records. Import the file again to finish: tickets already imported are recognised and left unchanged.",
      finishedAt: expect.any(Date),
    });
    for (const untouched of [alive, foreign]) expect((await prisma.importJob.findUniqueOrThrow({ where: { id: untouched.id } })).status).toBe("running");
    await prisma.importJob.updateMany({ where: { id: { in: [alive.id, foreign.id] } }, data: { status: "failed" } });
  });

  it("resumes an in-process backtest whose process died on Temporal, from its last completed chunk, with the same result", async () => {
    const source = uniqueId("recover-backtest");
    await ensureQueues(prisma, ["enterprise", "general", "technical"]);
    await importScoped(prisma, source, scopedFacts(30).map(scopedTicket));
    const flow = await flowWithTwoVersions(prisma, uniqueId("Recovered backtest"));
    const ai = createAiProvider(prisma, "keyword");
    const reference = await startBacktest(backtestPorts(prisma, ai), bAgainstA(flow, source, "in-process"), "test", { wait: true, chunkSize: 8 });

    // The state an in-process run is in when its web server dies after two of its four chunks: the run and its
    // chunks are made by startBacktest (its workflow stopped before any worker saw it), two chunks replayed by the
    // same service the in-process runner calls.
    const run = await startBacktest(backtestPorts(prisma), bAgainstA(flow, source, "temporal"), "test", { chunkSize: 8 });
    const client = await getTemporalClient();
    await client.workflow.getHandle(`backtest-${run.id}`).terminate("stands in for the in-process runner");
    for (const index of [0, 1]) await runBacktestChunk({ prisma, ai }, run.id, index);
    await prisma.backtestRun.update({ where: { id: run.id }, data: { mode: "in-process", status: "running", owner: deadOwner(), workflowId: null } });
    const busy = await startBacktest(backtestPorts(prisma), bAgainstA(flow, source, "temporal"), "test", { chunkSize: 8 });
    await client.workflow.getHandle(`backtest-${busy.id}`).terminate("a chunked run: Temporal's, not the start's");

    const resumed: string[] = [];
    const temporal = temporalBacktestRunner();
    const lines = await recoverInterruptedJobs(prisma, {
      resumeBacktestsOn: {
        start: (started) => {
          resumed.push(`${started.id}/${started.chunkCount}`);
          return temporal.start(started);
        },
        cancel: temporal.cancel,
      },
    });
    expect(lines).toContain("1 backtest(s) interrupted mid-run: resumed on Temporal from their last completed chunk");
    expect(resumed).toEqual([`${run.id}/4`]);

    worker = await startInProcessWorker();
    const done = await eventually("the resumed backtest to complete", async () => {
      const view = await getBacktestView(prisma, run.id);
      return view?.status === "completed" || view?.status === "failed" ? view : null;
    }, 120_000);
    expect(done).toMatchObject({ status: "completed", mode: "temporal", progress: { processed: 30, total: 30 } });
    expect(done.result).toEqual((await getBacktestView(prisma, reference.id))!.result);
    expect((await prisma.backtestRun.findUniqueOrThrow({ where: { id: busy.id } })).status).toBe("queued");
  }, 240_000);
});
