import "server-only";
import type { PrismaClient } from "@prisma/client";
import { HelpdeskCallError } from "../../helpdesk/helpdesk-call-error";
import { helpdeskClientForSetup } from "./connection-clients";
import { recordSetupError } from "./connection-status";
import { ConnectionNotFoundError } from "./get-connection";

export interface TTestResult {
  ok: boolean;
  message: string;
}

/**
 * "Test connection": asks the helpdesk who the saved credentials belong to. The answer is noted on the connection
 * like any call (last call, or last error with the helpdesk's words) and comes back as a sentence for the admin.
 */
export async function testConnection(prisma: PrismaClient, id: string): Promise<TTestResult> {
  const row = await prisma.connection.findUnique({ where: { id }, select: { kind: true } });
  if (row === null) throw new ConnectionNotFoundError();
  let client;
  try {
    client = await helpdeskClientForSetup(prisma, id);
  } catch (error) {
    // No call was made, but the admin still needs the reason on the status line.
    const message = (error as Error).message;
    await recordSetupError(prisma, id, message);
    return { ok: false, message };
  }
  try {
    return { ok: true, message: `Connected as ${await client.whoAmI()}.` };
  } catch (error) {
    return { ok: false, message: failureSentence(error) };
  }
}

function failureSentence(error: unknown): string {
  const said = (error as Error)?.message ?? String(error);
  if (!(error instanceof HelpdeskCallError)) return said;
  if (error.status === 401 || error.status === 403) return `${said} — check the credentials you entered and that they may use the API.`;
  if (error.status === 404) return `${said} — check the account address (subdomain or domain).`;
  if (error.status === null) return `${said} — check the account address and that this server can reach the helpdesk.`;
  if (error.retryable) return `${said} — the helpdesk is busy or having trouble; try again in a minute.`;
  return said;
}
