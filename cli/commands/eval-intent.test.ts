import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { studio } from "../run-studio";
import { toyRows } from "../../server/ai/intent/dev/toy-data";

const dir = mkdtempSync(join(tmpdir(), "eval-intent-"));
const csv = (name: string, header: string, rows: { text: string; label: string }[]) => {
  const file = join(dir, name);
  // One quoted field spans two lines, as real exports do.
  writeFileSync(file, `${header}\n"please\nreset my password",login\n${rows.map((r) => `"${r.text}",${r.label}`).join("\n")}\n`);
  return file;
};
const train = csv("train.csv", "text,category", toyRows(200, { seed: 1, noise: 0.2, outOfScope: 0.1 }));
const test = csv("test.csv", "text,category", toyRows(100, { seed: 2, noise: 0.2, outOfScope: 0.1 }));
// A support history has no rows labelled "not ours": the same training rows without the out-of-scope ones.
const inScopeOnly = csv("in-scope.csv", "text,category", toyRows(200, { seed: 1, noise: 0.2, outOfScope: 0.1 }).filter((r) => r.label !== "oos"));
const wrongColumns = csv("wrong.csv", "body,intent", toyRows(10, { seed: 3 }));

describe.concurrent("studio eval-intent", { timeout: 90_000 }, () => {
  it("prints the evaluation as JSON with the abstain-label keys", async () => {
    const run = await studio("eval-intent", "--train", train, "--test", test, "--abstain-label", "oos", "--json");
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    for (const key of ["accuracy", "macroF1", "coverageAtPrecision97", "thresholdAtPrecision97", "trainSeconds", "predictionsPerSecond", "oosRejected", "inScopeAccuracyWithAbstention", "trainingThreshold"]) {
      expect(report).toHaveProperty(key);
    }
    expect(report.accuracy).toBeGreaterThan(0.8);
    expect(report.trainRows).toBe(201);
    expect(report.curve).toHaveLength(100);
    expect(run.stderr).toContain("Fitting on all tickets");
    expect(report).toHaveProperty("encodedShare");
    expect(report.outOfScopeRule).toMatchObject({ kind: "abstain-label class" });
  });

  it("without out-of-scope rows in training, measures them against the rule learned from in-scope rows and names it", async () => {
    const run = await studio("eval-intent", "--train", inScopeOnly, "--test", test, "--abstain-label", "oos");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^out of scope rejected\s+\d+\.\d%$/m);
    // The nearest-intent check needs the sentence encoder (and intents that stand apart in its space).
    expect(run.stdout).toMatch(/^out-of-scope rule\s+(nearest-intent similarity, threshold \d\.\d{3} \(unfamiliar below .+\)|none \(needs the sentence encoder\))$/m);
    expect(run.stdout).not.toContain("abstain-label class");
  });

  it("prints a readable report with the curve table", async () => {
    const run = await studio("eval-intent", "--train", train, "--test", test);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^accuracy\s+\d+\.\d%$/m);
    expect(run.stdout).toMatch(/^threshold\s+precision\s+coverage$/m);
    expect(run.stdout).toMatch(/^\s+0\.50\s+\d+\.\d%\s+\d+\.\d%$/m);
    expect(run.stdout).not.toContain("out of scope");
  });

  it("leaves the sentence encoder out with --no-encoder", async () => {
    const run = await studio("eval-intent", "--train", train, "--test", test, "--no-encoder", "--json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ encoder: null, encodedShare: 0 });
    expect(run.stderr).not.toContain("Embedding the texts");
  });

  it("exits 2 naming the missing columns", async () => {
    const run = await studio("eval-intent", "--train", wrongColumns, "--test", test, "--json");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('missing columns "text", "category"');
    expect(run.stdout).toBe("");
  });

  it("exits 2 on a missing file or option", async () => {
    expect((await studio("eval-intent", "--train", join(dir, "nope.csv"), "--test", test)).code).toBe(2);
    const run = await studio("eval-intent", "--train", train);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--test");
  });
});
