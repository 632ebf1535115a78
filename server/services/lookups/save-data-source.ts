import "server-only";
import type { DataSource, Prisma, PrismaClient } from "@prisma/client";
import { SecretsUnreadable } from "../connections/secret-box";
import { workspaceKey } from "../connections/workspace-key";
import type { TDataSourceValues } from "./data-source-input";
import { dataSourceNameTaken, DataSourceNotFoundError } from "./data-source-errors";
import { openDataSourceSecret, sealDataSourceSecret } from "./data-source-secret";
import { dataSourceView, type TDataSourceView } from "./data-source-view";

/** What the audit log keeps of a data source: everything the page shows, never the auth header's value. */
function audited(values: Omit<TDataSourceValues, "secret" | "clearSecret">) {
  const { name, description, baseUrl, pathTemplate, authHeaderName, intents, fields, answerTemplate, timeoutMs, enabled } = values;
  return { name, description, baseUrl, pathTemplate, authHeaderName, intents, fields, answerTemplate: answerTemplate ?? null, timeoutMs, enabled } as Prisma.InputJsonObject;
}

function columns(values: TDataSourceValues) {
  return {
    name: values.name,
    description: values.description,
    baseUrl: values.baseUrl,
    pathTemplate: values.pathTemplate,
    authHeaderName: values.authHeaderName || "Authorization",
    intents: values.intents,
    fields: values.fields as Prisma.InputJsonValue,
    answerTemplate: values.answerTemplate ?? null,
    timeoutMs: values.timeoutMs,
    enabled: values.enabled,
  };
}

/** Saves a new data source and records it in the audit log; the row comes first because the seal binds its id. */
export async function createDataSource(prisma: PrismaClient, values: TDataSourceValues, actor: string, key: Buffer = workspaceKey()): Promise<TDataSourceView> {
  try {
    const row = await prisma.$transaction(async (tx) => {
      const created = await tx.dataSource.create({ data: { ...columns(values), sealedSecret: "" }, select: { id: true } });
      const saved = await tx.dataSource.update({ where: { id: created.id }, data: { sealedSecret: sealDataSourceSecret(key, created.id, values.secret) } });
      await tx.auditLog.create({ data: { actor, action: "data-source.create", subject: created.id, details: { ...audited(values), secretSet: values.secret !== "" } } });
      return saved;
    });
    return dataSourceView(row, key);
  } catch (error) {
    throw dataSourceNameTaken(error, values.name);
  }
}

/**
 * Changes a data source. An empty `secret` keeps the saved value (the page never holds it), `clearSecret` removes
 * it; the audit row holds the values before and after and whether the secret changed. The ticket's kept results stay:
 * they are what the earlier calls answered.
 */
export async function updateDataSource(prisma: PrismaClient, id: string, values: TDataSourceValues, actor: string, key: Buffer = workspaceKey()): Promise<TDataSourceView> {
  const before = await prisma.dataSource.findUnique({ where: { id } });
  if (before === null) throw new DataSourceNotFoundError();
  const secret = values.clearSecret ? "" : values.secret !== "" ? values.secret : keptSecret(key, before);
  const secretChanged = values.clearSecret ? before.sealedSecret !== "" : values.secret !== "";
  try {
    const row = await prisma.$transaction(async (tx) => {
      const saved = await tx.dataSource.update({ where: { id }, data: { ...columns(values), sealedSecret: sealDataSourceSecret(key, id, secret) } });
      await tx.auditLog.create({
        data: { actor, action: "data-source.update", subject: id, details: { before: audited(viewValues(before)), after: audited(values), secretChanged } },
      });
      return saved;
    });
    return dataSourceView(row, key);
  } catch (error) {
    throw dataSourceNameTaken(error, values.name);
  }
}

/** Removes a data source; the results tickets kept of it stay, so backtests of those tickets still read them. */
export async function deleteDataSource(prisma: PrismaClient, id: string, actor: string): Promise<void> {
  const row = await prisma.dataSource.findUnique({ where: { id } });
  if (row === null) throw new DataSourceNotFoundError();
  await prisma.$transaction([
    prisma.dataSource.delete({ where: { id } }),
    prisma.auditLog.create({ data: { actor, action: "data-source.delete", subject: id, details: audited(viewValues(row)) } }),
  ]);
}

/** A saved value that no longer opens (the workspace key changed) counts as unset, so the admin can enter it again. */
function keptSecret(key: Buffer, row: DataSource): string {
  try {
    return openDataSourceSecret(key, row.id, row.sealedSecret);
  } catch (error) {
    if (error instanceof SecretsUnreadable) return "";
    throw error;
  }
}

function viewValues(row: DataSource): Omit<TDataSourceValues, "secret" | "clearSecret"> {
  return { ...row, fields: row.fields as TDataSourceValues["fields"] };
}
