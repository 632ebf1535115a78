/**
 * `npx tsx --conditions=react-server server/ai/intent/dev/write-splits.ts <dir>`: writes the development splits as text,category CSVs for
 * `studio eval-intent`: banking77-train/test.csv (stratified 20% held out, seed 77) and clinc150-train/test.csv (trained on in-scope rows only, see splits.ts).
 */
import "server-only";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { TLabelledRow } from "../labelled-csv";
import { banking77Split, clinc150Split } from "./splits";

const dir = process.argv[2] ?? "intent-splits";
mkdirSync(dir, { recursive: true });
const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
const write = (name: string, rows: TLabelledRow[]) =>
  writeFileSync(join(dir, name), `text,category\n${rows.map((r) => `${quote(r.text)},${quote(r.label)}`).join("\n")}\n`);
const banking = banking77Split();
const clinc = clinc150Split();
write("banking77-train.csv", banking.train);
write("banking77-test.csv", banking.test);
write("clinc150-train.csv", clinc.train);
write("clinc150-test.csv", clinc.test);
process.stderr.write(`Wrote the Banking77 and CLINC150 splits to ${dir}\n`);
