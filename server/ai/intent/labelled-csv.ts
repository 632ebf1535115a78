import "server-only";
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";

export interface TLabelledRow {
  text: string;
  label: string;
}

export class LabelledCsvError extends Error {}

/**
 * Reads a `text,category` CSV (header required; other columns ignored; quoted fields may span lines). Throws
 * LabelledCsvError naming the missing columns, so the CLI can answer with a usage error.
 */
export function readLabelledCsv(file: string, columns = { text: "text", label: "category" }): TLabelledRow[] {
  const records: Record<string, string>[] = parse(readFileSync(file, "utf8"), {
    columns: true,
    skip_empty_lines: true,
    bom: true,
    relax_column_count: true,
  });
  const header = records.length > 0 ? Object.keys(records[0]!) : [];
  const missing = [columns.text, columns.label].filter((c) => !header.includes(c));
  if (records.length === 0) throw new LabelledCsvError(`${file}: no rows (expected a header with columns ${columns.text},${columns.label})`);
  if (missing.length > 0) {
    throw new LabelledCsvError(`${file}: missing column${missing.length > 1 ? "s" : ""} ${missing.map((m) => `"${m}"`).join(", ")} (found ${header.map((h) => `"${h}"`).join(", ")})`);
  }
  return records
    .map((r) => ({ text: (r[columns.text] ?? "").trim(), label: (r[columns.label] ?? "").trim() }))
    .filter((r) => r.text !== "" && r.label !== "");
}
