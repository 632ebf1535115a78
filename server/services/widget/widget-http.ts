import "server-only";
import { Prisma } from "@prisma/client";
import type { z } from "zod";
import { readBodyWithin } from "../../http/body-limit";
import { workspaceKey } from "../connections/workspace-key";
import { isConversationToken } from "./conversation-token";
import type { RateLimiter } from "./rate-limit";
import { WidgetError } from "./widget-error";

/** Far above any valid request of the widget: the longest message and comment fit many times over. */
const MAX_BODY_BYTES = 64 * 1024;
const SOMETHING_WRONG = "Something went wrong on our side. Please try again in a moment.";
const NO_STORE = { "cache-control": "no-store" };

let key: Buffer | undefined;

/** The workspace key, read once per process: every request of every conversation checks a token with it. */
export function widgetKey(): Buffer {
  key ??= workspaceKey();
  return key;
}

/** Runs a widget request and answers in JSON; refusals carry a message written for the customer. */
export async function widgetResponse(work: () => Promise<{ status?: number; body: unknown }>): Promise<Response> {
  try {
    const { status = 200, body } = await work();
    return Response.json(body, { status, headers: NO_STORE });
  } catch (err) {
    if (err instanceof WidgetError) {
      const headers: Record<string, string> = { ...NO_STORE, ...(err.retryAfterSec !== undefined ? { "retry-after": String(err.retryAfterSec) } : {}) };
      return Response.json({ error: err.message }, { status: err.status, headers });
    }
    console.error("widget request failed:", err);
    const down = err instanceof Prisma.PrismaClientInitializationError || (err instanceof Prisma.PrismaClientKnownRequestError && ["P1001", "P1002", "P2024"].includes(err.code));
    return Response.json({ error: SOMETHING_WRONG }, { status: down ? 503 : 500, headers: down ? { ...NO_STORE, "retry-after": "5" } : NO_STORE });
  }
}

/** The request's JSON body, checked against the schema; the first problem is the customer's error message. */
export async function widgetBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  // Read as a stream up to the limit: a body without a length (or lying about it) is cut off, not read whole.
  const body = await readBodyWithin(request, MAX_BODY_BYTES);
  if (!body.ok) throw new WidgetError(413, "That message is too long to send.");
  let raw: unknown;
  try {
    raw = JSON.parse(body.bytes.toString("utf8"));
  } catch {
    throw new WidgetError(400, "Your message could not be read. Please try again.");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new WidgetError(400, parsed.error.issues[0]?.message ?? "Your message could not be read. Please try again.");
  return parsed.data;
}

/** Checks the conversation's bearer token; answers the token, which keys the conversation's rate limits. */
export function authoriseConversation(request: Request, ticketId: string): string {
  const token = /^Bearer (\S+)$/.exec(request.headers.get("authorization") ?? "")?.[1];
  if (token === undefined || ticketId.length > 100 || !isConversationToken(ticketId, token, widgetKey())) {
    throw new WidgetError(401, "This chat can no longer be opened from here. Please start a new conversation.");
  }
  return token;
}

export function limitRate(limiter: RateLimiter, key: string, message = "You are sending messages very quickly. Please wait a moment and try again."): void {
  const waitMs = limiter.take(key);
  if (waitMs > 0) throw new WidgetError(429, message, Math.ceil(waitMs / 1000));
}

/** The caller's address as the proxy in front reports it; one shared key when there is none. */
export function clientAddress(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "direct";
}
