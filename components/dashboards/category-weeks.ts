import { addDays, rateOf, weekStart, type TMetricSummary, type TRate } from "@/workflows/metrics";

export interface TSeriesRow {
  group: Partial<Record<string, string | number>>;
  summary: TMetricSummary;
}

/** The Mondays of every week the days touch, oldest first. */
export function weeksOf(from: string, to: string): string[] {
  const weeks: string[] = [];
  for (let w = weekStart(from); w <= to; w = addDays(w, 7)) weeks.push(w);
  return weeks;
}

export interface TCategoryWeeks {
  category: string;
  /** Tickets over the whole range. */
  tickets: number;
  automation: TRate;
  /** Automation rate per week, null for a week with no tickets. */
  weekly: Array<{ week: string; rate: number | null; tickets: number }>;
  last: TRate;
  previous: TRate;
}

/**
 * The two weeks set side by side: the range's last two complete weeks, so a week that has only begun is not
 * compared with a whole one; the week so far only when the range has no two complete weeks.
 */
export function comparedWeeks(weeks: readonly string[], thisWeek: string): { previous: string | undefined; last: string | undefined } {
  const complete = weeks.at(-1) === thisWeek && weeks.length >= 3 ? weeks.slice(0, -1) : weeks;
  return { previous: complete.at(-2), last: complete.at(-1) };
}

/**
 * Week over week per category, largest first, from a series grouped by week and category: the range's automation
 * rate, the weekly line, and two weeks side by side (comparedWeeks).
 */
export function categoryWeeks(rows: readonly TSeriesRow[], weeks: readonly string[], thisWeek: string): TCategoryWeeks[] {
  const byCategory = new Map<string, Map<string, TMetricSummary>>();
  for (const row of rows) {
    const category = String(row.group.category ?? "");
    const week = String(row.group.week ?? "");
    const perWeek = byCategory.get(category) ?? new Map<string, TMetricSummary>();
    perWeek.set(week, row.summary);
    byCategory.set(category, perWeek);
  }
  const { last, previous } = comparedWeeks(weeks, thisWeek);
  const out: TCategoryWeeks[] = [];
  for (const [category, perWeek] of byCategory) {
    let tickets = 0;
    let automated = 0;
    for (const s of perWeek.values()) {
      tickets += s.tickets;
      automated += s.automation.numerator;
    }
    const rateIn = (week: string | undefined) => {
      const s = week === undefined ? undefined : perWeek.get(week);
      return s ? s.automation : rateOf(0, 0);
    };
    out.push({
      category,
      tickets,
      automation: rateOf(automated, tickets),
      weekly: weeks.map((week) => {
        const s = perWeek.get(week);
        return { week, rate: s ? s.automation.rate : null, tickets: s?.tickets ?? 0 };
      }),
      last: rateIn(last),
      previous: rateIn(previous),
    });
  }
  return out.sort((a, b) => b.tickets - a.tickets || a.category.localeCompare(b.category));
}

/** A weekly series with every week of the range present (a week with no tickets has null figures). */
export function fillWeeks<T>(rows: readonly TSeriesRow[], weeks: readonly string[], pick: (s: TMetricSummary) => T): Array<{ week: string; value: T | null; summary: TMetricSummary | null }> {
  const byWeek = new Map(rows.map((r) => [String(r.group.week), r.summary]));
  return weeks.map((week) => {
    const summary = byWeek.get(week) ?? null;
    return { week, value: summary ? pick(summary) : null, summary };
  });
}
