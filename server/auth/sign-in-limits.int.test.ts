import { isAPIError } from "better-auth/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../db";
import { handleAuthRequest } from "./auth-route";
import { getAuth } from "./auth";
import { SIGN_IN_MAX } from "./rate-limit";
import { FREE_FAILURES } from "./sign-in-throttle";
import { createPasswordUser } from "./users";
import { uniqueId } from "../../tests/integration/helpers";

const prisma = getPrisma();
const PASSWORD = "right-password-1";
const victim = `${uniqueId("victim")}@limits.test`.toLowerCase();
const bystander = `${uniqueId("bystander")}@limits.test`.toLowerCase();
const ORIGIN = process.env.BETTER_AUTH_URL ?? `http://127.0.0.1:${process.env.PORT ?? "3000"}`;

beforeAll(async () => {
  for (const email of [victim, bystander]) await createPasswordUser(prisma, { email, name: email, role: "designer", password: PASSWORD });
});

afterAll(async () => {
  await prisma.user.deleteMany({ where: { email: { in: [victim, bystander] } } });
  await prisma.signInThrottle.deleteMany({ where: { email: { in: [victim, bystander] } } });
  await prisma.rateLimit.deleteMany({});
});

/** better-auth's answer as the router sends it over HTTP: its status, message and Retry-After. */
async function statusOf(email: string, password: string): Promise<{ status: number; message?: string; retryAfter?: string | null }> {
  try {
    const response = await getAuth().api.signInEmail({ body: { email, password }, asResponse: true });
    const body = response.ok ? undefined : ((await response.json()) as { message?: string });
    return { status: response.status, message: body?.message, retryAfter: response.headers.get("retry-after") };
  } catch (error) {
    // A before hook's refusal is thrown to api callers; the HTTP router answers it as this response.
    if (!isAPIError(error)) throw error;
    return { status: error.statusCode, message: error.body?.message, retryAfter: new Headers(error.headers).get("retry-after") };
  }
}

describe("per-account backoff", () => {
  it("locks an email after a few wrong passwords, even for the right one, and only that email", async () => {
    for (let i = 1; i <= FREE_FAILURES; i++) expect((await statusOf(victim, `wrong-${i}`)).status).toBe(401);
    // Locked now: even the right password waits, with a sentence and Retry-After.
    const right = await statusOf(victim, PASSWORD);
    expect(right.status).toBe(429);
    expect(right.message).toMatch(/^Too many failed sign-ins for this email\. Wait \d+ seconds and try again/);
    expect(Number(right.retryAfter)).toBeGreaterThan(0);
    // The same email written otherwise is the same account.
    expect((await statusOf(`  ${victim.toUpperCase()} `, PASSWORD)).status).toBe(429);
    expect((await statusOf(bystander, PASSWORD)).status).toBe(200);
  });

  it("locks longer with every further failure, and a successful sign-in clears the count", async () => {
    const first = await prisma.signInThrottle.findUniqueOrThrow({ where: { email: victim } });
    // The lock ran out (as if its time had passed): the next wrong password locks for longer than the first lock did.
    await prisma.signInThrottle.update({ where: { email: victim }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect((await statusOf(victim, "wrong-again")).status).toBe(401);
    const second = await prisma.signInThrottle.findUniqueOrThrow({ where: { email: victim } });
    expect(second.failures).toBe(first.failures + 1);
    const lockMs = (row: typeof first) => row.lockedUntil!.getTime() - row.lastFailureAt.getTime();
    expect(lockMs(second)).toBeGreaterThan(lockMs(first));
    const again = await statusOf(victim, PASSWORD);
    expect(again.status).toBe(429);
    expect(Number(again.retryAfter)).toBeGreaterThan(lockMs(first) / 1000);

    await prisma.signInThrottle.update({ where: { email: victim }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect((await statusOf(victim, PASSWORD)).status).toBe(200);
    expect(await prisma.signInThrottle.findUnique({ where: { email: victim } })).toBeNull();
  });

  it("counts unknown emails too, so a lock does not tell whether an account exists", async () => {
    const nobody = `${uniqueId("nobody")}@limits.test`;
    for (let i = 0; i < FREE_FAILURES; i++) expect((await statusOf(nobody, "whatever-123")).status).toBe(401);
    expect((await statusOf(nobody, "whatever-123")).status).toBe(429);
    await prisma.signInThrottle.deleteMany({ where: { email: nobody.toLowerCase() } });
  });
});

describe("sign-in rate limit per address", () => {
  function post(email: string, forwardedFor: string): Promise<Response> {
    return handleAuthRequest(
      new Request(`${ORIGIN}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": forwardedFor, "x-studio-client-address": forwardedFor },
        body: JSON.stringify({ email, password: "wrong-password" }),
      }),
      "POST",
    );
  }

  it("refuses a flood from rotating X-Forwarded-For addresses after the budget, with a sentence and Retry-After", async () => {
    await prisma.rateLimit.deleteMany({});
    const statuses: number[] = [];
    let refused: Response | null = null;
    // Every attempt for a different email, so only the address limit can refuse them.
    for (let i = 0; i < SIGN_IN_MAX + 5; i++) {
      const response = await post(`${uniqueId("flood")}@limits.test`, `203.0.113.${i + 1}`);
      statuses.push(response.status);
      if (response.status === 429) refused ??= response;
    }
    expect(statuses.slice(0, SIGN_IN_MAX).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(SIGN_IN_MAX).every((s) => s === 429)).toBe(true);
    expect(Number(refused!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await refused!.json()) as { message: string }).message).toMatch(/^Too many sign-in attempts from here\. Wait \d+ seconds? and try again\.$/);
    // Stored in the database, where every web process (and the next start) reads it.
    expect(await prisma.rateLimit.count({ where: { key: { endsWith: "/sign-in/email" } } })).toBe(1);
    await prisma.rateLimit.deleteMany({});
    await prisma.signInThrottle.deleteMany({ where: { email: { endsWith: "@limits.test" } } });
  });
});
