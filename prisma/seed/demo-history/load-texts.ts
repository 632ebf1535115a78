import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";

export const DATASETS = ["banking77", "bitext", "clinc150"] as const;
export type TDataset = (typeof DATASETS)[number];

/** One real customer text with its dataset label; Bitext rows also carry Bitext's agent-style answer. */
export interface SourceText {
  dataset: TDataset;
  category: string;
  text: string;
  response?: string;
}

export const BANKING77_FILE = "banking77/train.csv";
export const BITEXT_FILE = "bitext/Bitext_Sample_Customer_Support_Training_Dataset.csv";
export const CLINC150_FILE = "clinc150/data_dev.json";
const CLINC150_DOMAINS_FILE = "clinc150/domains.json";
/** CLINC150 covers ten domains; only these two are customer support for a bank. */
const CLINC150_DOMAINS = ["banking", "credit_cards"];

/** True when every file the demo history reads is present under `dataDir`. */
export function hasDemoData(dataDir: string): boolean {
  return [BANKING77_FILE, BITEXT_FILE, CLINC150_FILE, CLINC150_DOMAINS_FILE].every((f) => fs.existsSync(path.join(dataDir, f)));
}

/**
 * The texts of all three datasets. Labels are kept as published; a label that two datasets share would mean
 * different things in each, so the later dataset's copy is prefixed with its name (none collide today).
 */
export function loadTexts(dataDir: string): SourceText[] {
  const all = [...loadBanking77(dataDir), ...loadBitext(dataDir), ...loadClinc150(dataDir)];
  const owner = new Map<string, TDataset>();
  for (const t of all) if (!owner.has(t.category)) owner.set(t.category, t.dataset);
  return all.map((t) => (owner.get(t.category) === t.dataset ? t : { ...t, category: `${t.dataset}:${t.category}` }));
}

// A real CSV parser: quoted fields contain commas, quotes and line breaks (Bitext's answers span lines).
const readCsv = (file: string) => parse(fs.readFileSync(file, "utf8"), { columns: true, skip_empty_lines: true }) as Record<string, string>[];

function loadBanking77(dataDir: string): SourceText[] {
  const file = path.join(dataDir, BANKING77_FILE);
  const rows = readCsv(file)
    .map((r) => ({ dataset: "banking77" as const, text: (r.text ?? "").trim(), category: (r.category ?? "").trim() }))
    .filter((r) => r.text && r.category);
  if (rows.length === 0) throw new Error(`${file}: expected the columns text,category`);
  return rows;
}

function loadBitext(dataDir: string): SourceText[] {
  const file = path.join(dataDir, BITEXT_FILE);
  const rows = readCsv(file)
    .map((r) => ({
      dataset: "bitext" as const,
      text: (r.instruction ?? "").trim(),
      category: (r.intent ?? "").trim(),
      response: (r.response ?? "").trim(),
    }))
    .filter((r) => r.text && r.category && r.response);
  if (rows.length === 0) throw new Error(`${file}: expected the columns instruction,intent,response`);
  return rows;
}

function loadClinc150(dataDir: string): SourceText[] {
  const file = path.join(dataDir, CLINC150_FILE);
  const domains = JSON.parse(fs.readFileSync(path.join(dataDir, CLINC150_DOMAINS_FILE), "utf8")) as Record<string, string[]>;
  const intents = new Set(CLINC150_DOMAINS.flatMap((d) => domains[d] ?? []));
  const data = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, [string, string][]>;
  // train and val only: oos_* are out of scope by definition, and no label covers them.
  const rows = [...(data.train ?? []), ...(data.val ?? [])]
    .filter(([text, intent]) => intents.has(intent) && text.trim())
    .map(([text, intent]) => ({ dataset: "clinc150" as const, text: text.trim(), category: intent }));
  if (rows.length === 0) throw new Error(`${file}: no banking or credit_cards texts found`);
  return rows;
}
