import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TLookupResult } from "../../../workflows/model/lookup";
import { workspaceKey } from "../connections/workspace-key";
import { ServiceError } from "../lib/service-error";
import { callDataSource, joinUrl, type TFetch } from "./call-data-source";
import { configOf } from "./data-source-config";
import { DataSourceNotFoundError } from "./data-source-errors";
import type { TTestLookup } from "./data-source-input";
import { lookupContextOf } from "./lookup-context";
import type { TLookupContext } from "./lookup-types";

/** What "Test lookup" shows, so the admin can fix the path or the field paths: the request, the outcome, the answer as received. */
export interface TTestLookupView {
  result: TLookupResult;
  /** The full address asked (the base URL and the filled path); the auth header is never part of it. */
  url: string | null;
  httpStatus: number | null;
  raw: string | null;
  /** The ticket the values were read from, when one was named. */
  ticket: { id: string; externalId: string; subject: string } | null;
}

/**
 * Calls the saved data source (on or off) with sample values: a real ticket (by the studio's id or the helpdesk's)
 * for the ticket's and customer's values, and typed values for the rest, a typed value winning. `text.number` is
 * filled as for a ticket: the first number of 4–20 digits in the sample message. Nothing is kept.
 */
export async function testDataSource(prisma: PrismaClient, input: TTestLookup, deps: { fetch?: TFetch; key?: Buffer } = {}): Promise<TTestLookupView> {
  const row = await prisma.dataSource.findUnique({ where: { id: input.id } });
  if (row === null) throw new DataSourceNotFoundError();
  const key = deps.key ?? workspaceKey();
  const loaded = configOf(row, key);
  if (!loaded.ok) throw new ServiceError("invalid", loaded.error);

  const named = input.ticketId ? await findTicket(prisma, input.ticketId) : null;
  const base = named === null ? emptyContext() : ((await lookupContextOf(prisma, named.id)) ?? emptyContext());
  const { context, args } = withValues(base, input.values);
  const called = await callDataSource(loaded.config, context, args, deps.fetch);
  const request = called.result.request;
  return {
    result: called.result,
    url: request ? joinUrl(row.baseUrl, request) : null,
    httpStatus: called.httpStatus,
    raw: called.raw,
    ticket: named,
  };
}

async function findTicket(prisma: PrismaClient, id: string) {
  const found = await prisma.ticket.findFirst({ where: { OR: [{ id }, { externalId: id }] }, orderBy: { createdAt: "desc" }, select: { id: true, externalId: true, subject: true } });
  if (found === null) throw new ServiceError("invalid", `No ticket has the id “${id}”; leave it empty to test with typed values only.`, { field: "ticketId" });
  return found;
}

function emptyContext(): TLookupContext {
  return {
    ticket: { externalId: "", subject: "", body: "", latestMessage: "", pageUrl: null, customFields: {} },
    customer: { externalId: "", email: null, name: null, plan: "standard" },
  };
}

/** The typed values laid over the ticket's: each path name to the place in the context it is read from. */
function withValues(base: TLookupContext, values: Record<string, string>): { context: TLookupContext; args: Record<string, string> } {
  const context: TLookupContext = { ticket: { ...base.ticket, customFields: { ...base.ticket.customFields } }, customer: { ...base.customer } };
  const args: Record<string, string> = {};
  for (const [name, raw] of Object.entries(values)) {
    const value = raw.trim();
    if (value === "") continue;
    if (name === "ticket.externalId") context.ticket.externalId = value;
    else if (name === "customer.email") context.customer.email = value;
    else if (name === "customer.externalId") context.customer.externalId = value;
    else if (name === "text.number") context.ticket.latestMessage = value;
    else if (name.startsWith("args.")) args[name.slice("args.".length)] = value;
    else if (name.startsWith("ticket.customFields.")) context.ticket.customFields[name.slice("ticket.customFields.".length)] = value;
  }
  return { context, args };
}
