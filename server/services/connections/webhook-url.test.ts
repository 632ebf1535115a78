import { describe, expect, it } from "vitest";
import { publicOrigin, webhookUrlFor } from "./webhook-url";

describe("publicOrigin", () => {
  it("prefers STUDIO_PUBLIC_URL, without a trailing slash", () => {
    expect(publicOrigin(new Headers({ host: "10.0.0.5:3000" }), { STUDIO_PUBLIC_URL: "https://studio.acme.example/" })).toBe("https://studio.acme.example");
  });

  it("uses the host and scheme the proxy forwarded, else the request's host", () => {
    expect(publicOrigin(new Headers({ host: "internal:3000", "x-forwarded-host": "studio.acme.example, proxy", "x-forwarded-proto": "https" }), {})).toBe("https://studio.acme.example");
    expect(publicOrigin(new Headers({ host: "127.0.0.1:3211" }), {})).toBe("http://127.0.0.1:3211");
  });
});

describe("webhookUrlFor", () => {
  it("is the helpdesk webhook route with the connection's id", () => {
    expect(webhookUrlFor("https://studio.acme.example", "ck123")).toBe("https://studio.acme.example/api/webhooks/helpdesk/ck123");
  });
});
