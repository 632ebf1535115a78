/**
 * How well the normalised retrieval score separates answerable from unanswerable texts, to justify
 * STRONG_MATCH_SCORE: the seeded KB against Banking77 texts of the intents its articles answer and of all
 * other intents. Run: npx tsx --conditions=react-server server/ai/local/dev/measure-strong-match.ts (reads STUDIO_SHARED_DATA, default ../shared/data).
 */
import "server-only";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { buildKbIndex, searchKbIndex, STRONG_MATCH_SCORE } from "../retrieval";

const shared = process.env.STUDIO_SHARED_DATA ?? join(process.cwd(), "..", "shared", "data");
const seed = JSON.parse(readFileSync("prisma/seed/kb-articles.json", "utf8")) as Array<{ title: string; body: string; category?: string }>;
const kb = seed.map((a, i) => ({ id: `a${i}`, ...a }));
const rows = parse(readFileSync(join(shared, "banking77", "train.csv")), { columns: true }) as Array<{ text: string; category: string }>;
// Articles answer the Banking77 intent named by their category; the foundation's first articles use
// coarser categories, so their intents are named here by title.
const BY_TITLE: Record<string, string[]> = {
  "Reset your password": ["passcode_forgotten"],
  "When will my new card arrive?": ["card_arrival"],
  "A card payment was declined": ["declined_card_payment"],
  "How long does a transfer take?": ["transfer_timing"],
  "Close your account": ["terminate_account"],
};
const answers = new Map<string, Set<string>>();
for (const a of kb) {
  for (const intent of [a.category ?? "", ...(BY_TITLE[a.title] ?? [])]) answers.set(intent, (answers.get(intent) ?? new Set()).add(a.id));
}

const index = buildKbIndex(kb);
const covered: number[] = [];
const uncovered: number[] = [];
let top1 = 0;
for (const row of rows) {
  const best = searchKbIndex(index, row.text, 1)[0];
  const expected = answers.get(row.category);
  if (expected !== undefined) {
    covered.push(best?.score ?? 0);
    if (best !== undefined && expected.has(best.articleId)) top1++;
  } else uncovered.push(best?.score ?? 0);
}
const share = (xs: number[], t: number) => `${((100 * xs.filter((x) => x >= t).length) / xs.length).toFixed(1)}%`;
console.log(`covered texts: ${covered.length}, top-1 article right: ${((100 * top1) / covered.length).toFixed(1)}%; uncovered texts: ${uncovered.length}`);
for (const t of [0.6, 0.7, STRONG_MATCH_SCORE, 0.8, 0.85, 0.9]) console.log(`score >= ${t}: covered ${share(covered, t)}, uncovered ${share(uncovered, t)}`);
