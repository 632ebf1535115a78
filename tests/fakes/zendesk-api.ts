import { createHash, createHmac, randomInt } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local stand-in for the Zendesk Support API (v2), for tests of the Zendesk connector and of whole flows on top of
 * it. It listens on 127.0.0.1 (random port) and speaks the documented endpoints the studio uses: GET
 * /api/v2/users/me, GET /api/v2/groups and /api/v2/users?role=… (cursor paging, as node-zendesk asks for it), and
 * PUT /api/v2/tickets/{id} (Update Ticket). Paths may end in ".json", as node-zendesk sends them.
 *
 *   const zd = await startZendeskFake({ groups: [{ id: 360001, name: "Billing" }] });
 *   // settings { subdomain: "acme", agentEmail: zd.email, baseUrl: zd.baseUrl }, secrets { apiToken: zd.token, ... }
 *   ... run the client or a flow ...
 *   expect(zd.violations).toEqual([]);                 // every request matched the documented shape
 *   expect(zd.ticket("35436").comments).toEqual([...]); // what the ticket looks like now
 *   zd.failNext(1, { status: 429, headers: { "retry-after": "2" } }, "write");   // script the next answer(s)
 *   await zd.close();
 *
 * Update bodies are checked field by field (unknown fields included): a malformed one gets Zendesk's 400/422 error
 * body and is recorded in `violations`. When `groups`/`users` are given, a group or assignee id the account does not
 * have gets Zendesk's 422 RecordInvalid, as a real account answers (not a violation: the request was well formed). A
 * write that repeats an `Idempotency-Key` already accepted is answered as the first time (with
 * `x-idempotency-lookup: hit`) and changes nothing. Credentials other than `{email}/token:{token}` get Zendesk's 401.
 * `signZendeskWebhook` signs a delivery as Zendesk does; `renderZendeskPlaceholders` fills a trigger body's placeholders.
 */
export interface TZendeskFakeOptions {
  /** The API token's agent (GET /users/me); defaults to an admin "Support bot" <bot@acme.test>. */
  me?: TZendeskFakeUser;
  token?: string;
  /** The account's groups; when given, an update naming another group id gets Zendesk's 422. */
  groups?: Array<{ id: number; name: string; deleted?: boolean }>;
  /** Other users of the account (agents, admins, end users); when given, an assignee that is not an agent gets a 422. */
  users?: TZendeskFakeUser[];
  /** When given, only these tickets exist (others answer 404); otherwise every numeric id exists from its first use. */
  knownTickets?: string[];
}

export interface TZendeskFakeUser {
  id: number;
  name: string;
  email: string;
  role: "end-user" | "agent" | "admin";
  active?: boolean;
}

export interface TZendeskFakeRequest {
  method: string;
  /** Without the query string. */
  path: string;
  query: URLSearchParams;
  body: unknown;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** The write repeated an Idempotency-Key already accepted: answered from memory, nothing changed. */
  deduped: boolean;
}

export interface TZendeskFakeTicket {
  id: string;
  status: string;
  priority: string | null;
  group_id: number | null;
  assignee_id: number | null;
  tags: string[];
  /** In the order they were added; `public: false` is an internal note. */
  comments: Array<{ id: number; body: string; public: boolean; author_id: number }>;
  custom_fields: Record<number, unknown>;
}

export interface TZendeskScriptedAnswer {
  status: number;
  /** Defaults to Zendesk's error body for the status. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ZendeskFake {
  baseUrl: string;
  email: string;
  token: string;
  /** Every request the fake accepted, in order (scripted answers, 401s and violations are not in it). */
  requests: TZendeskFakeRequest[];
  /** Requests that broke the documented shape, each with what was wrong. */
  violations: string[];
  /** Requests answered by `failNext`, in order. */
  scripted: Array<{ method: string; path: string; status: number }>;
  /** Accepted writes that changed something (not deduped). */
  writes(): TZendeskFakeRequest[];
  ticket(id: string): TZendeskFakeTicket;
  /** Answers the next `count` requests (of that kind, any endpoint) with `answer` instead of handling them. */
  failNext(count: number, answer: TZendeskScriptedAnswer, kind?: "any" | "read" | "write"): void;
  close(): Promise<void>;
}

/** Zendesk's error bodies, by status, for scripted answers that give none. */
export function zendeskErrorBody(status: number, description?: string): unknown {
  if (status === 401) return { error: "Couldn't authenticate you" };
  if (status === 404) return { error: "RecordNotFound", description: description ?? "Not found" };
  if (status === 422) return recordInvalid("base", description ?? "Record validation errors");
  if (status === 429) return { error: "TooManyRequests", description: description ?? "You have exceeded the rate limit. Please try again later." };
  return { error: "InternalError", description: description ?? "Something went wrong" };
}

/**
 * Headers of a webhook delivery signed exactly as Zendesk documents: base64(HMAC-SHA256(secret, timestamp + body)),
 * with the timestamp (ISO 8601, seconds) in its own header. Pass `at` to sign as of another moment (stale checks).
 */
export function signZendeskWebhook(secret: string, rawBody: string, at: Date = new Date()): Record<string, string> {
  const timestamp = at.toISOString().replace(/\.\d{3}Z$/, "Z");
  return {
    "content-type": "application/json",
    "x-zendesk-account-id": "123456",
    "x-zendesk-webhook-id": "01F1KRFQ6BG29CNWFR60NK5FNY",
    "x-zendesk-webhook-invocation-id": String(randomInt(1_000_000_000, 9_999_999_999)),
    "x-zendesk-webhook-signature-timestamp": timestamp,
    "x-zendesk-webhook-signature": createHmac("sha256", secret).update(timestamp + rawBody).digest("base64"),
  };
}
export const signzendeskWebhook = signZendeskWebhook;

/**
 * A trigger's JSON body as Zendesk delivers it: each {{placeholder}} replaced by its value (JSON-escaped inside the
 * quotes the body puts around it), or by nothing when `values` lacks it, as Zendesk renders an unset placeholder.
 */
export function renderZendeskPlaceholders(template: string, values: Record<string, string | number | boolean>): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => (name in values ? JSON.stringify(String(values[name])).slice(1, -1) : ""));
}

const STATUSES = ["new", "open", "pending", "hold", "solved", "closed"];
const PRIORITIES = ["low", "normal", "high", "urgent"];
/** Update Ticket's writable fields (the Tickets API's JSON format); anything else is a violation. */
const TICKET_FIELDS = new Set([
  "comment", "status", "priority", "group_id", "assignee_id", "assignee_email", "additional_tags", "remove_tags", "tags",
  "custom_fields", "subject", "type", "due_at", "external_id", "safe_update", "updated_stamp", "custom_status_id",
]);
const COMMENT_FIELDS = new Set(["body", "html_body", "public", "author_id", "uploads"]);

export async function startZendeskFake(options: TZendeskFakeOptions = {}): Promise<ZendeskFake> {
  const me: TZendeskFakeUser = options.me ?? { id: 9001, name: "Support bot", email: "bot@acme.test", role: "admin" };
  const token = options.token ?? "zendesk-test-token";
  const users = [me, ...(options.users ?? [])];
  const groups = options.groups ?? [];
  const known = options.knownTickets ? new Set(options.knownTickets) : null;
  const tickets = new Map<string, TZendeskFakeTicket>();
  const remembered = new Map<string, { fingerprint: string; status: number; body: unknown }>();
  const queue: Array<{ answer: TZendeskScriptedAnswer; kind: "any" | "read" | "write" }> = [];
  const requests: TZendeskFakeRequest[] = [];
  const violations: string[] = [];
  const scripted: ZendeskFake["scripted"] = [];
  let nextCommentId = 50_000_000_001;
  let baseUrl = "";

  const ticketState = (id: string): TZendeskFakeTicket => {
    let t = tickets.get(id);
    if (!t) {
      t = { id, status: "open", priority: null, group_id: null, assignee_id: null, tags: [], comments: [], custom_fields: {} };
      tickets.set(id, t);
    }
    return t;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const method = req.method ?? "GET";
    const path = url.pathname.replace(/\.json$/, "");
    const headers = lowerHeaders(req);
    const raw = await readBody(req);
    const isWrite = method !== "GET";
    const send = (status: number, body: unknown, extra: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...extra });
      res.end(JSON.stringify(body));
    };
    const violation = (status: number, what: string, body: unknown) => {
      violations.push(`${method} ${path}: ${what}`);
      send(status, body);
    };

    const scriptedIndex = queue.findIndex((q) => q.kind === "any" || (q.kind === "write") === isWrite);
    if (scriptedIndex >= 0) {
      const { answer } = queue.splice(scriptedIndex, 1)[0]!;
      scripted.push({ method, path, status: answer.status });
      return send(answer.status, answer.body ?? zendeskErrorBody(answer.status), answer.headers);
    }

    const auth = basicCredentials(headers.authorization);
    if (auth !== null && !auth.includes("/token:")) violations.push(`${method} ${path}: API-token auth is "{email}/token:{token}", got another form`);
    if (auth !== `${me.email}/token:${token}`) return send(401, zendeskErrorBody(401));

    let body: unknown = undefined;
    if (isWrite) {
      if (!(headers["content-type"] ?? "").startsWith("application/json")) return violation(400, "Content-Type is not application/json", { error: "InvalidContentType" });
      try {
        body = JSON.parse(raw);
      } catch {
        return violation(400, "body is not JSON", { error: { title: "Invalid JSON", message: "The request body could not be parsed" } });
      }
    }

    const key = headers["idempotency-key"];
    const fingerprint = createHash("sha256").update(`${method} ${path} ${raw}`).digest("hex");
    if (isWrite && key && remembered.has(key)) {
      const first = remembered.get(key)!;
      if (first.fingerprint !== fingerprint) {
        return violation(400, `Idempotency-Key "${key}" reused for a different request`, { error: "IdempotentRequestError", description: "Idempotency key reused with a different payload" });
      }
      requests.push({ method, path, query: url.searchParams, body, headers, deduped: true });
      return send(first.status, first.body, { "x-idempotency-lookup": "hit" });
    }

    const routed = route(method, path, url, body);
    if (routed.violation) return violation(routed.status, routed.violation, routed.body);
    if (routed.status < 300) requests.push({ method, path, query: url.searchParams, body, headers, deduped: false });
    if (isWrite && key && routed.status < 300) remembered.set(key, { fingerprint, status: routed.status, body: routed.body });
    send(routed.status, routed.body, isWrite && key ? { "x-idempotency-lookup": "miss" } : {});
  };

  type TRouted = { status: number; body: unknown; violation?: string };

  const route = (method: string, path: string, url: URL, body: unknown): TRouted => {
    if (method === "GET" && path === "/api/v2/users/me") return { status: 200, body: { user: userJson(me) } };
    if (method === "GET" && path === "/api/v2/groups") return page(url, "groups", groups.map((g) => ({ ...g, deleted: g.deleted ?? false, url: `${baseUrl}/api/v2/groups/${g.id}.json` })));
    if (method === "GET" && path === "/api/v2/users") {
      const roles = [...url.searchParams.getAll("role"), ...url.searchParams.getAll("role[]")];
      return page(url, "users", users.filter((u) => roles.length === 0 || roles.includes(u.role)).map(userJson));
    }
    const ticketPath = /^\/api\/v2\/tickets\/(\d+)$/.exec(path);
    if (method === "PUT" && ticketPath) return updateTicket(ticketPath[1]!, body);
    return { status: 404, body: { error: "InvalidEndpoint", description: "Not found" }, violation: "no such endpoint in the Support API the studio uses" };
  };

  const page = (url: URL, name: string, all: unknown[]): TRouted => {
    const size = Number(url.searchParams.get("page[size]") ?? "100");
    const after = Number(url.searchParams.get("page[after]") ?? "0");
    if (!Number.isInteger(size) || size < 1 || size > 100) return { status: 400, body: { error: "InvalidPaginationParameter" }, violation: `page[size] ${size} is not 1–100` };
    const slice = all.slice(after, after + size);
    const hasMore = after + size < all.length;
    const next = new URL(url.pathname, baseUrl);
    next.searchParams.set("page[size]", String(size));
    next.searchParams.set("page[after]", String(after + size));
    for (const [k, v] of url.searchParams) if (!k.startsWith("page[")) next.searchParams.append(k, v);
    return {
      status: 200,
      body: { [name]: slice, meta: { has_more: hasMore, after_cursor: hasMore ? String(after + size) : null, before_cursor: null }, links: { prev: null, next: hasMore ? next.toString() : null } },
    };
  };

  const updateTicket = (id: string, body: unknown): TRouted => {
    const problems = ticketUpdateProblems(body);
    if (problems.length > 0) return { status: 422, body: recordInvalid("base", problems.join("; ")), violation: problems.join("; ") };
    if (known && !known.has(id)) return { status: 404, body: zendeskErrorBody(404) };
    const update = (body as { ticket: Record<string, unknown> }).ticket;
    if (options.groups && typeof update.group_id === "number" && !groups.some((g) => g.id === update.group_id)) {
      return { status: 422, body: recordInvalid("group", "Group: is invalid") };
    }
    if (options.users && typeof update.assignee_id === "number" && !users.some((u) => u.id === update.assignee_id && u.role !== "end-user")) {
      return { status: 422, body: recordInvalid("assignee", "Assignee: is not an agent") };
    }
    const t = ticketState(id);
    const comment = update.comment as { body?: string; html_body?: string; public?: boolean } | undefined;
    const audit: unknown[] = [];
    if (comment) {
      const added = { id: nextCommentId++, body: comment.body ?? comment.html_body ?? "", public: comment.public ?? true, author_id: me.id };
      t.comments.push(added);
      audit.push({ type: "Comment", ...added });
    }
    if (typeof update.status === "string") t.status = update.status;
    if (update.priority !== undefined) t.priority = update.priority as string | null;
    if (update.group_id !== undefined) t.group_id = update.group_id as number | null;
    if (update.assignee_id !== undefined) t.assignee_id = update.assignee_id as number | null;
    if (Array.isArray(update.tags)) t.tags = [...new Set(update.tags as string[])];
    for (const tag of (update.additional_tags as string[] | undefined) ?? []) if (!t.tags.includes(tag)) t.tags.push(tag);
    t.tags = t.tags.filter((tag) => !((update.remove_tags as string[] | undefined) ?? []).includes(tag));
    for (const f of (update.custom_fields as Array<{ id: number; value: unknown }> | undefined) ?? []) t.custom_fields[f.id] = f.value;
    return { status: 200, body: { ticket: ticketJson(t), audit: { id: nextCommentId++, ticket_id: Number(id), author_id: me.id, events: audit } } };
  };

  const ticketJson = (t: TZendeskFakeTicket) => ({
    id: Number(t.id),
    url: `${baseUrl}/api/v2/tickets/${t.id}.json`,
    status: t.status,
    priority: t.priority,
    group_id: t.group_id,
    assignee_id: t.assignee_id,
    tags: t.tags,
    custom_fields: Object.entries(t.custom_fields).map(([id, value]) => ({ id: Number(id), value })),
  });

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      violations.push(`fake crashed: ${(error as Error).message}`);
      res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    baseUrl,
    email: me.email,
    token,
    requests,
    violations,
    scripted,
    writes: () => requests.filter((r) => r.method !== "GET" && !r.deduped),
    ticket: (id) => ticketState(id),
    failNext: (count, answer, kind = "any") => {
      for (let i = 0; i < count; i++) queue.push({ answer, kind });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** What is wrong with an Update Ticket body, field by field (empty when it is the documented shape). */
function ticketUpdateProblems(body: unknown): string[] {
  if (!isObject(body) || Object.keys(body).join() !== "ticket" || !isObject(body.ticket)) return ['the body must be { "ticket": { ... } } and nothing else'];
  const t = body.ticket;
  const problems: string[] = [];
  if (Object.keys(t).length === 0) problems.push("ticket is empty: an update must change something");
  for (const key of Object.keys(t)) if (!TICKET_FIELDS.has(key)) problems.push(`ticket.${key} is not a field of Update Ticket`);
  if ("comment" in t) {
    const c = t.comment;
    if (!isObject(c)) problems.push("ticket.comment must be an object");
    else {
      for (const key of Object.keys(c)) if (!COMMENT_FIELDS.has(key)) problems.push(`ticket.comment.${key} is not a field of a comment`);
      const text = c.body ?? c.html_body;
      if (typeof text !== "string" || text.trim() === "") problems.push("ticket.comment.body must be non-empty text");
      if ("public" in c && typeof c.public !== "boolean") problems.push("ticket.comment.public must be true or false");
    }
  }
  if ("status" in t && !STATUSES.includes(t.status as string)) problems.push(`ticket.status "${String(t.status)}" is not one of ${STATUSES.join(", ")}`);
  if ("priority" in t && t.priority !== null && !PRIORITIES.includes(t.priority as string)) problems.push(`ticket.priority "${String(t.priority)}" is not one of ${PRIORITIES.join(", ")}`);
  for (const key of ["group_id", "assignee_id"]) {
    if (key in t && t[key] !== null && !Number.isInteger(t[key])) problems.push(`ticket.${key} must be a whole number or null`);
  }
  for (const key of ["additional_tags", "remove_tags", "tags"]) {
    if (key in t && !(Array.isArray(t[key]) && (t[key] as unknown[]).every((x) => typeof x === "string" && x !== ""))) problems.push(`ticket.${key} must be a list of tag names`);
  }
  if ("custom_fields" in t) {
    const fields = t.custom_fields;
    const ok =
      Array.isArray(fields) &&
      fields.every((f) => isObject(f) && Object.keys(f).sort().join() === "id,value" && Number.isInteger(f.id) && ["string", "number", "boolean"].includes(typeof f.value));
    if (!ok) problems.push("ticket.custom_fields must be a list of { id: number, value }");
  }
  return problems;
}

function recordInvalid(field: string, description: string) {
  return { error: "RecordInvalid", description: "Record validation errors", details: { [field]: [{ description, error: "InvalidValue" }] } };
}

function userJson(u: TZendeskFakeUser) {
  return { id: u.id, name: u.name, email: u.email, role: u.role, active: u.active ?? true, url: `/api/v2/users/${u.id}.json` };
}

function basicCredentials(header: string | undefined): string | null {
  const match = /^Basic\s+(.+)$/i.exec(header ?? "");
  return match ? Buffer.from(match[1]!, "base64").toString("utf8") : null;
}

function lowerHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  return out;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
