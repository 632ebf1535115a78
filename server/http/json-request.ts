import "server-only";
import type { z } from "zod";
import { WEBHOOK_SECRET_ENV } from "../auth/webhook-secret";
import { verifyStudioDelivery } from "../helpdesk/studio/verify";
import { readInboundRequest } from "./inbound-request";

/** What webhook handlers answer on bad input: the failing field paths, so a helpdesk admin can fix the mapping. */
export interface BadRequestBody {
  error: string;
  issues: Array<{ path: string; message: string }>;
}

export type SignedBody<T> =
  | { ok: true; data: T; deliveryId: string; receivedAt: Date }
  | { ok: false; status: 400 | 401 | 413 | 422 | 503; body: BadRequestBody };

export const NOT_CONFIGURED =
  `The ticket webhook is not configured: set ${WEBHOOK_SECRET_ENV} on the studio's server to a long random value ` +
  `(npm start makes one and keeps it in its data dir), then sign each request with it.`;

/**
 * Reads a signed JSON webhook body and validates it with a zod schema; never throws on client mistakes. With no
 * secret configured nothing is read and the answer is 503: an unconfigured webhook is closed, not open. The body is
 * read bounded (413 before any parsing), its signature checked on the exact bytes, and only then parsed.
 */
export async function readSignedJson<S extends z.ZodType>(request: Request, schema: S, what: string, secret: string | undefined): Promise<SignedBody<z.infer<S>>> {
  if (!secret) return refuse(503, NOT_CONFIGURED);
  const inbound = await readInboundRequest(request);
  if (!inbound.ok) return refuse(inbound.status, inbound.error);
  const verified = verifyStudioDelivery(inbound.request, { signingSecret: secret }, WEBHOOK_SECRET_ENV, `"Sending tickets in" in the README`);
  if (!verified.ok) return refuse(401, `The ticket webhook refused the request. ${verified.reason}`);

  let raw: unknown;
  try {
    raw = JSON.parse(inbound.request.rawBody);
  } catch {
    return refuse(400, "The body is not valid JSON");
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data, deliveryId: verified.deliveryId, receivedAt: inbound.request.receivedAt };
  const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join(".") || "(body)", message: i.message }));
  return { ok: false, status: 400, body: { error: `Invalid ${what}: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, issues } };
}

function refuse(status: 400 | 401 | 413 | 422 | 503, error: string): { ok: false; status: typeof status; body: BadRequestBody } {
  return { ok: false, status, body: { error, issues: [] } };
}
