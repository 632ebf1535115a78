import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { conversationToken } from "./conversation-token";
import { RateLimiter } from "./rate-limit";
import { authoriseConversation, limitRate, widgetBody, widgetKey, widgetResponse } from "./widget-http";
import { WidgetError } from "./widget-error";
import { ZWidgetRatingSchema } from "./widget-schemas";

const post = (body: string, headers: Record<string, string> = {}) => new Request("http://studio.test/api/widget", { method: "POST", body, headers });

async function refusal(work: () => unknown): Promise<WidgetError> {
  try {
    await work();
  } catch (err) {
    if (err instanceof WidgetError) return err;
    throw err;
  }
  throw new Error("expected a refusal");
}

beforeAll(() => {
  vi.stubEnv("STUDIO_SECRET_KEY", randomBytes(32).toString("base64"));
});

describe("authoriseConversation", () => {
  it("lets the conversation's own bearer token through and answers it", () => {
    const token = conversationToken("t1", widgetKey());
    expect(authoriseConversation(post("", { authorization: `Bearer ${token}` }), "t1")).toBe(token);
  });

  it("refuses a missing, foreign or malformed token with a message for the customer", async () => {
    const other = conversationToken("t2", widgetKey());
    for (const authorization of [undefined, `Bearer ${other}`, other, "Bearer ", `Basic ${other}`]) {
      const err = await refusal(() => authoriseConversation(post("", authorization ? { authorization } : {}), "t1"));
      expect(err.status).toBe(401);
      expect(err.message).toBe("This chat can no longer be opened from here. Please start a new conversation.");
    }
  });
});

describe("widgetBody", () => {
  it("parses and checks the body", async () => {
    expect(await widgetBody(post(JSON.stringify({ score: 5, comment: " great " })), ZWidgetRatingSchema)).toEqual({ score: 5, comment: "great" });
  });

  it("refuses unreadable, oversized and invalid bodies in the customer's words", async () => {
    expect(await refusal(() => widgetBody(post("{nope"), ZWidgetRatingSchema))).toMatchObject({ status: 400, message: "Your message could not be read. Please try again." });
    expect(await refusal(() => widgetBody(post(JSON.stringify({ score: 9 })), ZWidgetRatingSchema))).toMatchObject({ status: 400, message: "Choose a rating from 1 to 5." });
    expect(await refusal(() => widgetBody(post("x".repeat(70_000)), ZWidgetRatingSchema))).toMatchObject({ status: 413 });
    expect(await refusal(() => widgetBody(post("{}", { "content-length": "999999" }), ZWidgetRatingSchema))).toMatchObject({ status: 413 });
  });

  it("cuts off a body sent without a length once it passes the limit, instead of reading it to its end", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(8 * 1024).fill(0x20));
      },
    });
    const request = new Request("http://studio.test/api/widget", { method: "POST", body: endless, duplex: "half" } as RequestInit);
    expect(await refusal(() => widgetBody(request, ZWidgetRatingSchema))).toMatchObject({ status: 413, message: "That message is too long to send." });
    expect(pulled).toBeLessThan(20);
  });
});

describe("widgetResponse", () => {
  it("answers JSON, never cached", async () => {
    const response = await widgetResponse(async () => ({ status: 201, body: { ok: true } }));
    expect(response.status).toBe(201);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ ok: true });
  });

  it("answers a refusal with its status, message and wait", async () => {
    const limiter = new RateLimiter(1, 60_000);
    limitRate(limiter, "k");
    const response = await widgetResponse(async () => {
      limitRate(limiter, "k");
      return { body: null };
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await response.json()).toEqual({ error: "You are sending messages very quickly. Please wait a moment and try again." });
  });

  it("hides other failures behind a plain apology", async () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await widgetResponse(async () => {
      throw new Error("relation \"Ticket\" does not exist");
    });
    quiet.mockRestore();
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: "Something went wrong on our side. Please try again in a moment." });
  });
});
