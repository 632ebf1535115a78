import { request as playwrightRequest, type APIRequestContext, type APIResponse } from "@playwright/test";

/** A POST to the password sign-in endpoint as a browser on `baseURL` sends it, from whatever context is given. */
export function postSignIn(context: APIRequestContext, baseURL: string, body: { email: string; password: string }, headers: Record<string, string> = {}): Promise<APIResponse> {
  return context.post("/api/auth/sign-in/email", { data: body, headers: { origin: baseURL, ...headers }, failOnStatusCode: false });
}

/** Seconds a 429 asks the caller to wait (its Retry-After), or a fallback when it names none. */
export function retryAfterSeconds(response: APIResponse, fallback = 10): number {
  const seconds = Number(response.headers()["retry-after"]);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : fallback;
}

/**
 * A fresh request context signed in as this user through the sign-in endpoint. A 429 from the per-address limit
 * (another spec, or this one, signed in a lot just now) is waited out as its Retry-After says, a few times at most.
 */
export async function signedInContext(baseURL: string, email: string, password: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  for (let attempt = 0; ; attempt++) {
    const response = await postSignIn(context, baseURL, { email, password });
    if (response.ok()) return context;
    if (response.status() !== 429 || attempt === 3) throw new Error(`signing in as ${email} failed: ${response.status()} ${await response.text()}`);
    await new Promise((resolve) => setTimeout(resolve, retryAfterSeconds(response) * 1000 + 250));
  }
}
