import "server-only";
import type { PrismaClient, TierMapVersion } from "@prisma/client";
import type { TTierMapSnapshot } from "../../../workflows/model/tier-map";
import { normalizeTierMap, tierMapChanges } from "./tier-map-changes";

/** The map of a stored version, as runs see it (with its version number). */
export function snapshotOf(row: Pick<TierMapVersion, "number" | "map">): TTierMapSnapshot {
  return { ...normalizeTierMap(row.map), version: row.number };
}

/** The current tier map (the latest version), or null when none was ever saved. */
export async function getTierMap(prisma: PrismaClient): Promise<TTierMapSnapshot | null> {
  const latest = await prisma.tierMapVersion.findFirst({ orderBy: { number: "desc" }, select: { number: true, map: true } });
  return latest === null ? null : snapshotOf(latest);
}

export interface TierMapVersionSummary {
  number: number;
  author: string;
  createdAt: Date;
  /** What this version changed against the one before it. */
  changes: string[];
}

/** Every version, newest first, each with what it changed. */
export async function listTierMapVersions(prisma: PrismaClient, limit = 50): Promise<TierMapVersionSummary[]> {
  // One more than shown: the oldest shown version is compared with the one before it.
  const rows = await prisma.tierMapVersion.findMany({ orderBy: { number: "desc" }, take: limit + 1 });
  return rows.slice(0, limit).map((row, i) => {
    const previous = rows[i + 1];
    const before = previous === undefined ? null : normalizeTierMap(previous.map);
    return { number: row.number, author: row.author, createdAt: row.createdAt, changes: tierMapChanges(before, normalizeTierMap(row.map)).summary };
  });
}
