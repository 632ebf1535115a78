import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { parseJsonBody } from "./json-request";

const schema = z.object({ subject: z.string() });
const post = (headers: Record<string, string> = {}) =>
  new Request("http://test/api/webhooks/tickets", { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ subject: "Hi" }) });

afterEach(() => {
  delete process.env.STUDIO_WEBHOOK_TOKEN;
});

describe("parseJsonBody's bearer token", () => {
  it("lets every request through when no token is set", async () => {
    expect(await parseJsonBody(post(), schema, "ticket")).toEqual({ ok: true, data: { subject: "Hi" } });
  });

  it("takes the right token and refuses a missing, wrong, longer or shorter one with 401", async () => {
    process.env.STUDIO_WEBHOOK_TOKEN = "tok-123456";
    expect((await parseJsonBody(post({ authorization: "Bearer tok-123456" }), schema, "ticket")).ok).toBe(true);
    for (const authorization of [undefined, "Bearer tok-123457", "Bearer tok-1234567", "Bearer tok-12345", "tok-123456"]) {
      const result = await parseJsonBody(post(authorization === undefined ? {} : { authorization }), schema, "ticket");
      expect(result).toMatchObject({ ok: false, status: 401 });
    }
  });
});
