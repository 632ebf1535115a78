import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";
import { connectorFor } from "../../helpdesk/connectors";
import { connectionView, type TConnectionView } from "./connection-view";
import type { TUpdateConnection } from "./connection-input";
import { generatedSecretsOf, mergeSecrets, parseSettings } from "./connector-values";
import { ConnectionNotFoundError } from "./get-connection";
import { nameTaken } from "./name-taken";
import { openSecrets, sealSecrets, SecretsUnreadable } from "./secret-box";
import { workspaceKey } from "./workspace-key";

/**
 * Changes a connection's name, settings, secrets or whether it is on. A secret left empty keeps the saved one; the
 * audit row holds the settings before and after and the names of the secrets that changed. A secret the connector
 * made up (none saved, none typed) comes back in `generatedSecrets`, this once.
 */
export async function updateConnection(
  prisma: PrismaClient,
  input: TUpdateConnection,
  actor: string,
  key: Buffer = workspaceKey(),
): Promise<TConnectionView & { generatedSecrets?: Record<string, string> }> {
  const before = await prisma.connection.findUnique({ where: { id: input.id } });
  if (before === null) throw new ConnectionNotFoundError();
  const connector = connectorFor(before.kind);
  const settings = parseSettings(connector, input.settings);
  const kept = savedSecrets(key, before.id, before.sealedSecrets);
  const { secrets, changed } = mergeSecrets(connector, kept, input.secrets);
  const generatedSecrets = generatedSecretsOf(connector, kept, changed, secrets);
  try {
    const row = await prisma.$transaction(async (tx) => {
      const saved = await tx.connection.update({
        where: { id: input.id },
        data: { name: input.name, enabled: input.enabled, settings: settings as Prisma.InputJsonValue, sealedSecrets: sealSecrets(key, before.id, secrets) },
      });
      await tx.auditLog.create({
        data: {
          actor,
          action: "connection.update",
          subject: input.id,
          details: {
            kind: before.kind,
            before: { name: before.name, enabled: before.enabled, settings: before.settings as Prisma.InputJsonValue },
            after: { name: input.name, enabled: input.enabled, settings: settings as Prisma.InputJsonValue },
            secretsChanged: [...changed, ...Object.keys(generatedSecrets ?? {})].sort(),
          },
        },
      });
      return saved;
    });
    return { ...connectionView(row, key), ...(generatedSecrets ? { generatedSecrets } : {}) };
  } catch (error) {
    throw nameTaken(error, input.name);
  }
}

/** Secrets that no longer open (the workspace key changed) count as unset, so the admin can enter them again. */
function savedSecrets(key: Buffer, id: string, sealed: string): Record<string, unknown> {
  try {
    return openSecrets(key, id, sealed);
  } catch (error) {
    if (error instanceof SecretsUnreadable) return {};
    throw error;
  }
}
