import "server-only";
import type { PrismaClient, Target } from "@prisma/client";
import type { TTargetKey } from "../../../lib/targets/target-schema";
import { targetLabel, type TTargetHorizon, type TTargetMetric } from "../../../workflows/metrics/targets";

/** One version of a target as the page and the audit log see it: dates as days, the key spelled out. */
export interface TTargetVersion {
  id: string;
  version: number;
  value: number;
  baseline: number | null;
  startsOn: string;
  dueOn: string;
  note: string | null;
  createdBy: string;
  createdAt: Date;
  retiredAt: Date | null;
}

export interface TTargetHistory {
  key: TTargetKey;
  /** Newest first. */
  versions: TTargetVersion[];
}

export function versionOf(row: Target): TTargetVersion {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return {
    id: row.id,
    version: row.version,
    value: row.value,
    baseline: row.baseline,
    startsOn: day(row.startsOn),
    dueOn: day(row.dueOn),
    note: row.note,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    retiredAt: row.retiredAt,
  };
}

/** Every target's versions, grouped by key, in a stable order: metric, then overall before categories, then horizon. */
export async function targetHistories(prisma: PrismaClient): Promise<TTargetHistory[]> {
  const rows = await prisma.target.findMany({ orderBy: [{ metric: "asc" }, { category: "asc" }, { horizonMonths: "asc" }, { version: "desc" }] });
  const byKey = new Map<string, TTargetHistory>();
  for (const row of rows) {
    const name = keyName({ metric: row.metric as TTargetMetric, category: row.category, horizonMonths: row.horizonMonths as TTargetHorizon });
    let history = byKey.get(name);
    if (!history) {
      history = { key: { metric: row.metric as TTargetMetric, category: row.category, horizonMonths: row.horizonMonths as TTargetHorizon }, versions: [] };
      byKey.set(name, history);
    }
    history.versions.push(versionOf(row));
  }
  return [...byKey.values()];
}

/** The newest version of a key, if it is not retired: the target in force. */
export function currentOf(history: TTargetHistory): TTargetVersion | null {
  const newest = history.versions[0];
  return newest && newest.retiredAt === null ? newest : null;
}

/** The key as the audit log names it: "automation-rate/Refunds/3m", "ai-accuracy/all/12m". */
export function keyName(key: TTargetKey): string {
  return `${key.metric}/${key.category === "" ? "all" : key.category}/${key.horizonMonths}m`;
}

/** The key in words: "3-month automation rate target (Refunds)". */
export function keyLabel(key: TTargetKey): string {
  return targetLabel(key);
}

/** The newest version of a key, retired or not. */
export async function newestVersion(prisma: PrismaClient, key: TTargetKey): Promise<Target | null> {
  return prisma.target.findFirst({ where: key, orderBy: { version: "desc" } });
}
