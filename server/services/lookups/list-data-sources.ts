import "server-only";
import type { PrismaClient } from "@prisma/client";
import { workspaceKey } from "../connections/workspace-key";
import { DataSourceNotFoundError } from "./data-source-errors";
import { dataSourceView, type TDataSourceView } from "./data-source-view";

/** A data source in the list, with its latest lookup on a ticket (how it is doing, at a glance). */
export interface TDataSourceRow extends TDataSourceView {
  lastLookup: { status: string; error: string | null; fetchedAt: Date } | null;
}

export async function listDataSources(prisma: PrismaClient, key: Buffer = workspaceKey()): Promise<TDataSourceRow[]> {
  const rows = await prisma.dataSource.findMany({ orderBy: { name: "asc" } });
  // One indexed read per source (source, fetchedAt), not a scan of every ticket's results.
  const latest = await Promise.all(
    rows.map((row) => prisma.lookupResult.findFirst({ where: { source: row.name }, orderBy: { fetchedAt: "desc" }, select: { status: true, error: true, fetchedAt: true } })),
  );
  return rows.map((row, i) => ({ ...dataSourceView(row, key), lastLookup: latest[i] ?? null }));
}

export async function getDataSource(prisma: PrismaClient, id: string, key: Buffer = workspaceKey()): Promise<TDataSourceView> {
  const row = await prisma.dataSource.findUnique({ where: { id } });
  if (row === null) throw new DataSourceNotFoundError();
  return dataSourceView(row, key);
}
