import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import type { TSetTarget, TTargetKey } from "../../../lib/targets/target-schema";
import { lastFourWeeks, targetDueOn, targetMetricValue } from "../../../workflows/metrics/targets";
import { dayMs, dayOf, weekStart } from "../../../workflows/metrics/weeks";
import { ServiceError } from "../lib/service-error";
import { rollupSums } from "../metrics/rollup-sums";
import { keyLabel, keyName, newestVersion, versionOf, type TTargetVersion } from "./target-rows";

/**
 * Sets a target where none is in force, or changes the one that is, as a new version, audited in the same
 * transaction. A new target starts today, is due 3, 6 or 12 months on, and keeps the metric over the last four full
 * weeks as its baseline; a change keeps all three, so its trajectory still starts where the first version did.
 */
export async function setTarget(prisma: PrismaClient, input: TSetTarget, actor: string, today = dayOf(Date.now())): Promise<TTargetVersion> {
  const { key } = input;
  const current = await newestVersion(prisma, key);
  const inForce = current !== null && current.retiredAt === null ? current : null;
  if (input.expectedVersion === undefined && inForce) {
    throw new ServiceError("conflict", `There is already a ${keyLabel(key)}; change it instead of setting a new one.`);
  }
  if (input.expectedVersion !== undefined && inForce?.version !== input.expectedVersion) {
    throw new ServiceError("conflict", `The ${keyLabel(key)} was changed or retired since you opened it; reload to see its latest version.`);
  }
  const data = {
    ...key,
    version: (current?.version ?? 0) + 1,
    value: input.value,
    baseline: inForce ? inForce.baseline : await baselineOf(prisma, key, today),
    startsOn: inForce ? inForce.startsOn : dayDate(today),
    dueOn: inForce ? inForce.dueOn : dayDate(targetDueOn(today, key.horizonMonths)),
    note: input.note || null,
    createdBy: actor,
  };
  try {
    const row = await prisma.$transaction(async (tx) => {
      const created = await tx.target.create({ data });
      const details = { version: created.version, value: created.value, previous: inForce?.value ?? null, baseline: created.baseline, dueOn: targetDay(created.dueOn), note: created.note };
      await tx.auditLog.create({ data: { actor, action: inForce ? "target.change" : "target.set", subject: keyName(key), details } });
      return created;
    });
    return versionOf(row);
  } catch (error) {
    throw raced(error, key);
  }
}

/** The metric over the last four full weeks before today's week, as the dashboards count it; null when nothing was counted. */
export async function baselineOf(prisma: PrismaClient, key: TTargetKey, today: string): Promise<number | null> {
  const weeks = lastFourWeeks(weekStart(today));
  const filters = { ...weeks, origin: "all" as const, ...(key.category === "" ? {} : { category: key.category }) };
  const [row] = await rollupSums(prisma, filters);
  return row ? targetMetricValue(key.metric, row.sums).value : null;
}

function dayDate(day: string): Date {
  return new Date(dayMs(day));
}

function targetDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Two people saving the same key at once both ask for the same next version; the second is told, not overwritten. */
function raced(error: unknown, key: TTargetKey): unknown {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002"
    ? new ServiceError("conflict", `Someone else saved the ${keyLabel(key)} at the same moment; reload to see their version.`)
    : error;
}
