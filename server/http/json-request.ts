import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import type { z } from "zod";

/** What webhook handlers answer on bad input: the failing field paths, so a helpdesk admin can fix the mapping. */
export interface BadRequestBody {
  error: string;
  issues: Array<{ path: string; message: string }>;
}

export type ParsedBody<T> = { ok: true; data: T } | { ok: false; status: 400 | 401; body: BadRequestBody };

/** Reads a JSON request body and validates it with a zod schema; never throws on client mistakes. */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S, what: string): Promise<ParsedBody<z.infer<S>>> {
  const token = process.env.STUDIO_WEBHOOK_TOKEN;
  if (token && !sameSecret(request.headers.get("authorization") ?? "", `Bearer ${token}`)) {
    return { ok: false, status: 401, body: { error: "Missing or wrong bearer token (STUDIO_WEBHOOK_TOKEN)", issues: [] } };
  }
  let raw: unknown;
  try {
    raw = await request.json();
  } catch {
    return { ok: false, status: 400, body: { error: "The body is not valid JSON", issues: [] } };
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join(".") || "(body)", message: i.message }));
  return { ok: false, status: 400, body: { error: `Invalid ${what}: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, issues } };
}

/** Compares digests, so the time taken says nothing about how much of a guessed token was right, nor its length. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}
