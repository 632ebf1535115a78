/**
 * Seeded randomness for the demo history. Everything random comes from here, never from Math.random, so the
 * same seed gives the same history on every machine.
 */
import { seededRandom } from "../../../server/lib/seeded-random";

export type Rand = () => number;

/** mulberry32 (server/lib/seeded-random.ts). */
export function prng(seed: number): Rand {
  return seededRandom(seed);
}

/** A seed derived from a base seed and a label or index, so each ticket or category gets its own stream. */
export function subSeed(seed: number, key: string | number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  const text = String(key);
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

export const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

export const chance = (rand: Rand, p: number): boolean => rand() < p;

export function weighted<K extends string>(rand: Rand, weights: Partial<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][];
  let r = rand() * entries.reduce((sum, [, w]) => sum + w, 0);
  const [key] = entries.find(([, w]) => (r -= w) < 0) ?? entries[entries.length - 1]!;
  return key;
}

/** A standard normal draw (Box-Muller). */
export function normal(rand: Rand): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/** Log-normal with the given median and spread: durations in support are right-skewed, a few take very long. */
export const logNormal = (rand: Rand, median: number, sigma: number): number => median * Math.exp(sigma * normal(rand));

/** Index into a cumulative weight table (binary search). */
export function pickCumulative(rand: Rand, cumulative: Float64Array): number {
  const r = rand() * cumulative[cumulative.length - 1]!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! > r) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function shuffle<T>(rand: Rand, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
