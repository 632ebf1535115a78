import { existsSync } from "node:fs";
import type { Command } from "commander";
import { evaluateIntentParallel, type TIntentEvaluation } from "../../server/ai/intent/evaluate";
import { LabelledCsvError, readLabelledCsv, type TLabelledRow } from "../../server/ai/intent/labelled-csv";
import type { TTrainProgress } from "../../server/ai/intent/model";
import { progressBar, type ProgressBar } from "../lib/progress-bar";
import { sharedSentenceEncoder } from "../../server/ai/encoder/sentence-encoder";
import { stageLabel } from "../../lib/intent-models/progress";

interface EvalIntentFlags {
  train: string;
  test: string;
  abstainLabel?: string;
  seed: string;
  json?: boolean;
  /** commander's `--no-encoder`: false when given. */
  encoder: boolean;
}

/**
 * `studio eval-intent --train a.csv --test b.csv [--abstain-label oos] [--json]`: trains the local intent model on one
 * `text,category` CSV and measures it on another. The abstention threshold comes from cross-validation on the
 * training file; the test file only measures. With `--abstain-label` and no rows of that label in the training file,
 * out-of-scope texts are rejected by the nearest-intent similarity check (familiarity.ts), as in a support history. Training uses two cores (trainIntentModelParallel) and the sentence
 * encoder when it is installed (`--no-encoder`: without, as a model trained where it is not installed would be).
 * Progress goes to stderr, the report to stdout. Exit 2 on usage errors (missing file or column), 1 when training
 * fails.
 */
export function registerEvalIntentCommand(program: Command): void {
  program
    .command("eval-intent")
    .description("Train the local intent model on one text,category CSV and evaluate it on another")
    .requiredOption("--train <csv>", "training rows: a CSV with columns text,category")
    .requiredOption("--test <csv>", "evaluation rows: a CSV with columns text,category")
    .option("--abstain-label <label>", "rows with this category are out of scope: the model must abstain on them (e.g. oos)")
    .option("--seed <n>", "seed for shuffling and folds", "1")
    .option("--json", "print the report as JSON")
    .option("--no-encoder", "train and predict without the sentence encoder (n-grams only: faster, less accurate)")
    .action(async (flags: EvalIntentFlags) => {
      process.exitCode = await runEvalIntent(flags);
    });
}

async function runEvalIntent(flags: EvalIntentFlags): Promise<number> {
  const seed = Number(flags.seed);
  if (!Number.isInteger(seed)) return usage(`--seed must be an integer, not "${flags.seed}".`);
  let train: TLabelledRow[];
  let test: TLabelledRow[];
  try {
    train = readRows(flags.train);
    test = readRows(flags.test);
  } catch (e) {
    if (e instanceof LabelledCsvError) return usage(e.message);
    throw e;
  }
  const bars = new Map<string, ProgressBar>();
  const onProgress = (p: TTrainProgress) => {
    const bar = bars.get(p.stage) ?? bars.set(p.stage, progressBar(stageLabel(p.stage).padEnd(29))).get(p.stage)!;
    if (p.done >= p.total) bar.finish(`${p.total}`);
    else bar.update(p.done, p.total, `${p.done}/${p.total}`);
  };
  let report: TIntentEvaluation;
  try {
    const encoder = flags.encoder ? await sharedSentenceEncoder() : null;
    report = await evaluateIntentParallel(train, test, { abstainLabel: flags.abstainLabel, seed, onProgress, encoder });
  } catch (e) {
    process.stderr.write(`Training failed: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : toText(report));
  return 0;
}

function readRows(file: string): TLabelledRow[] {
  if (!existsSync(file)) throw new LabelledCsvError(`${file}: no such file`);
  return readLabelledCsv(file);
}

function usage(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}

const pct = (x: number | null | undefined) => (x === null || x === undefined ? "n/a" : `${(x * 100).toFixed(1)}%`);

function outOfScopeRuleText(rule: TIntentEvaluation["outOfScopeRule"]): string {
  if (rule.kind === "nearest-intent similarity") return `nearest-intent similarity, threshold ${rule.threshold!.toFixed(3)} (${rule.rule})`;
  if (rule.kind === "abstain-label class") return `abstain-label class (${rule.rule})`;
  return "none (needs the sentence encoder)";
}

function toText(r: TIntentEvaluation): string {
  const lines = [
    `train rows ${r.trainRows}, test rows ${r.testRows}, categories ${r.classes}`,
    `accuracy                 ${pct(r.accuracy)}`,
    `macro-F1                 ${pct(r.macroF1)}`,
    `97% precision on test    threshold ${r.thresholdAtPrecision97 ?? "n/a"}, coverage ${pct(r.coverageAtPrecision97)}`,
    `training threshold       ${r.trainingThreshold} (${r.trainingThresholdRule})`,
    `  on test                precision ${pct(r.atTrainingThreshold.precision)}, coverage ${pct(r.atTrainingThreshold.coverage)}`,
  ];
  if (r.oosRejected !== undefined) {
    lines.push(`out of scope rejected    ${pct(r.oosRejected)}`, `in-scope accuracy (abstentions count as errors) ${pct(r.inScopeAccuracyWithAbstention)}`);
  }
  lines.push(`out-of-scope rule        ${outOfScopeRuleText(r.outOfScopeRule)}`, `  unfamiliar on test      ${pct(r.unfamiliarShare)}`);
  lines.push(
    `calibration error (ECE)  ${pct(r.expectedCalibrationError)}`,
    `training                 ${r.trainSeconds.toFixed(1)} s`,
    `predictions              ${Math.round(r.predictionsPerSecond)} per second`,
    `sentence encoder         ${r.encoder ? `${r.encoder}, asked for ${pct(r.encodedShare)} of the test texts` : "none"}`,
    "",
    "threshold  precision  coverage",
    ...r.curve.filter((p) => Math.round(p.threshold * 100) % 5 === 0).map((p) => `${p.threshold.toFixed(2).padStart(9)}  ${pct(p.precision).padStart(9)}  ${pct(p.coverage).padStart(8)}`),
  );
  return `${lines.join("\n")}\n`;
}
