import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { checkFreshdeskShape } from "./freshdesk-api-shapes";

/**
 * A local Freshdesk v2 API for tests (`http://127.0.0.1:<random port>/api/v2/...`): the endpoints the studio's client
 * uses, with Freshdesk's documented request and error shapes.
 *
 *   const fake = await startFreshdeskFake();        // settings { domain: "acme", baseUrl: fake.baseUrl }, secrets { apiKey: fake.apiKey, ... }
 *   fake.addTicket(1001, { tags: ["vip"] });
 *   ... run the flow ...
 *   expect(fake.violations).toEqual([]);             // every request matched the documented shape
 *   expect(fake.writes()).toHaveLength(3);           // reply, note, update: each accepted once
 *   fake.failNext(1, freshdeskRateLimited(2));       // the next request gets 429 + Retry-After: 2
 *   await fake.close();
 *
 * - Auth: basic auth with `apiKey` as user (Freshdesk ignores the password; the client sends "X"); else 401.
 * - Bodies are checked field by field; a request that does not match gets Freshdesk's 400 "Validation failed" body and
 *   is added to `violations` (with 415 for a missing JSON content type and 400 invalid_json for a broken body).
 * - `requests` holds every accepted request (method, path below /api/v2, query, body, lower-cased headers), in order.
 * - A write (POST/PUT) whose `Idempotency-Key` the fake has already accepted is answered as the first time, changes
 *   nothing and is not recorded again; `replays` counts them.
 * - `failNext(n, answer)` makes the next n requests get that status, headers and body (Freshdesk's error body for the
 *   status when none is given) instead; they are listed in `scripted`, not in `requests`.
 * - Tickets must be added (or `autoCreateTickets`); an unknown ticket gets 404 like Freshdesk.
 */

export interface FreshdeskFakeRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  headers: Record<string, string>;
}

export interface FreshdeskFakeAnswer {
  status: number;
  /** Defaults to Freshdesk's error body for the status. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface FreshdeskFakeTicket {
  id: number;
  subject: string;
  status: number;
  priority: number;
  group_id: number | null;
  responder_id: number | null;
  tags: string[];
  custom_fields: Record<string, unknown>;
  /** Replies and notes, in the order they were added. */
  conversations: Array<{ id: number; kind: "reply" | "note"; body: string; private: boolean }>;
}

export interface FreshdeskFakeAgent {
  id: number;
  contact: { name: string; email: string };
}

export interface FreshdeskFakeOptions {
  apiKey?: string;
  /** The API key's agent (GET /agents/me); also listed among the agents. */
  me?: FreshdeskFakeAgent;
  agents?: FreshdeskFakeAgent[];
  groups?: Array<{ id: number; name: string }>;
  /** Any ticket id a request names exists (open, medium priority, no tags). */
  autoCreateTickets?: boolean;
}

export interface FreshdeskFake {
  /** The origin to use as the connection's `baseUrl` setting (the client adds /api/v2). */
  baseUrl: string;
  apiKey: string;
  /** Every request the fake accepted, in order (scripted answers, 401s, 404s, violations and replays are not in it). */
  requests: FreshdeskFakeRequest[];
  /** Requests that broke the documented shape, each with what was wrong. */
  violations: string[];
  /** Requests answered by `failNext`, in order. */
  scripted: Array<{ method: string; path: string; status: number }>;
  /** Writes answered again from an `Idempotency-Key` already accepted. */
  replays: number;
  /** Accepted POST and PUT requests (each idempotency key once). */
  writes(): FreshdeskFakeRequest[];
  ticket(id: number | string): FreshdeskFakeTicket;
  addTicket(id: number | string, fields?: Partial<Omit<FreshdeskFakeTicket, "id" | "conversations">>): FreshdeskFakeTicket;
  /** Answers the next `count` requests (any endpoint) with `answer` instead of handling them. */
  failNext(count: number, answer: FreshdeskFakeAnswer): void;
  close(): Promise<void>;
}

/** Freshdesk's error bodies by status: {code, message}, or {description, errors} for a validation failure. */
export function freshdeskErrorBody(status: number, message?: string): unknown {
  if (status === 400 || status === 422) {
    return { description: "Validation failed", errors: [{ field: "body", message: message ?? "It should be a/an String", code: "invalid_value" }] };
  }
  if (status === 401) return { code: "invalid_credentials", message: message ?? "You have to be logged in to perform this action." };
  if (status === 403) return { code: "access_denied", message: message ?? "You are not authorized to perform this action." };
  if (status === 404) return "";
  if (status === 429) return { message: message ?? "You have exceeded the limit of requests per minute" };
  return { code: "internal_error", message: message ?? "We're sorry, but something went wrong." };
}

/** Freshdesk's 429: Retry-After in seconds. */
export function freshdeskRateLimited(retryAfterSeconds: number): FreshdeskFakeAnswer {
  return { status: 429, headers: { "retry-after": String(retryAfterSeconds), "x-ratelimit-remaining": "0" } };
}

/** Freshdesk's validation-failure body with one field error, at the given status. */
export function freshdeskValidationError(status: number, field: string, message: string, code = "invalid_value"): FreshdeskFakeAnswer {
  return { status, body: { description: "Validation failed", errors: [{ field, message, code }] } };
}

/**
 * The headers a studio Freshdesk rule sends with its delivery: Freshdesk signs nothing, so the proof is the webhook
 * secret in the custom header the set-up steps name. `rawBody` is the rendered rule body (renderFreshdeskPlaceholders).
 */
export function signFreshdeskWebhook(secret: string, _rawBody?: string): Record<string, string> {
  return { "content-type": "application/json", "x-studio-webhook-secret": secret };
}
/** The same helper under the name the set-up brief used. */
export const signfreshdeskWebhook = signFreshdeskWebhook;

/** A time as Freshdesk renders it in a placeholder: "2026-12-06 14:03:11 UTC". */
export function freshdeskTime(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

/**
 * What Freshdesk sends for a rule body (the connector's setupGuide().webhookBody, with "event" changed per rule):
 * every `{{placeholder}}` replaced by its value, JSON-escaped, an empty string when not given;
 * `ticket.modified_on` is now, as Freshdesk prints it, unless given.
 */
export function renderFreshdeskPlaceholders(template: string, values: Record<string, string | number>): string {
  const all: Record<string, string | number> = { "ticket.modified_on": freshdeskTime(new Date()), ...values };
  return template.replace(/\{\{\s*([a-z_.]+)\s*\}\}/g, (_, name: string) => JSON.stringify(String(all[name] ?? "")).slice(1, -1));
}

export async function startFreshdeskFake(options: FreshdeskFakeOptions = {}): Promise<FreshdeskFake> {
  const apiKey = options.apiKey ?? "fd-test-key";
  const me = options.me ?? { id: 9001, contact: { name: "Studio Automation", email: "studio@acme.test" } };
  const agents = options.agents ?? [me, { id: 9002, contact: { name: "Ava Ops", email: "ava@acme.test" } }];
  const groups = options.groups ?? [
    { id: 5001, name: "Billing" },
    { id: 5002, name: "Tier 2" },
  ];
  const tickets = new Map<number, FreshdeskFakeTicket>();
  const queued: FreshdeskFakeAnswer[] = [];
  const seenKeys = new Map<string, FreshdeskFakeAnswer>();
  let nextConversationId = 70_000;

  function addTicket(id: number | string, fields: Partial<Omit<FreshdeskFakeTicket, "id" | "conversations">> = {}): FreshdeskFakeTicket {
    const ticket: FreshdeskFakeTicket = {
      id: Number(id),
      subject: "A customer's question",
      status: 2,
      priority: 2,
      group_id: null,
      responder_id: null,
      tags: [],
      custom_fields: {},
      ...fields,
      conversations: [],
    };
    tickets.set(Number(id), ticket);
    return ticket;
  }

  const fake: FreshdeskFake = {
    baseUrl: "",
    apiKey,
    requests: [],
    violations: [],
    scripted: [],
    replays: 0,
    ticket(id) {
      const ticket = tickets.get(Number(id));
      if (ticket === undefined) throw new Error(`The Freshdesk fake has no ticket ${id}`);
      return ticket;
    },
    addTicket,
    failNext(count, answer) {
      for (let i = 0; i < count; i++) queued.push(answer);
    },
    writes: () => fake.requests.filter((r) => r.method === "POST" || r.method === "PUT"),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  const ticketView = (t: FreshdeskFakeTicket) => {
    const { conversations: _conversations, ...view } = t;
    return { ...view, updated_at: new Date().toISOString() };
  };

  function page<T>(items: T[], query: Record<string, string>, path: string): FreshdeskFakeAnswer {
    const perPage = Math.min(Number(query.per_page ?? 30), 100);
    const pageNo = Number(query.page ?? 1);
    const slice = items.slice((pageNo - 1) * perPage, pageNo * perPage);
    const more = pageNo * perPage < items.length;
    return {
      status: 200,
      body: slice,
      headers: more ? { link: `<${fake.baseUrl}/api/v2${path}?per_page=${perPage}&page=${pageNo + 1}>; rel="next"` } : {},
    };
  }

  function route(req: FreshdeskFakeRequest): FreshdeskFakeAnswer {
    const { method, path } = req;
    if (method === "GET" && path === "/agents/me") return { status: 200, body: me };
    if (method === "GET" && path === "/agents") return page(agents, req.query, path);
    if (method === "GET" && path === "/groups") return page(groups, req.query, path);
    const m = /^\/tickets\/(\d+)(\/reply|\/notes)?$/.exec(path);
    if (m === null) {
      fake.violations.push(`${method} ${path}: no such Freshdesk endpoint`);
      return { status: 404, body: { code: "invalid_url", message: "No such endpoint" } };
    }
    const id = Number(m[1]);
    const kind = m[2] === "/reply" ? "reply" : m[2] === "/notes" ? "note" : method === "PUT" ? "update" : "view";
    if ((kind === "view" && method !== "GET") || (kind !== "view" && kind !== "update" && method !== "POST")) {
      fake.violations.push(`${method} ${path}: method not allowed`);
      return { status: 405, body: { code: "method_not_allowed", message: `${method} method is not allowed` } };
    }
    if (kind !== "view") {
      const errors = checkFreshdeskShape(kind, req.body);
      if (errors.length > 0) {
        fake.violations.push(`${method} ${path}: ${errors.map((e) => `${e.field}: ${e.message}`).join("; ")}`);
        return { status: 400, body: { description: "Validation failed", errors } };
      }
    }
    const ticket = tickets.get(id) ?? (options.autoCreateTickets ? addTicket(id) : undefined);
    if (ticket === undefined) return { status: 404, body: "" };
    if (kind === "view") return { status: 200, body: ticketView(ticket) };
    const body = req.body as Record<string, unknown>;
    if (kind === "update") {
      for (const [field, known] of [["group_id", groups.map((g) => g.id)], ["responder_id", agents.map((a) => a.id)]] as const) {
        const value = body[field];
        if (typeof value === "number" && !known.includes(value)) {
          return freshdeskValidationError(400, field, `There is no ${field === "group_id" ? "group" : "agent"} matching the given ${field}`);
        }
      }
      Object.assign(ticket, body, body.custom_fields ? { custom_fields: { ...ticket.custom_fields, ...(body.custom_fields as object) } } : {});
      return { status: 200, body: ticketView(ticket) };
    }
    const conversation: FreshdeskFakeTicket["conversations"][number] = {
      id: nextConversationId++,
      kind: kind === "note" ? "note" : "reply",
      body: String(body.body),
      private: kind === "note" ? body.private !== false : false,
    };
    ticket.conversations.push(conversation);
    return {
      status: 201,
      body: { id: conversation.id, ticket_id: id, body: conversation.body, private: conversation.private, user_id: me.id, created_at: new Date().toISOString() },
    };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : (v ?? "")]));
    const method = req.method ?? "GET";
    const send = (answer: FreshdeskFakeAnswer) => {
      const text = answer.body === undefined || answer.body === "" ? "" : JSON.stringify(answer.body);
      res.writeHead(answer.status, { ...(text ? { "content-type": "application/json" } : {}), ...answer.headers });
      res.end(text);
    };

    const next = queued.shift();
    if (next !== undefined) {
      fake.scripted.push({ method, path: url.pathname.replace(/^\/api\/v2/, ""), status: next.status });
      return send({ ...next, body: next.body === undefined ? freshdeskErrorBody(next.status) : next.body });
    }

    const [user] = Buffer.from((headers.authorization ?? "").replace(/^Basic\s+/i, ""), "base64").toString("utf8").split(":");
    if (!/^Basic\s/i.test(headers.authorization ?? "") || user !== apiKey) {
      return send({ status: 401, body: { code: "invalid_credentials", message: "You have to be logged in to perform this action." } });
    }
    if (!url.pathname.startsWith("/api/v2/")) {
      fake.violations.push(`${method} ${url.pathname}: outside /api/v2`);
      return send({ status: 404, body: { code: "invalid_url", message: "No such endpoint" } });
    }
    let body: unknown = undefined;
    if (method === "POST" || method === "PUT") {
      if (!(headers["content-type"] ?? "").startsWith("application/json")) {
        fake.violations.push(`${method} ${url.pathname}: Content-Type ${headers["content-type"] ?? "(none)"}`);
        return send({ status: 415, body: { code: "invalid_content_type", message: "Content-Type header should be set to application/json" } });
      }
      try {
        body = JSON.parse(raw);
      } catch {
        fake.violations.push(`${method} ${url.pathname}: body is not JSON`);
        return send({ status: 400, body: { code: "invalid_json", message: "Request body has invalid json format" } });
      }
      const key = headers["idempotency-key"];
      const first = key === undefined ? undefined : seenKeys.get(`${method} ${url.pathname} ${key}`);
      if (first !== undefined) {
        fake.replays++;
        return send(first);
      }
    }
    const request: FreshdeskFakeRequest = {
      method,
      path: url.pathname.slice("/api/v2".length),
      query: Object.fromEntries(url.searchParams),
      body,
      headers,
    };
    const answer = route(request);
    if (answer.status < 400) {
      fake.requests.push(request);
      const key = headers["idempotency-key"];
      if (key !== undefined && (method === "POST" || method === "PUT")) seenKeys.set(`${method} ${url.pathname} ${key}`, answer);
    }
    send(answer);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ code: "internal_error", message: String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
