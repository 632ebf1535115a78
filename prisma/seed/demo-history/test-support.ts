import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Helpers shared by the demo-history tests (not used by the generator). The shingle Jaccard here is written
 * independently of the audit's detector on purpose, so the generator is checked against its own definition:
 * lower-cased words, digits collapsed, 5-word shingles.
 */
export const SHARED_DATA = path.resolve(
  process.env.STUDIO_SHARED_DATA ?? path.resolve(fileURLToPath(new URL("../../../", import.meta.url)), "../shared/data"),
);

export function shingles(text: string, size = 5): Set<string> {
  const words = (text.toLowerCase().match(/[a-z0-9']+/g) ?? []).map((w) => (/\d/.test(w) ? "#" : w.replace(/'/g, "")));
  const out = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(" "));
  if (out.size === 0 && words.length > 0) out.add(words.join(" "));
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}
