import "server-only";
import type { PrismaClient } from "@prisma/client";
import { thresholdForTarget, wilsonInterval } from "../../../lib/shadow-review/rates";
import { getShadowTarget } from "./shadow-target";

export interface ShadowRateRow {
  /** The intent or category; null groups the drafts that had none. */
  key: string | null;
  drafts: number;
  reviewed: number;
  /** Reviewed as "would send": the only verdict an autonomous reply could have matched. */
  correct: number;
  rate: number | null;
  interval: { low: number; high: number } | null;
  /** The lowest confidence threshold whose reviewed drafts reach the target, when one does. */
  reachesTargetAt: { threshold: number; rate: number; reviewed: number } | null;
}

export interface ShadowRates {
  target: number;
  byCategory: ShadowRateRow[];
  byIntent: ShadowRateRow[];
}

/** Per category and per intent: drafts, reviewed, the would-have-been-correct rate with its interval, and the threshold. */
export async function shadowRates(prisma: PrismaClient): Promise<ShadowRates> {
  const [target, rows] = await Promise.all([
    getShadowTarget(prisma),
    prisma.shadowDraft.findMany({ select: { intent: true, category: true, confidence: true, verdict: true } }),
  ]);
  const rowsBy = (keyOf: (r: (typeof rows)[number]) => string | null): ShadowRateRow[] => {
    const groups = new Map<string | null, typeof rows>();
    for (const r of rows) {
      const key = keyOf(r);
      const group = groups.get(key);
      if (group) group.push(r);
      else groups.set(key, [r]);
    }
    return [...groups.entries()]
      .map(([key, group]) => {
        const reviewed = group.filter((r) => r.verdict !== null);
        const points = reviewed.map((r) => ({ confidence: r.confidence, correct: r.verdict === "send" }));
        const correct = points.filter((p) => p.correct).length;
        return {
          key,
          drafts: group.length,
          reviewed: reviewed.length,
          correct,
          rate: reviewed.length > 0 ? correct / reviewed.length : null,
          interval: wilsonInterval(correct, reviewed.length),
          reachesTargetAt: thresholdForTarget(points, target),
        };
      })
      .sort((a, b) => b.drafts - a.drafts || String(a.key).localeCompare(String(b.key)));
  };
  return { target, byCategory: rowsBy((r) => r.category), byIntent: rowsBy((r) => r.intent) };
}
