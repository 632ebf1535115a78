import "server-only";
import type { DataSource, PrismaClient } from "@prisma/client";
import { SecretsUnreadable } from "../connections/secret-box";
import type { TDataSourceConfig } from "./call-data-source";
import { openDataSourceSecret } from "./data-source-secret";
import { fieldsOf } from "./data-source-view";

export type TConfigOrRefusal = { ok: true; config: TDataSourceConfig } | { ok: false; error: string };

/** The named, turned-on data source ready to call, or why it cannot be called (in the admin's words). */
export async function dataSourceConfig(prisma: PrismaClient, name: string, key: Buffer): Promise<TConfigOrRefusal> {
  const row = await prisma.dataSource.findUnique({ where: { name } });
  if (row === null) return { ok: false, error: `There is no data source named “${name}”` };
  if (!row.enabled) return { ok: false, error: `The data source “${name}” is turned off` };
  return configOf(row, key);
}

export function configOf(row: DataSource, key: Buffer): TConfigOrRefusal {
  let secret: string;
  try {
    secret = openDataSourceSecret(key, row.id, row.sealedSecret);
  } catch (error) {
    if (!(error instanceof SecretsUnreadable)) throw error;
    return { ok: false, error: `The saved auth header value of “${row.name}” can no longer be opened (the workspace key changed); enter it again in Settings → Data sources` };
  }
  return {
    ok: true,
    config: { name: row.name, baseUrl: row.baseUrl, pathTemplate: row.pathTemplate, authHeaderName: row.authHeaderName, secret, fields: fieldsOf(row), timeoutMs: row.timeoutMs },
  };
}
