/** One decimal, without a trailing ".0": "12", "12.5". */
export function one(x: number): string {
  return String(Math.round(x * 10) / 10);
}

/** "20%", or "2.5%" below 10%. */
export function pct(x: number): string {
  const p = x * 100;
  return `${p > 0 && p < 10 ? p.toFixed(1) : Math.round(p)}%`;
}

/** "1 category", "3 categories": for nouns that do not just take an "s". */
export function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Nov 17": a window's first day, in UTC like every day the metrics count. */
export function shortDay(day: string): string {
  return new Date(`${day}T00:00:00.000Z`).toLocaleDateString("en", { month: "short", day: "numeric", timeZone: "UTC" });
}
