import "server-only";
import type { Connection } from "@prisma/client";
import { connectorFor } from "../../helpdesk/connectors";
import type { TConnectionKind } from "../../helpdesk/contract";
import { secretsSetOf } from "./connector-values";
import { openSecrets, SecretsUnreadable } from "./secret-box";

/** A connection as the admin's pages see it: settings, which secrets are set (never their values) and its status. */
export interface TConnectionView {
  id: string;
  kind: TConnectionKind;
  /** The helpdesk's name: "Zendesk". */
  title: string;
  name: string;
  enabled: boolean;
  settings: Record<string, unknown>;
  secretsSet: Record<string, boolean>;
  /** The saved secrets no longer open with this workspace's key: they must be entered again. */
  secretsUnreadable: boolean;
  lastEventAt: Date | null;
  lastCallAt: Date | null;
  lastError: string | null;
  lastErrorAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export function connectionView(row: Connection, key: Buffer): TConnectionView {
  const connector = connectorFor(row.kind);
  let opened: Record<string, unknown> | null = null;
  let secretsUnreadable = false;
  try {
    opened = openSecrets(key, row.id, row.sealedSecrets);
  } catch (error) {
    if (!(error instanceof SecretsUnreadable)) throw error;
    secretsUnreadable = true;
  }
  return {
    id: row.id,
    kind: connector.kind,
    title: connector.title,
    name: row.name,
    enabled: row.enabled,
    settings: (row.settings ?? {}) as Record<string, unknown>,
    secretsSet: secretsSetOf(connector, opened),
    secretsUnreadable,
    lastEventAt: row.lastEventAt,
    lastCallAt: row.lastCallAt,
    lastError: row.lastError,
    lastErrorAt: row.lastErrorAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
