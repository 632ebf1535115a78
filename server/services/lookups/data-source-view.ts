import "server-only";
import type { DataSource } from "@prisma/client";
import { fillableVariables } from "../../../lib/lookups/template";
import { SecretsUnreadable } from "../connections/secret-box";
import { ZLookupFieldSchema, type TLookupField } from "./data-source-input";
import { openDataSourceSecret } from "./data-source-secret";
import type { TDataSourceSummary } from "./lookup-types";

/** A data source as the settings page sees it: everything but the auth header's value, which shows only as set or not. */
export interface TDataSourceView {
  id: string;
  name: string;
  description: string;
  baseUrl: string;
  pathTemplate: string;
  authHeaderName: string;
  secretSet: boolean;
  /** The saved value no longer opens with this workspace's key: it must be entered again. */
  secretUnreadable: boolean;
  intents: string[];
  fields: TLookupField[];
  answerTemplate: string | null;
  timeoutMs: number;
  enabled: boolean;
  /** The path's `text.*` and `args.*` names, which "Test lookup" asks sample values for. */
  variables: string[];
  createdAt: Date;
  updatedAt: Date;
}

export function dataSourceView(row: DataSource, key: Buffer): TDataSourceView {
  let secretUnreadable = false;
  try {
    openDataSourceSecret(key, row.id, row.sealedSecret);
  } catch (error) {
    if (!(error instanceof SecretsUnreadable)) throw error;
    secretUnreadable = true;
  }
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    baseUrl: row.baseUrl,
    pathTemplate: row.pathTemplate,
    authHeaderName: row.authHeaderName,
    secretSet: row.sealedSecret !== "",
    secretUnreadable,
    intents: row.intents,
    fields: fieldsOf(row),
    answerTemplate: row.answerTemplate,
    timeoutMs: row.timeoutMs,
    enabled: row.enabled,
    variables: fillableVariables(row.pathTemplate),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function dataSourceSummary(row: DataSource): TDataSourceSummary {
  return {
    name: row.name,
    description: row.description,
    intents: row.intents,
    fields: fieldsOf(row).map(({ name, type }) => ({ name, type })),
    variables: fillableVariables(row.pathTemplate),
    answerTemplate: row.answerTemplate,
  };
}

/** The stored response schema; a row edited by hand into something else reads as no fields rather than breaking every lookup. */
export function fieldsOf(row: Pick<DataSource, "fields">): TLookupField[] {
  const parsed = ZLookupFieldSchema.array().safeParse(row.fields);
  return parsed.success ? parsed.data : [];
}
