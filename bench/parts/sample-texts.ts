import fs from "node:fs";
import path from "node:path";
import { readLabelledCsv } from "../../server/ai/intent/labelled-csv";

/** Real customer texts with their category (Banking77, CC BY 4.0) for benchmarks; synthetic ones when shared/ is absent. */
export function sampleRows(limit: number): Array<{ text: string; category: string }> {
  const file = path.resolve(process.env.STUDIO_SHARED_DATA ?? path.resolve(import.meta.dirname, "../../../shared/data"), "banking77/train.csv");
  if (!fs.existsSync(file)) {
    // Figures from synthetic texts are not comparable with the README's: say so where the JSON is not read.
    warnSyntheticOnce(file);
    return Array.from({ length: limit }, (_, i) => ({
      text: `Ticket ${i}: my card payment was declined, please help ${i % 7 === 0 ? "urgent" : ""}`,
      category: `category_${i % 77}`,
    }));
  }
  return readLabelledCsv(file)
    .slice(0, limit)
    .map((r) => ({ text: r.text, category: r.label }));
}

export function sampleTexts(limit: number): string[] {
  return sampleRows(limit).map((r) => r.text);
}

let warned = false;
function warnSyntheticOnce(missing: string): void {
  if (warned) return;
  warned = true;
  console.error(`bench: ${missing} is missing, so the texts are synthetic and the figures are not comparable; set STUDIO_SHARED_DATA`);
}
