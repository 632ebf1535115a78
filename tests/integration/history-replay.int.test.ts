import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { NODE_TSX_ARGS } from "../../server/lib/node-flags";

/**
 * Runs recorded by earlier builds of ticketFlow must replay on this one: a run can rest for days on an SLA timer
 * and wake on a worker that was deployed meanwhile. Each fixture is a real history (the SLA escalation example,
 * from the webhook to the breach), fetched from Temporal and stored as it came (see replay-history.ts).
 */
const script = fileURLToPath(new URL("./replay-history.ts", import.meta.url));

describe("recorded ticketFlow histories replay on this build", () => {
  it.each([
    ["stepwise-sla-escalation", "recorded by the step-by-step driver, one activity per step"],
    ["batched-sla-escalation", "recorded by the batching driver"],
  ])("%s (%s)", (name) => {
    const fixture = fileURLToPath(new URL(`../fixtures/histories/${name}.history.pb`, import.meta.url));
    const run = spawnSync(process.execPath, [...NODE_TSX_ARGS, script, fixture], { encoding: "utf8", timeout: 110_000 });
    expect(run.stderr.split("\n").filter((l) => /Error|nondetermin/i.test(l)).join("\n")).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("replayed");
  });
});
