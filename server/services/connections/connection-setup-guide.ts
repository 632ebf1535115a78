import "server-only";
import type { PrismaClient } from "@prisma/client";
import { connectorFor } from "../../helpdesk/connectors";
import type { SetupGuide } from "../../helpdesk/contract";
import { ConnectionNotFoundError } from "./get-connection";
import { webhookUrlFor } from "./webhook-url";

export interface TConnectionSetupGuide extends SetupGuide {
  webhookUrl: string;
}

/** What the admin pastes into the helpdesk for this connection: its webhook address and the connector's steps. */
export async function connectionSetupGuide(prisma: PrismaClient, id: string, origin: string): Promise<TConnectionSetupGuide> {
  const row = await prisma.connection.findUnique({ where: { id }, select: { kind: true, settings: true } });
  if (row === null) throw new ConnectionNotFoundError();
  const connector = connectorFor(row.kind);
  const webhookUrl = webhookUrlFor(origin, id);
  return { webhookUrl, ...connector.setupGuide(connector.settingsSchema.parse(row.settings), webhookUrl) };
}
