import { describe, expect, it } from "vitest";
import { readInboundRequest } from "./inbound-request";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://test/hook", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("readInboundRequest", () => {
  it("keeps the body's exact text and lower-cases header names", async () => {
    const read = await readInboundRequest(post('{"a": "é"}\n', { "X-Zendesk-Webhook-Signature": "abc" }));
    expect(read.ok && read.request.rawBody).toBe('{"a": "é"}\n');
    expect(read.ok && read.request.headers["x-zendesk-webhook-signature"]).toBe("abc");
  });

  it("refuses a body over the limit with 413, without reading an endless stream to its end", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const read = await readInboundRequest(post(endless), 10 * 1024);
    expect(read).toMatchObject({ ok: false, status: 413 });
    expect(pulled).toBeLessThan(20);
  });

  it("refuses a declared length over the limit before reading, and a body that is not UTF-8 with 422", async () => {
    expect(await readInboundRequest(post("x", { "content-length": String(2 * 1024 * 1024) }))).toMatchObject({ ok: false, status: 413 });
    expect(await readInboundRequest(post(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])))).toEqual({ ok: false, status: 422, error: "The body is not UTF-8 text" });
  });
});
