import type { TLabelledRow } from "../labelled-csv";
import { seededRandom } from "../random";

/** Small synthetic ticket texts for tests: each category has its own words; `noise` swaps some for another category's. */
export const TOY_VOCABULARY: Record<string, string[]> = {
  billing: ["invoice", "charge", "refund", "payment", "bill", "overcharged"],
  login: ["password", "login", "locked", "account", "reset", "signin"],
  shipping: ["delivery", "package", "shipping", "tracking", "arrive", "parcel"],
  cancel: ["cancel", "subscription", "terminate", "stop", "unsubscribe", "close"],
};
const FILLER = ["please", "help", "my", "i", "need", "the", "with", "today", "hi", "can", "you", "is", "it"];
export const TOY_OUT_OF_SCOPE = ["weather", "recipe", "football", "movie", "guitar", "holiday", "poem", "planet", "jazz", "garden"];

export function toyRows(count: number, opts: { seed: number; noise?: number; outOfScope?: number }): TLabelledRow[] {
  const random = seededRandom(opts.seed);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
  const labels = Object.keys(TOY_VOCABULARY);
  const rows: TLabelledRow[] = [];
  for (let i = 0; i < count; i++) {
    const outOfScope = random() < (opts.outOfScope ?? 0);
    const label = outOfScope ? "oos" : labels[i % labels.length]!;
    const words = [pick(FILLER), pick(FILLER), pick(FILLER)];
    for (let k = 0; k < 2; k++) {
      const source = outOfScope ? TOY_OUT_OF_SCOPE : random() < (opts.noise ?? 0) ? TOY_VOCABULARY[pick(labels)]! : TOY_VOCABULARY[label]!;
      words.splice(Math.floor(random() * (words.length + 1)), 0, pick(source));
    }
    rows.push({ text: words.join(" "), label });
  }
  return rows;
}
