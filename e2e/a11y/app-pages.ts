import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { draftGraphOf, mutate } from "../support/trpc";
import { isoWeek } from "../../workflows/metrics/weeks";

/**
 * Every page of the app, found from app/(app)/** /page.tsx so a page added later is checked too, with real
 * ids for the dynamic ones: a flow with a published version and a changed draft, a completed backtest of it
 * with a changed ticket and a rule, a ticket of the demo history and a knowledge article.
 */

const APP_DIR = path.join(process.cwd(), "app", "(app)");

/** "/flows/[id]/diff" for app/(app)/flows/[id]/diff/page.tsx; route groups "(x)" are not part of the URL. */
export function appRoutes(dir = APP_DIR, prefix = ""): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) routes.push(...appRoutes(full, /^\(.*\)$/.test(entry) ? prefix : `${prefix}/${entry}`));
    else if (entry === "page.tsx") routes.push(prefix === "" ? "/" : prefix);
  }
  return routes;
}

export async function query<T>(request: APIRequestContext, procedure: string, input?: unknown): Promise<T> {
  const qs = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const response = await request.get(`/api/trpc/${procedure}${qs}`);
  const body = (await response.json()) as { result?: { data: { json: T } }; error?: { json: { message: string } } };
  if (!response.ok() || body.result === undefined) throw new Error(`${procedure} failed: ${body.error?.json.message ?? response.status()}`);
  return body.result.data.json;
}

export interface PageIds {
  flowId: string;
  backtestId: string;
  changedTicketId: string;
  rule: { nodeId: string; decision: string };
  ticketId: string;
  articleId: string;
  connectionId: string;
  dataSourceId: string;
}

interface Rule {
  kind: "rule" | "group";
  field?: string;
  rules?: Rule[];
}

function withoutField(group: Rule, field: string): Rule {
  return { ...group, rules: group.rules?.filter((r) => r.field !== field).map((r) => (r.kind === "group" ? withoutField(r, field) : r)) };
}

/** Sets up the data the dynamic pages show; the backtest replays a small sample so it completes in seconds. */
export async function createPageIds(request: APIRequestContext): Promise<PageIds> {
  const flow = await mutate<{ id: string }>(request, "flows.create", { template: "escalation-triggers", name: `Every page ${Date.now()}` });
  await mutate(request, "flows.publish", { flowId: flow.id, message: "As in the example" });
  const graph = await draftGraphOf(request, flow.id);
  const condition = graph.nodes.find((n) => n.id === "needs-human")!;
  condition.data.rules = withoutField(condition.data.rules as Rule, "sentiment.label");
  await mutate(request, "flows.saveDraft", { flowId: flow.id, graph });
  const detail = await query<{ versions: Array<{ id: string }> }>(request, "flows.get", { id: flow.id });
  const versionId = detail.versions[0]!.id;
  const run = await mutate<{ id: string }>(request, "backtests.start", {
    flowId: flow.id,
    candidate: { kind: "draft" },
    baseline: { kind: "version", versionId },
    selection: { sampleSize: 300, seed: 7 },
  });
  for (let i = 0; ; i++) {
    const status = (await query<{ status: string }>(request, "backtests.get", { id: run.id })).status;
    if (status === "completed") break;
    if (status === "failed" || status === "cancelled" || i > 240) throw new Error(`The set-up backtest ended ${status}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const changed = await query<Array<{ ticketId: string }>>(request, "backtests.changed", { id: run.id });
  const rules = await query<Array<{ nodeId: string; decision: string }>>(request, "backtests.rules", { id: run.id });
  const tickets = await query<{ items: Array<{ id: string }> }>(request, "tickets.list", { limit: 1 });
  const articles = await query<{ articles: Array<{ id: string }> }>(request, "knowledge.list", { query: "" });
  if (changed[0] === undefined || rules[0] === undefined || tickets.items[0] === undefined || articles.articles[0] === undefined) {
    throw new Error("The set-up data is missing a changed ticket, a rule, a ticket or an article");
  }
  // Its API address is a closed local port, so the page's calls to the helpdesk fail fast and never leave the machine.
  const connection = await mutate<{ id: string }>(request, "connections.create", {
    kind: "zendesk",
    name: `Every page ${Date.now()}`,
    enabled: true,
    settings: { subdomain: "every-page", agentEmail: "bot@e2e.studio.local", baseUrl: "http://127.0.0.1:9" },
    secrets: { apiToken: "every-page-token", webhookSecret: "every-page-secret" },
  });
  // Never called by the page (only "Test lookup" calls out), so its address needs no server.
  const dataSource = await mutate<{ id: string }>(request, "dataSources.create", {
    name: `every-page-${Date.now().toString(36)}`,
    baseUrl: "http://127.0.0.1:9",
    pathTemplate: "/orders/{{text.number}}",
    fields: [{ name: "status", path: "order.status", type: "string" }],
  });
  return {
    flowId: flow.id,
    backtestId: run.id,
    changedTicketId: changed[0].ticketId,
    rule: rules[0],
    ticketId: tickets.items[0].id,
    articleId: articles.articles[0].id,
    connectionId: connection.id,
    dataSourceId: dataSource.id,
  };
}

/**
 * Removes what the set-up left that changes other pages: the connection, whose unmapped queues would otherwise show
 * as warnings in every flow the later specs open.
 */
export async function removePageIds(request: APIRequestContext, ids: PageIds): Promise<void> {
  await mutate(request, "connections.delete", { id: ids.connectionId });
  await mutate(request, "dataSources.delete", { id: ids.dataSourceId });
}

/** The URL to visit for a route, its [params] filled from the ids by the folder they are in. */
export function urlOf(route: string, ids: PageIds): string {
  const segments = route.split("/");
  const filled = segments.map((segment, i) => {
    if (!segment.startsWith("[")) return segment;
    const at = `${segments[i - 1]}/${segment}`;
    switch (at) {
      case "flows/[id]":
        return ids.flowId;
      case "backtests/[id]":
        return ids.backtestId;
      case "tickets/[ticketId]":
        return ids.changedTicketId;
      case "inbox/[id]":
        return ids.ticketId;
      case "knowledge/[id]":
        return ids.articleId;
      case "connections/[id]":
        return ids.connectionId;
      case "data-sources/[id]":
        return ids.dataSourceId;
      case "review/[week]":
        // This week's review: it is built on first visit, from whatever the rollup holds.
        return isoWeek(new Date().toISOString().slice(0, 10));
      default:
        throw new Error(`No id for ${at} in ${route}: add one to e2e/a11y/app-pages.ts`);
    }
  });
  const url = filled.join("/") || "/";
  return route === "/backtests/[id]/rules" ? `${url}?node=${encodeURIComponent(ids.rule.nodeId)}&decision=${encodeURIComponent(ids.rule.decision)}` : url;
}

/** Waits until the page's data has loaded (skeletons gone), as far as a few seconds allow. */
export async function settled(page: import("@playwright/test").Page): Promise<void> {
  await page.waitForLoadState("networkidle", { timeout: 15_000 }).catch(() => undefined);
  await page
    .locator(".animate-pulse")
    .first()
    .waitFor({ state: "detached", timeout: 10_000 })
    .catch(() => undefined);
}
