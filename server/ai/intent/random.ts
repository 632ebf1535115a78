// Training must be reproducible, so nothing here may use Math.random.
import "server-only";
export { seededRandom } from "../../lib/seeded-random";

/** Fisher–Yates in place with the given PRNG. */
export function shuffleInPlace<T>(items: T[] | Int32Array, random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i]!;
    items[i] = items[j]!;
    items[j] = tmp;
  }
}
