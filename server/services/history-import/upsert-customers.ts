import "server-only";
import type { Prisma } from "@prisma/client";
import type { TImportTicket } from "../../../lib/history-import/import-record";
import { batchIdPrefix, rowIdSql } from "./row-ids";

type Tx = Prisma.TransactionClient;

/** The batch's customers, created or completed, by their external id -> row id. */
export async function upsertCustomers(tx: Tx, source: string, tickets: TImportTicket[]): Promise<Map<string, string>> {
  // One row per customer: ON CONFLICT DO UPDATE may not touch a row twice in one statement. Later tickets win.
  const byId = new Map<string, TImportTicket["customer"]>();
  for (const t of tickets) byId.set(t.customer.externalId, { ...byId.get(t.customer.externalId), ...definedOnly(t.customer), externalId: t.customer.externalId });
  // Sorted, so concurrent batches lock shared customers in the same order.
  const rows = [...byId.values()].sort((a, b) => (a.externalId < b.externalId ? -1 : 1)).map((c, n) => ({
    n,
    externalId: c.externalId,
    email: c.email ?? null,
    name: c.name ?? null,
    plan: c.plan ?? null,
    enterprise: c.enterprise ?? null,
  }));
  const json = JSON.stringify(rows);
  const recordType = `n integer, "externalId" text, email text, name text, plan text, enterprise boolean`;
  // A field the file leaves empty keeps what an earlier import set. Only rows that change are updated (and
  // so locked): concurrent batches that share a customer rarely wait on each other.
  await tx.$executeRawUnsafe(
    `UPDATE "Customer" c SET email = COALESCE(r.email, c.email), name = COALESCE(r.name, c.name),
       plan = COALESCE(r.plan, c.plan), enterprise = COALESCE(r.enterprise, c.enterprise)
     FROM json_to_recordset($2::json) AS r(${recordType})
     WHERE c.source = $1 AND c."externalId" = r."externalId"
       AND (c.email, c.name, c.plan, c.enterprise) IS DISTINCT FROM
           (COALESCE(r.email, c.email), COALESCE(r.name, c.name), COALESCE(r.plan, c.plan), COALESCE(r.enterprise, c.enterprise))`,
    source,
    json,
  );
  await tx.$executeRawUnsafe(
    `INSERT INTO "Customer" (id, source, "externalId", email, name, plan, enterprise)
     SELECT ${rowIdSql("$3")}, $1, r."externalId", r.email, r.name, COALESCE(r.plan, 'standard'), COALESCE(r.enterprise, false)
     FROM json_to_recordset($2::json) AS r(${recordType})
     ON CONFLICT (source, "externalId") DO NOTHING`,
    source,
    json,
    batchIdPrefix(),
  );
  const result = await tx.$queryRawUnsafe<Array<{ id: string; externalId: string }>>(
    `SELECT id, "externalId" FROM "Customer"
     WHERE source = $1 AND "externalId" IN (SELECT r."externalId" FROM json_to_recordset($2::json) AS r("externalId" text))`,
    source,
    json,
  );
  return new Map(result.map((r) => [r.externalId, r.id]));
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}
