import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { studio } from "../run-studio";
import { EXAMPLES } from "../../workflows/examples";
import { BROKEN_EXAMPLES } from "../../workflows/examples/broken";

describe.concurrent("studio compile", { timeout: 90_000 }, () => {
  it.each(EXAMPLES)("compiles the $slug example to a plan", async ({ slug }) => {
    const run = await studio("compile", `workflows/examples/${slug}.json`);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect(plan.planVersion).toBe(2);
    expect(plan.entry["ticket.created"]).toBe("trigger");
  });

  it.each(BROKEN_EXAMPLES)("rejects broken/$file naming the nodes", async ({ file, expected }) => {
    const run = await studio("compile", `workflows/examples/broken/${file}`);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(lines[i]).toMatch(new RegExp(`^${e.nodeId ?? e.edgeId ?? "graph"}: \\S`)));
    expect(run.stderr).toContain(`${expected.length} problem`);
  });

  it("prints { ok: false, errors } with --json", async () => {
    const run = await studio("compile", "workflows/examples/broken/unknown-queue.json", "--json");
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(out.ok).toBe(false);
    expect(out.errors).toEqual([expect.objectContaining({ code: "unknown-queue", nodeId: "route-vip", field: "queue" })]);
  });

  it("prints { ok: true, plan } with --json", async () => {
    const run = await studio("compile", "workflows/examples/sla-escalation.json", "--json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, plan: { nodes: { sla: { durationMs: 3_600_000 } } } });
  });

  it("checks queues against --queues when given", async () => {
    const run = await studio("compile", "workflows/examples/tier1-password-reset.json", "--queues", "general, billing");
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split("\n")).toEqual([
      expect.stringMatching(/^route-account-security: Route "To account security": there is no queue "account-security"/),
    ]);
  });

  it("explains a file that is not JSON, and one that does not exist", async () => {
    const dir = mkdtempSync(join(tmpdir(), "studio-compile-"));
    const bad = join(dir, "flow.json");
    writeFileSync(bad, "{ nodes: [");
    const notJson = await studio("compile", bad);
    expect(notJson.code).toBe(1);
    expect(notJson.stdout).toMatch(/^graph: .*flow\.json is not valid JSON/);

    const missing = await studio("compile", join(dir, "missing.json"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Cannot read .*missing\.json: no such file/);
  });

  it("exits 2 on a usage error", async () => {
    const run = await studio("compile");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("missing required argument");
  });
});
