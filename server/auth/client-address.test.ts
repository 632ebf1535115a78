import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress, trustsProxy, withClientAddress } from "./client-address";

const headers = (values: Record<string, string>) => new Headers(values);

describe("the caller's address", () => {
  it("is nobody's claim without a trusted proxy: X-Forwarded-For and X-Real-IP are ignored", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "198.51.100.7" }), false)).toBeNull();
    expect(clientAddress(headers({ "x-real-ip": "198.51.100.7" }), false)).toBeNull();
  });

  it("behind a trusted proxy is the entry the proxy appended (the last), not what the caller put before it", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "1.2.3.4, 198.51.100.7" }), true)).toBe("198.51.100.7");
    expect(clientAddress(headers({ "x-forwarded-for": "198.51.100.7" }), true)).toBe("198.51.100.7");
    expect(clientAddress(headers({ "x-real-ip": "2001:db8::1" }), true)).toBe("2001:db8::1");
    expect(clientAddress(headers({ "x-forwarded-for": "not-an-address" }), true)).toBeNull();
    expect(clientAddress(headers({}), true)).toBeNull();
  });

  it("trusts a proxy only when TRUST_PROXY says so", () => {
    expect(trustsProxy({})).toBe(false);
    expect(trustsProxy({ TRUST_PROXY: "0" })).toBe(false);
    expect(trustsProxy({ TRUST_PROXY: "1" })).toBe(true);
    expect(trustsProxy({ TRUST_PROXY: "true" })).toBe(true);
    expect(trustsProxy({ TRUST_PROXY: "TRUE" })).toBe(true);
  });

  it("reaches better-auth in our own header, and a caller's copy of that header is dropped", async () => {
    const request = new Request("http://127.0.0.1/api/auth/sign-in/email", {
      method: "POST",
      headers: { [CLIENT_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": "203.0.113.9, 198.51.100.7", "content-type": "application/json" },
      body: JSON.stringify({ email: "a@b.c", password: "x" }),
    });
    const untrusted = withClientAddress(request.clone(), false);
    expect(untrusted.headers.get(CLIENT_ADDRESS_HEADER)).toBeNull();
    expect(await untrusted.json()).toEqual({ email: "a@b.c", password: "x" });
    expect(withClientAddress(request.clone(), true).headers.get(CLIENT_ADDRESS_HEADER)).toBe("198.51.100.7");
  });
});
