import "server-only";
import { toNextJsHandler } from "better-auth/next-js";
import { readBodyWithin, sizeInWords } from "../http/body-limit";
import { getAuth } from "./auth";
import { withClientAddress } from "./client-address";
import { rateLimitedMessage } from "./rate-limit";
import { PASSWORD_SIGN_IN_PATH } from "./sign-in-hooks";

/** Far above an email, a password and a name; better-auth would otherwise read any body whole before looking at it. */
const AUTH_BODY_LIMIT_BYTES = 64 * 1024;

/**
 * /api/auth/*: better-auth's handler, given the caller's address the way we trust it, a body no larger than a
 * sign-in needs, and with its rate-limit refusal turned into a sentence with a standard Retry-After header.
 */
export async function handleAuthRequest(request: Request, method: "GET" | "POST"): Promise<Response> {
  const handler = toNextJsHandler(getAuth());
  const signingIn = new URL(request.url).pathname.endsWith(PASSWORD_SIGN_IN_PATH);
  let bounded = request;
  if (method === "POST") {
    const body = await readBodyWithin(request, AUTH_BODY_LIMIT_BYTES);
    if (!body.ok) {
      const message = `The request is larger than ${sizeInWords(AUTH_BODY_LIMIT_BYTES)}, far more than signing in needs.`;
      return Response.json({ code: "PAYLOAD_TOO_LARGE", message }, { status: 413 });
    }
    bounded = new Request(request.url, { method, headers: request.headers, body: new Uint8Array(body.bytes), signal: request.signal });
  }
  return explainRateLimit(await handler[method](withClientAddress(bounded)), signingIn);
}

function explainRateLimit(response: Response, signingIn: boolean): Response {
  const retryAfter = response.headers.get("x-retry-after");
  if (response.status !== 429 || retryAfter === null || response.headers.has("retry-after")) return response;
  const seconds = Math.max(1, Number.parseInt(retryAfter, 10) || 1);
  const headers = new Headers(response.headers);
  headers.set("retry-after", String(seconds));
  headers.set("content-type", "application/json");
  headers.delete("content-length");
  return new Response(JSON.stringify({ code: "RATE_LIMITED", message: rateLimitedMessage(seconds, signingIn) }), { status: 429, statusText: "Too Many Requests", headers });
}
