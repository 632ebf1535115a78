import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { TTestTicketRequest } from "../../../../lib/flows/test-ticket";
import type { TTestTicketResult } from "../../../../lib/flows/test-ticket-result";
import type { FlowPlan } from "../../../../workflows/model/plan";
import type { TTicketSnapshot } from "../../../../workflows/model/ticket";
import type { AiProvider } from "../../../ai/provider";
import { liveLookups } from "../../lookups/live-lookups";
import type { LookupPort } from "../../lookups/lookup-types";
import { getWorkspaceCalendar } from "../../settings/workspace-calendar";
import { getTierMap } from "../../tier-map/get-tier-map";
import { compileForWorkspace } from "../compile-for-workspace";
import { FlowCompileError, FlowVersionNotFoundError } from "../flow-errors";
import { currentPlanOf } from "../stored-plan";
import { driveTestTicket, TEST_TICKET_LIMITS, type TestTicketLimits } from "./drive-test-ticket";
import { testTicketReads } from "./test-ticket-reads";

export interface TestTicketPorts {
  readonly prisma: PrismaClient;
  readonly ai: AiProvider;
  /** The workspace's data sources; by default the live ones (a test ticket's lookups are never kept). */
  readonly lookups?: LookupPort;
}

export interface TestTicketOptions {
  /** When the test ticket is created; the run's clock starts here. */
  now?: () => number;
  limits?: TestTicketLimits;
}

/**
 * Runs a customer's test ticket through the draft (as the editor holds it, unsaved edits included) or a
 * published version: compiled against this workspace's queues, with its tier map and calendar, its AI steps
 * and lookups answered for real, and its effects only described. Nothing is written: no ticket, no run, no
 * cached lookup; nothing reaches a helpdesk or Slack. Stateless: each call replays every turn typed so far.
 */
export async function runTestTicket(ports: TestTicketPorts, input: TTestTicketRequest, options: TestTicketOptions = {}): Promise<TTestTicketResult> {
  const { prisma } = ports;
  const [{ plan, ran }, tierMap, calendar] = await Promise.all([planToTest(prisma, input), getTierMap(prisma), getWorkspaceCalendar(prisma)]);
  const startMs = Math.floor((options.now ?? Date.now)() / 1000) * 1000;
  const t = input.ticket;
  const snapshot: TTicketSnapshot = {
    id: "test-ticket",
    source: "test",
    externalId: "test-ticket",
    subject: t.subject,
    body: t.body,
    channel: t.channel,
    pageUrl: t.pageUrl,
    status: "new",
    priority: "normal",
    tags: [],
    language: null,
    queue: null,
    createdAt: new Date(startMs).toISOString(),
    customer: { id: "test-customer", name: t.customerName === "" ? null : t.customerName, plan: t.plan, enterprise: t.enterprise, contactsLast24h: t.contactsLast24h },
    tierMap,
  };
  const read = testTicketReads({ ai: ports.ai, lookups: ports.lookups ?? liveLookups(prisma) });
  return driveTestTicket(read, { plan, snapshot, calendar, turns: input.turns, startMs, ran }, options.limits ?? TEST_TICKET_LIMITS);
}

async function planToTest(prisma: PrismaClient, input: TTestTicketRequest): Promise<{ plan: FlowPlan; ran: TTestTicketResult["ran"] }> {
  const target = input.target;
  if (target.kind === "draft") {
    const compiled = await compileForWorkspace(prisma, target.graph);
    if (!compiled.ok) throw new FlowCompileError(compiled.errors);
    return { plan: compiled.plan, ran: { kind: "draft" } };
  }
  const version = await prisma.flowVersion.findFirst({ where: { id: target.versionId, flowId: input.flowId }, select: { number: true, plan: true, graph: true } });
  if (version === null) throw new FlowVersionNotFoundError(target.versionId, input.flowId);
  return { plan: currentPlanOf(`v${version.number}`, version.plan, version.graph), ran: { kind: "version", number: version.number } };
}
