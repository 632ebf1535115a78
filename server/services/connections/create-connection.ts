import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import { connectorFor } from "../../helpdesk/connectors";
import { connectionView, type TConnectionView } from "./connection-view";
import type { TCreateConnection } from "./connection-input";
import { generatedSecretsOf, mergeSecrets, parseSettings } from "./connector-values";
import { nameTaken } from "./name-taken";
import { sealSecrets } from "./secret-box";
import { workspaceKey } from "./workspace-key";

/**
 * Saves a new connection with its secrets sealed, and records it in the audit log (which secrets were set, never
 * their values). The row is created first because the seal binds the connection's id. A secret the connector made up
 * (left empty by the admin) comes back in `generatedSecrets`, this once.
 */
export async function createConnection(
  prisma: PrismaClient,
  input: TCreateConnection,
  actor: string,
  key: Buffer = workspaceKey(),
): Promise<TConnectionView & { generatedSecrets?: Record<string, string> }> {
  const connector = connectorFor(input.kind);
  const settings = parseSettings(connector, input.settings);
  const { secrets, changed } = mergeSecrets(connector, {}, input.secrets);
  const generatedSecrets = generatedSecretsOf(connector, {}, changed, secrets);
  try {
    const row = await prisma.$transaction(async (tx) => {
      const created = await tx.connection.create({
        data: { kind: input.kind, name: input.name, enabled: input.enabled, settings: settings as Prisma.InputJsonValue, sealedSecrets: "" },
        select: { id: true },
      });
      const saved = await tx.connection.update({ where: { id: created.id }, data: { sealedSecrets: sealSecrets(key, created.id, secrets) } });
      await tx.auditLog.create({
        data: {
          actor,
          action: "connection.create",
          subject: created.id,
          details: { kind: input.kind, name: input.name, enabled: input.enabled, settings: settings as Prisma.InputJsonValue, secretsSet: [...changed, ...Object.keys(generatedSecrets ?? {})].sort() },
        },
      });
      return saved;
    });
    return { ...connectionView(row, key), ...(generatedSecrets ? { generatedSecrets } : {}) };
  } catch (error) {
    throw nameTaken(error, input.name);
  }
}
