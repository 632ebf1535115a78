import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { studio } from "../run-studio";
import { compile } from "../../workflows/compile";

const FIXTURES = "server/connectors/zendesk/fixtures";
const GROUPS = '{"360001234567":"escalations"}';

describe.concurrent("studio import-zendesk-trigger", { timeout: 90_000 }, () => {
  it("prints a compilable graph on stdout and the unsupported items on stderr", async () => {
    const run = await studio("import-zendesk-trigger", `${FIXTURES}/trigger-urgent-escalation.json`, "--group-names", GROUPS);
    expect(run.code).toBe(0);
    const graph = JSON.parse(run.stdout);
    expect(compile(graph, { knownQueues: ["escalations"] }).ok).toBe(true);
    const lines = run.stderr.trim().split("\n");
    expect(lines[0]).toBe('trigger "Escalate urgent outage emails": 3 items have no equivalent');
    expect(lines.filter((l) => l.startsWith("  unsupported "))).toEqual([
      expect.stringMatching(/^ {2}unsupported conditions\.all\[4\] organization_id is "360022233344": /),
      expect.stringMatching(/^ {2}unsupported conditions\.any\[2\] role is "end_user": /),
      expect.stringMatching(/^ {2}unsupported actions\[3\] assignee_id "current_user": /),
    ]);
  });

  it("tells how to give an unmapped group its queue with --group-names, not the import dialog's table", async () => {
    const run = await studio("import-zendesk-trigger", `${FIXTURES}/trigger-urgent-escalation.json`);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`Zendesk group 360001234567 has no queue yet: give it one with --group-names '{"360001234567":"<queue name>"}', then run the import again`);
    expect(run.stderr).not.toContain("table");
  });

  it("writes --out, and a list of rules as [{ title, source, graph }]", async () => {
    const dir = mkdtempSync(join(tmpdir(), "studio-zendesk-"));
    const out = join(dir, "flows.json");
    const run = await studio("import-zendesk-trigger", `${FIXTURES}/automations-list.json`, "--out", out);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`Wrote ${out}`);
    expect(run.stderr).toContain('automation "Close ticket 4 days after status is set to solved": 1 item has no equivalent');
    const flows = JSON.parse(readFileSync(out, "utf8")) as Array<{ title: string; source: string; graph: unknown }>;
    expect(flows.map((f) => f.source)).toEqual(["automation", "automation", "automation"]);
    for (const f of flows) expect(compile(f.graph).ok).toBe(true);
  });

  it("exits 0 with a trigger → end graph when nothing converts", async () => {
    const run = await studio("import-zendesk-trigger", `${FIXTURES}/trigger-nothing-convertible.json`);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).nodes.map((n: { type: string }) => n.type)).toEqual(["trigger", "end"]);
    expect(run.stderr).toContain("4 items have no equivalent");
  });

  it("exits 1 on a file that is not JSON, with the parser's message", async () => {
    const dir = mkdtempSync(join(tmpdir(), "studio-zendesk-"));
    const bad = join(dir, "trigger.json");
    writeFileSync(bad, '{ "trigger": ');
    const run = await studio("import-zendesk-trigger", bad);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/trigger\.json: Not valid JSON: /);
  });

  it("exits 1 on JSON of the wrong shape, one path a line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "studio-zendesk-"));
    const bad = join(dir, "trigger.json");
    writeFileSync(bad, JSON.stringify({ trigger: { title: "x", conditions: { all: [{ field: "status", value: "new" }] } } }));
    const run = await studio("import-zendesk-trigger", bad);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/trigger\.json is not a Zendesk trigger or automation:$/),
      expect.stringMatching(/^ {2}trigger\.conditions\.all\.0\.operator: /),
      expect.stringMatching(/^ {2}trigger\.actions: /),
    ]);
  });

  it("exits 1 on a missing file and on bad --group-names", async () => {
    const missing = await studio("import-zendesk-trigger", "no/such/trigger.json");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Cannot read no\/such\/trigger\.json: no such file/);

    const badGroups = await studio("import-zendesk-trigger", `${FIXTURES}/trigger-urgent-escalation.json`, "--group-names", "{360001234567: escalations}");
    expect(badGroups.code).toBe(1);
    expect(badGroups.stderr).toContain("--group-names is not JSON");
  });
});
