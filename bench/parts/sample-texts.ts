import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";

/** Real customer texts (Banking77, CC BY 4.0) for benchmarks; synthetic ones when shared/ is absent. */
export function sampleTexts(limit: number): string[] {
  const file = path.resolve(process.env.STUDIO_SHARED_DATA ?? path.resolve(import.meta.dirname, "../../../shared/data"), "banking77/train.csv");
  if (!fs.existsSync(file)) {
    return Array.from({ length: limit }, (_, i) => `Ticket ${i}: my card payment was declined, please help ${i % 7 === 0 ? "urgent" : ""}`);
  }
  const rows = parse(fs.readFileSync(file), { columns: true, skip_empty_lines: true }) as Array<{ text: string }>;
  return rows.slice(0, limit).map((r) => r.text);
}

/** Texts with their Banking77 category, for benchmarks that need labelled rows. */
export function sampleRows(limit: number): Array<{ text: string; category: string }> {
  const file = path.resolve(process.env.STUDIO_SHARED_DATA ?? path.resolve(import.meta.dirname, "../../../shared/data"), "banking77/train.csv");
  if (!fs.existsSync(file)) {
    return Array.from({ length: limit }, (_, i) => ({ text: `Ticket ${i}: my card payment was declined, please help`, category: `category_${i % 77}` }));
  }
  const rows = parse(fs.readFileSync(file), { columns: true, skip_empty_lines: true }) as Array<{ text: string; category: string }>;
  return rows.slice(0, limit).map((r) => ({ text: r.text, category: r.category }));
}
