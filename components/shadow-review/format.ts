/** "87%" for a rate, "–" when there is none. */
export function pct(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? "–" : `${Math.round(rate * 100)}%`;
}
