/** Wilson score interval at 95%: honest for small samples and rates near 0 or 1, where the normal one is not. */
export function wilsonInterval(correct: number, total: number, z = 1.959964): { low: number; high: number } | null {
  if (total <= 0) return null;
  const p = correct / total;
  const z2 = z * z;
  const centre = p + z2 / (2 * total);
  const spread = z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  const denom = 1 + z2 / total;
  return { low: Math.max(0, (centre - spread) / denom), high: Math.min(1, (centre + spread) / denom) };
}

/** Below this many answers a rate is shown with its interval but never as a bare figure to compare. */
export const MIN_SAMPLE_FOR_RATE = 30;
