import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import { COUNT_KEYS, HIST_KEYS, type TCountKey, type THistKey, type TRollupContribution } from "@/workflows/metrics";
import type { TMetricCell } from "./load-ticket-facts";

type Db = Pick<PrismaClient, "$executeRaw">;

/** The rollup's key, in its primary key's order: cells are written in this order so concurrent batches lock alike. */
export const CELL_DIMS = ["day", "origin", "category", "tier", "channel", "queueId", "flowId", "versionId", "connectionId", "escalationReason"] as const satisfies ReadonlyArray<keyof TMetricCell>;

export interface TCellDelta {
  cell: TMetricCell;
  counts: Record<TCountKey, number>;
  /** Per histogram, the amount to add at each 0-based position (the SQL array's index minus one). */
  hist: Record<THistKey, number[]>;
}

/**
 * The change a batch of tickets makes to the rollup, summed per cell in memory: each refreshed ticket takes its old
 * contribution out of its old cell and puts its new one into its new cell, so the database sees one row per cell.
 */
export class RollupDelta {
  private readonly cells = new Map<string, TCellDelta>();

  add(cell: TMetricCell, contribution: TRollupContribution, sign: 1 | -1): void {
    const key = cellKey(cell);
    let delta = this.cells.get(key);
    if (delta === undefined) {
      delta = {
        cell,
        counts: Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as Record<TCountKey, number>,
        hist: Object.fromEntries(HIST_KEYS.map((k) => [k, []])) as unknown as Record<THistKey, number[]>,
      };
      this.cells.set(key, delta);
    }
    for (const [k, n] of Object.entries(contribution.counts) as Array<[TCountKey, number]>) delta.counts[k] += sign * n;
    for (const [k, index] of Object.entries(contribution.hist) as Array<[THistKey, number]>) {
      const h = delta.hist[k];
      while (h.length < index) h.push(0);
      h[index - 1] = (h[index - 1] ?? 0) + sign;
    }
  }

  /** The cells that change, in key order; a ticket that left and came back to the same cell unchanged drops out. */
  changed(): TCellDelta[] {
    return [...this.cells.entries()]
      .filter(([, d]) => COUNT_KEYS.some((k) => d.counts[k] !== 0) || HIST_KEYS.some((k) => d.hist[k].some((n) => n !== 0)))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, d]) => d);
  }
}

export function cellKey(cell: TMetricCell): string {
  return JSON.stringify(CELL_DIMS.map((d) => cell[d]));
}

const q = (name: string) => `"${name}"`;
const RECORD_TYPE = Prisma.raw(
  [
    ...CELL_DIMS.map((d) => `${q(d)} ${d === "day" ? "date" : d === "tier" ? "integer" : "text"}`),
    ...COUNT_KEYS.map((k) => `${q(k)} bigint`),
    ...HIST_KEYS.map((k) => `${q(k)} integer[]`),
  ].join(", "),
);
const PK = Prisma.raw(CELL_DIMS.map(q).join(", "));
const COLUMNS = Prisma.raw([...CELL_DIMS, ...COUNT_KEYS, ...HIST_KEYS].map(q).join(", "));
const SELECTED = Prisma.raw([...CELL_DIMS, ...COUNT_KEYS, ...HIST_KEYS].map((c) => `r.${q(c)}`).join(", "));
const ADD = Prisma.raw(
  [
    ...COUNT_KEYS.map((k) => `${q(k)} = "MetricRollup".${q(k)} + EXCLUDED.${q(k)}`),
    ...HIST_KEYS.map((k) => `${q(k)} = metric_hist_add("MetricRollup".${q(k)}, EXCLUDED.${q(k)})`),
  ].join(", "),
);
const SAME_CELL = Prisma.raw(CELL_DIMS.map((d) => `m.${q(d)} = r.${q(d)}`).join(" AND "));

/**
 * Adds a batch's deltas to the rollup in one statement (a cell not there yet is created with the delta), then
 * removes the cells it emptied. Counts and histograms add, so batches of different workers commute.
 */
export async function applyRollupDelta(db: Db, deltas: readonly TCellDelta[]): Promise<void> {
  if (deltas.length === 0) return;
  const json = JSON.stringify(deltas.map((d) => ({ ...d.cell, ...d.counts, ...d.hist })));
  await db.$executeRaw(Prisma.sql`
    INSERT INTO "MetricRollup" (${COLUMNS})
    SELECT ${SELECTED} FROM jsonb_to_recordset(${json}::jsonb) AS r(${RECORD_TYPE})
    ORDER BY ${Prisma.raw(CELL_DIMS.map((d) => `r.${q(d)}`).join(", "))}
    ON CONFLICT (${PK}) DO UPDATE SET ${ADD}`);
  await db.$executeRaw(Prisma.sql`
    DELETE FROM "MetricRollup" m USING jsonb_to_recordset(${json}::jsonb) AS r(${RECORD_TYPE})
    WHERE ${SAME_CELL} AND m."tickets" <= 0`);
}
