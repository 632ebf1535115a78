import { createHmac, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";

/**
 * A local stand-in for Intercom's REST API (2.x), for tests of the Intercom connector and of whole flows on top of it.
 * It listens on 127.0.0.1 (random port) and speaks the documented endpoints the studio uses: GET /me, /admins, /teams,
 * /tags; POST /tags; POST /conversations/{id}/reply and /parts; PUT /conversations/{id}; POST and DELETE
 * /conversations/{id}/tags[/{tag_id}].
 *
 *   const fake = await startIntercomFake();                      // settings.baseUrl = fake.baseUrl, token fake.accessToken
 *   ... run the client or a flow ...
 *   expect(fake.violations).toEqual([]);                         // every request matched the documented shape
 *   expect(fake.conversation("215").replies).toEqual([...]);     // what the conversation looks like now
 *   fake.failNext(1, { status: 429, headers: { "retry-after": "2" } });   // script the next answer(s)
 *   await fake.close();
 *
 * Every request body is checked field by field (unknown fields included); a mismatch is answered with Intercom's 400
 * error list and recorded in `violations`. A write that repeats an `Idempotency-Key` the fake already accepted is
 * answered as the first time and changes nothing (`deduped` in `requests`). A wrong bearer token gets Intercom's 401.
 */
export interface TIntercomFakeOptions {
  accessToken?: string;
  /** The workspace's teammates; the first is the token's owner (GET /me). */
  admins?: Array<{ id: string; name: string; email: string }>;
  teams?: Array<{ id: string; name: string }>;
  tags?: Array<{ id: string; name: string }>;
  appName?: string;
  /** When given, only these conversations exist (others answer 404); otherwise any id exists from its first use. */
  knownConversations?: string[];
}

export interface TFakeRequest {
  method: string;
  path: string;
  body: unknown;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** The write repeated an Idempotency-Key already accepted: answered from memory, nothing changed. */
  deduped: boolean;
}

export interface TFakeConversation {
  id: string;
  /** Public replies (comment) and internal notes, as sent: `body` is the HTML Intercom received. */
  replies: Array<{ adminId: string; body: string }>;
  notes: Array<{ adminId: string; body: string }>;
  adminAssigneeId: string | null;
  teamAssigneeId: string | null;
  state: "open" | "closed" | "snoozed";
  snoozedUntil: number | null;
  priority: "priority" | "not_priority";
  tagIds: string[];
  customAttributes: Record<string, unknown>;
}

export interface TScriptedAnswer {
  status: number;
  /** Defaults to Intercom's error list for the status. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface IntercomFake {
  baseUrl: string;
  accessToken: string;
  /** Every request the fake accepted, in order (scripted failures, 401s and violations are not in it). */
  requests: TFakeRequest[];
  /** Requests that broke the documented shape, each with what was wrong. */
  violations: string[];
  /** Requests answered by `failNext`, in order. */
  scripted: Array<{ method: string; path: string; status: number }>;
  /** Accepted writes that changed something (not deduped). */
  writes(): TFakeRequest[];
  conversation(id: string): TFakeConversation;
  /** The workspace's tags by id (seeded and created through the API). */
  tags: Map<string, string>;
  /** Answers the next `count` requests (any endpoint) with `answer` instead of handling them. */
  failNext(count: number, answer: TScriptedAnswer): void;
  close(): Promise<void>;
}

/** Intercom's error body: `{ type: "error.list", request_id, errors: [{ code, message }] }`. */
export function intercomErrorBody(code: string, message: string) {
  return { type: "error.list", request_id: randomUUID(), errors: [{ code, message }] };
}

/** The X-Hub-Signature header Intercom sends: `sha1=` + hex HMAC-SHA1 of the raw body keyed with the app's client secret. */
export function signIntercomWebhook(clientSecret: string, rawBody: string): { "x-hub-signature": string } {
  return { "x-hub-signature": `sha1=${createHmac("sha1", clientSecret).update(rawBody, "utf8").digest("hex")}` };
}
/** The same, under the name the end-to-end tests use. */
export const signintercomWebhook = signIntercomWebhook;

/** A webhook notification body (the raw JSON to sign and send) wrapping a conversation as Intercom's envelope does. */
export function intercomNotification(topic: string, item: unknown, options: { id?: string; createdAt?: Date } = {}): string {
  const createdAt = Math.floor((options.createdAt ?? new Date()).getTime() / 1000);
  return JSON.stringify({
    type: "notification_event",
    app_id: "fake-app",
    data: { type: "notification_event_data", item },
    links: {},
    id: options.id ?? `notif_${randomUUID()}`,
    topic,
    delivery_status: "pending",
    delivery_attempts: 1,
    delivered_at: 0,
    first_sent_at: createdAt,
    created_at: createdAt,
    self: null,
  });
}

/** The conversation item of a `conversation.user.created` notification: a customer's first Messenger message. */
export function intercomNewConversation(c: { id: string; body: string; subject?: string; customer: { id: string; email?: string; name?: string }; url?: string }) {
  const createdAt = Math.floor(Date.now() / 1000);
  return {
    type: "conversation",
    id: c.id,
    created_at: createdAt,
    updated_at: createdAt,
    source: {
      type: "conversation",
      id: `${c.id}0`,
      delivered_as: "customer_initiated",
      subject: c.subject ?? "",
      body: `<p>${c.body.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</p>`,
      author: { type: "user", id: c.customer.id, name: c.customer.name ?? null, email: c.customer.email ?? null },
      attachments: [],
      url: c.url ?? null,
    },
    contacts: { type: "contact.list", contacts: [{ type: "contact", id: c.customer.id }] },
    admin_assignee_id: null,
    team_assignee_id: null,
    open: true,
    state: "open",
    conversation_parts: { type: "conversation_part.list", conversation_parts: [], total_count: 0 },
  };
}

const ZAdminIdSchema = z.string().regex(/^\d+$/, "admin_id must be the admin's id as a string of digits");
const ZReplySchema = z.strictObject({
  message_type: z.enum(["comment", "note"]),
  type: z.literal("admin"),
  admin_id: ZAdminIdSchema,
  body: z.string().min(1),
});
const ZPartsSchema = z.discriminatedUnion("message_type", [
  z.strictObject({ message_type: z.literal("close"), type: z.literal("admin"), admin_id: ZAdminIdSchema, body: z.string().optional() }),
  // Unix seconds: a value in milliseconds would put the wake-up thousands of years away.
  z.strictObject({ message_type: z.literal("snoozed"), admin_id: ZAdminIdSchema, snoozed_until: z.number().int().min(1_000_000_000).max(99_999_999_999) }),
  z.strictObject({ message_type: z.literal("open"), admin_id: ZAdminIdSchema }),
  z.strictObject({ message_type: z.literal("assignment"), type: z.enum(["admin", "team"]), admin_id: ZAdminIdSchema, assignee_id: z.string().regex(/^\d+$/), body: z.string().optional() }),
]);
const ZUpdateSchema = z
  .strictObject({
    read: z.boolean().optional(),
    title: z.string().optional(),
    priority: z.enum(["priority", "not_priority"]).optional(),
    custom_attributes: z.record(z.string().min(1), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
  })
  .refine((b) => Object.keys(b).length > 0, "the update names no field");
const ZTagConversationSchema = z.strictObject({ id: z.string().min(1), admin_id: ZAdminIdSchema });
const ZUntagConversationSchema = z.strictObject({ admin_id: ZAdminIdSchema });
const ZCreateTagSchema = z.strictObject({ name: z.string().min(1) });

class Refusal {
  constructor(readonly status: number, readonly code: string, readonly message: string, readonly violation: boolean) {}
}

export async function startIntercomFake(options: TIntercomFakeOptions = {}): Promise<IntercomFake> {
  const accessToken = options.accessToken ?? "fake-intercom-token";
  const admins = options.admins ?? [
    { id: "991267460", name: "Ava Ops", email: "ava@acme.test" },
    { id: "991267461", name: "Ben Agent", email: "ben@acme.test" },
  ];
  const teams = options.teams ?? [{ id: "814865", name: "Billing" }, { id: "814866", name: "Technical" }];
  const tags = new Map((options.tags ?? [{ id: "7522907", name: "VIP" }]).map((t) => [t.id, t.name]));
  const known = options.knownConversations ? new Set(options.knownConversations) : null;
  const conversations = new Map<string, TFakeConversation>();
  const requests: TFakeRequest[] = [];
  const violations: string[] = [];
  const scriptedLog: IntercomFake["scripted"] = [];
  const queue: TScriptedAnswer[] = [];
  const remembered = new Map<string, { status: number; body: unknown }>();
  let nextTagId = 9_000_001;

  const conversation = (id: string): TFakeConversation => {
    let c = conversations.get(id);
    if (!c) {
      c = { id, replies: [], notes: [], adminAssigneeId: null, teamAssigneeId: null, state: "open", snoozedUntil: null, priority: "not_priority", tagIds: [], customAttributes: {} };
      conversations.set(id, c);
    }
    return c;
  };
  const existing = (id: string) => {
    if (known !== null && !known.has(id)) throw new Refusal(404, "not_found", "Resource Not Found", false);
    return conversation(id);
  };
  const teammate = (adminId: string) => {
    if (!admins.some((a) => a.id === adminId)) throw new Refusal(400, "parameter_invalid", `Admin ${adminId} is not a teammate of this workspace`, true);
  };
  const shaped = <T>(schema: z.ZodType<T>, body: unknown, what: string): T => {
    const parsed = schema.safeParse(body);
    if (parsed.success) return parsed.data;
    const said = parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
    throw new Refusal(400, "parameter_invalid", `${what}: ${said}`, true);
  };
  const tagView = (id: string) => ({ type: "tag", id, name: tags.get(id) ?? "" });
  const conversationView = (c: TFakeConversation) => ({
    type: "conversation",
    id: c.id,
    created_at: 1_700_000_000,
    updated_at: Math.floor(Date.now() / 1000),
    state: c.state,
    open: c.state !== "closed",
    read: true,
    priority: c.priority,
    snoozed_until: c.snoozedUntil,
    admin_assignee_id: c.adminAssigneeId === null ? null : Number(c.adminAssigneeId),
    team_assignee_id: c.teamAssigneeId,
    tags: { type: "tag.list", tags: c.tagIds.map(tagView) },
    custom_attributes: c.customAttributes,
  });

  const route = (method: string, path: string, body: unknown): unknown => {
    const parts = path.split("/").filter(Boolean);
    const key = `${method} /${parts.map((p, i) => (i === 1 && parts[0] === "conversations") || (i === 3 && parts[2] === "tags") ? ":id" : p).join("/")}`;
    switch (key) {
      case "GET /me": {
        const me = admins[0]!;
        return { type: "admin", id: me.id, email: me.email, name: me.name, email_verified: true, app: { type: "app", id_code: "fakeapp1", name: options.appName ?? "Acme Support", region: "US", timezone: "Europe/London", identity_verification: false } };
      }
      case "GET /admins":
        return { type: "admin.list", admins: admins.map((a) => ({ type: "admin", id: a.id, name: a.name, email: a.email, away_mode_enabled: false, has_inbox_seat: true, team_ids: [] })) };
      case "GET /teams":
        return { type: "team.list", teams: teams.map((t) => ({ type: "team", id: t.id, name: t.name, admin_ids: [] })) };
      case "GET /tags":
        return { type: "list", data: [...tags.keys()].map(tagView) };
      case "POST /tags": {
        const { name } = shaped(ZCreateTagSchema, body, "POST /tags");
        const found = [...tags].find(([, n]) => n === name);
        const id = found ? found[0] : String(nextTagId++);
        tags.set(id, name);
        return tagView(id);
      }
      case "POST /conversations/:id/reply": {
        const b = shaped(ZReplySchema, body, "reply");
        teammate(b.admin_id);
        const c = existing(parts[1]!);
        (b.message_type === "comment" ? c.replies : c.notes).push({ adminId: b.admin_id, body: b.body });
        return conversationView(c);
      }
      case "POST /conversations/:id/parts": {
        const b = shaped(ZPartsSchema, body, "conversation parts");
        teammate(b.admin_id);
        const c = existing(parts[1]!);
        if (b.message_type === "close") c.state = "closed";
        if (b.message_type === "open") Object.assign(c, { state: "open", snoozedUntil: null });
        if (b.message_type === "snoozed") Object.assign(c, { state: "snoozed", snoozedUntil: b.snoozed_until });
        if (b.message_type === "assignment" && b.type === "team") c.teamAssigneeId = b.assignee_id === "0" ? null : b.assignee_id;
        if (b.message_type === "assignment" && b.type === "admin") c.adminAssigneeId = b.assignee_id === "0" ? null : b.assignee_id;
        return conversationView(c);
      }
      case "PUT /conversations/:id": {
        const b = shaped(ZUpdateSchema, body, "conversation update");
        const c = existing(parts[1]!);
        if (b.priority) c.priority = b.priority;
        Object.assign(c.customAttributes, b.custom_attributes ?? {});
        return conversationView(c);
      }
      case "POST /conversations/:id/tags": {
        const b = shaped(ZTagConversationSchema, body, "tag conversation");
        teammate(b.admin_id);
        const c = existing(parts[1]!);
        if (!tags.has(b.id)) throw new Refusal(404, "not_found", "Tag not found", false);
        if (!c.tagIds.includes(b.id)) c.tagIds.push(b.id);
        return tagView(b.id);
      }
      case "DELETE /conversations/:id/tags/:id": {
        const b = shaped(ZUntagConversationSchema, body, "untag conversation");
        teammate(b.admin_id);
        const c = existing(parts[1]!);
        const tagId = parts[3]!;
        if (!tags.has(tagId)) throw new Refusal(404, "not_found", "Tag not found", false);
        c.tagIds = c.tagIds.filter((t) => t !== tagId);
        return tagView(tagId);
      }
      default:
        throw new Refusal(404, "not_found", `The fake has no ${method} ${path}: not an endpoint the studio should call`, true);
    }
  };

  const handle = (req: IncomingMessage, raw: string, res: ServerResponse) => {
    const method = req.method ?? "GET";
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : (v ?? "")]));
    const scripted = queue.shift();
    if (scripted) {
      scriptedLog.push({ method, path, status: scripted.status });
      return send(res, scripted.status, scripted.body ?? defaultErrorBody(scripted.status), scripted.headers);
    }
    if (headers.authorization !== `Bearer ${accessToken}`) return send(res, 401, intercomErrorBody("unauthorized", "Access Token Invalid"));
    const write = method !== "GET";
    const idempotencyKey = headers["idempotency-key"];
    try {
      if (!headers["intercom-version"]?.startsWith("2.")) throw new Refusal(400, "intercom_version_invalid", "Requests must name an Intercom-Version 2.x header", true);
      if (write && !headers["content-type"]?.includes("application/json")) throw new Refusal(400, "parameter_invalid", "Writes must send Content-Type: application/json", true);
      const body = raw === "" ? (write ? {} : undefined) : readJson(raw);
      const seen = write && idempotencyKey ? remembered.get(idempotencyKey) : undefined;
      if (seen) {
        requests.push({ method, path, body, headers, deduped: true });
        return send(res, seen.status, seen.body);
      }
      const answer = route(method, path, body);
      requests.push({ method, path, body, headers, deduped: false });
      if (write && idempotencyKey) remembered.set(idempotencyKey, { status: 200, body: answer });
      return send(res, 200, answer);
    } catch (error) {
      const refusal = error instanceof Refusal ? error : new Refusal(500, "server_error", `The fake failed: ${(error as Error).message}`, true);
      if (refusal.violation) violations.push(`${method} ${path}: ${refusal.message}`);
      return send(res, refusal.status, intercomErrorBody(refusal.code, refusal.message));
    }
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => handle(req, Buffer.concat(chunks).toString("utf8"), res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    accessToken,
    requests,
    violations,
    scripted: scriptedLog,
    writes: () => requests.filter((r) => r.method !== "GET" && !r.deduped),
    conversation,
    tags,
    failNext(count, answer) {
      for (let i = 0; i < count; i++) queue.push(answer);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (!server.listening) return resolve();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function readJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new Refusal(400, "parameter_invalid", `The body is not JSON: ${(error as Error).message}`, true);
  }
}

function defaultErrorBody(status: number) {
  if (status === 429) return intercomErrorBody("rate_limit_exceeded", "You have exceeded the rate limit. Please try again later.");
  if (status === 401) return intercomErrorBody("unauthorized", "Access Token Invalid");
  if (status === 404) return intercomErrorBody("not_found", "Resource Not Found");
  if (status === 422) return intercomErrorBody("parameter_invalid", "The request could not be processed");
  if (status >= 500) return intercomErrorBody("server_error", "Something went wrong on Intercom's side");
  return intercomErrorBody("parameter_invalid", "Bad request");
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}
