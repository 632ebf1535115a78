import "server-only";
import type { PrismaClient } from "@prisma/client";

/** A data source as the flow editor offers it for a lookup node: its name and what it is for, nothing of its settings. */
export interface TDataSourceName {
  name: string;
  description: string;
  enabled: boolean;
}

export async function listDataSourceNames(prisma: PrismaClient): Promise<TDataSourceName[]> {
  return prisma.dataSource.findMany({ select: { name: true, description: true, enabled: true }, orderBy: { name: "asc" } });
}
