import "server-only";
import type { PrismaClient } from "@prisma/client";
import { connectorFor } from "../../helpdesk/connectors";
import type { HelpdeskConnector, TConnectionKind } from "../../helpdesk/contract";
import type { Db } from "../effects/with-effect";
import { openSecrets } from "./secret-box";
import { workspaceKey } from "./workspace-key";

export interface TOpenConnection {
  id: string;
  kind: TConnectionKind;
  name: string;
  enabled: boolean;
  /** Parsed with the connector's settings schema. */
  settings: unknown;
  /** Opened with the workspace key and parsed with the connector's secrets schema. Server-side only. */
  secrets: unknown;
  connector: HelpdeskConnector<unknown, unknown>;
  updatedAt: Date;
}

/** A stored connection ready to use: its connector, settings and opened secrets; null when there is no such connection. */
export async function openConnection(db: PrismaClient | Db, id: string, key: Buffer = workspaceKey()): Promise<TOpenConnection | null> {
  const row = await (db as PrismaClient).connection.findUnique({ where: { id } });
  if (row === null) return null;
  const connector = connectorFor(row.kind);
  return {
    id: row.id,
    kind: connector.kind,
    name: row.name,
    enabled: row.enabled,
    settings: connector.settingsSchema.parse(row.settings),
    secrets: connector.secretsSchema.parse(openSecrets(key, row.id, row.sealedSecrets)),
    connector,
    updatedAt: row.updatedAt,
  };
}
