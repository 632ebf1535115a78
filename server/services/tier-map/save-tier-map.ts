import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import type { TTierMap, TTierMapSnapshot } from "../../../workflows/model/tier-map";
import { snapshotOf } from "./get-tier-map";
import { normalizeTierMap, sameTierMap, tierMapChanges, type TTierMapChanges } from "./tier-map-changes";
import { TierMapConflictError } from "./tier-map-errors";

export interface SaveTierMapResult {
  /** False when the map equals the current version: nothing was written. */
  saved: boolean;
  map: TTierMapSnapshot;
  changes: TTierMapChanges;
}

/**
 * Saves the map as version n+1 and records it in the audit log, in one transaction. A map equal to the
 * current version writes nothing. `expectedVersion` is the version the user edited (0: none existed);
 * when someone saved since, the save is refused rather than silently undoing their change.
 */
export async function saveTierMap(prisma: PrismaClient, actor: string, input: TTierMap, expectedVersion?: number): Promise<SaveTierMapResult> {
  const map = normalizeTierMap(input);
  try {
    return await prisma.$transaction(async (tx) => {
      const latest = await tx.tierMapVersion.findFirst({ orderBy: { number: "desc" } });
      const latestNumber = latest?.number ?? 0;
      if (expectedVersion !== undefined && expectedVersion !== latestNumber) {
        throw new TierMapConflictError(expectedVersion, latestNumber, latest?.author ?? null);
      }
      const before = latest === null ? null : normalizeTierMap(latest.map);
      if (latest !== null && before !== null && sameTierMap(before, map)) {
        return { saved: false, map: snapshotOf(latest), changes: tierMapChanges(before, before) };
      }
      const number = latestNumber + 1;
      const changes = tierMapChanges(before, map);
      await tx.tierMapVersion.create({ data: { number, map: map as unknown as Prisma.InputJsonValue, author: actor } });
      await tx.auditLog.create({
        data: {
          actor,
          action: "tier-map.save",
          subject: `tier-map v${number}`,
          details: {
            version: number,
            previousVersion: latest?.number ?? null,
            before,
            after: map,
            changedCategories: changes.categories,
            changedCriteria: changes.criteria,
            summary: changes.summary,
          } as unknown as Prisma.InputJsonValue,
        },
      });
      return { saved: true, map: { ...map, version: number }, changes };
    });
  } catch (err) {
    // Two saves of the same version raced past the check: the unique version number let one through.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      const latest = await prisma.tierMapVersion.findFirst({ orderBy: { number: "desc" }, select: { number: true, author: true } });
      throw new TierMapConflictError(expectedVersion ?? 0, latest?.number ?? 0, latest?.author ?? null);
    }
    throw err;
  }
}
