import "server-only";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readLabelledCsv, type TLabelledRow } from "../labelled-csv";
import { seededRandom, shuffleInPlace } from "../random";

/** Where the public datasets are (see ../shared/data/README.md). */
export function sharedDataDir(): string {
  return process.env.STUDIO_SHARED_DATA ?? join(process.cwd(), "..", "shared", "data");
}

/** Stratified split: `share` of each label's rows (seeded shuffle) go to test. */
export function stratifiedSplit(rows: TLabelledRow[], share: number, seed: number): { train: TLabelledRow[]; test: TLabelledRow[] } {
  const random = seededRandom(seed);
  const byLabel = new Map<string, TLabelledRow[]>();
  for (const r of rows) byLabel.set(r.label, [...(byLabel.get(r.label) ?? []), r]);
  const train: TLabelledRow[] = [];
  const test: TLabelledRow[] = [];
  for (const label of [...byLabel.keys()].sort()) {
    const group = byLabel.get(label)!;
    shuffleInPlace(group, random);
    const cut = Math.round(group.length * share);
    test.push(...group.slice(0, cut));
    train.push(...group.slice(cut));
  }
  return { train, test };
}

/** Banking77 train.csv with a stratified 20% held out (the official test split is deliberately not on this machine). */
export function banking77Split(seed = 77): { train: TLabelledRow[]; test: TLabelledRow[] } {
  return stratifiedSplit(readLabelledCsv(join(sharedDataDir(), "banking77", "train.csv")), 0.2, seed);
}

/**
 * CLINC150 dev file, out-of-scope rows labelled "oos". By default as a support history is: trained on the 150
 * in-scope intents only, tested on val + oos_val + oos_train (oos_train is unused by training, and doubles the
 * out-of-scope rows measured). `withOutOfScopeTraining`: train on train + oos_train, test on val + oos_val.
 */
export function clinc150Split(opts: { withOutOfScopeTraining?: boolean } = {}): { train: TLabelledRow[]; test: TLabelledRow[] } {
  const data = JSON.parse(readFileSync(join(sharedDataDir(), "clinc150", "data_dev.json"), "utf8")) as Record<string, [string, string][]>;
  const rows = (key: string) => (data[key] ?? []).map(([text, label]) => ({ text, label: key.startsWith("oos") ? "oos" : label }));
  if (opts.withOutOfScopeTraining) return { train: [...rows("train"), ...rows("oos_train")], test: [...rows("val"), ...rows("oos_val")] };
  return { train: rows("train"), test: [...rows("val"), ...rows("oos_val"), ...rows("oos_train")] };
}
