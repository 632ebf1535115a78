import { describe, expect, it } from "vitest";
import { declaredLength, readBodyWithin, sizeInWords } from "./body-limit";

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("http://test/api", { method: "POST", body, headers, duplex: "half" } as RequestInit);

/** A body that never ends, counting how much of it was pulled. */
function endless(chunkBytes = 1024): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled++;
      controller.enqueue(new Uint8Array(chunkBytes));
    },
  });
  return { stream, pulled: () => pulled };
}

describe("readBodyWithin", () => {
  it("answers the exact bytes of a body within the limit, and an empty body as no bytes", async () => {
    const read = await readBodyWithin(post('{"a":"é"}'), 64);
    expect(read.ok && read.bytes.toString("utf8")).toBe('{"a":"é"}');
    const empty = await readBodyWithin(new Request("http://test/api"), 64);
    expect(empty.ok && empty.bytes.byteLength).toBe(0);
  });

  it("takes a body of exactly the limit and refuses one byte more", async () => {
    expect((await readBodyWithin(post("x".repeat(100)), 100)).ok).toBe(true);
    expect(await readBodyWithin(post("x".repeat(101)), 100)).toEqual({ ok: false, declared: false });
  });

  it("stops reading an endless body soon after the limit instead of reading it to its end", async () => {
    const body = endless();
    expect(await readBodyWithin(post(body.stream), 10 * 1024)).toEqual({ ok: false, declared: false });
    expect(body.pulled()).toBeLessThan(20);
  });

  it("refuses a declared length over the limit before reading anything", async () => {
    const body = endless();
    const read = await readBodyWithin(post(body.stream, { "content-length": String(50 * 1024 ** 2) }), 1024);
    expect(read).toEqual({ ok: false, declared: true });
    expect(body.pulled()).toBeLessThanOrEqual(1);
  });
});

describe("declaredLength and sizeInWords", () => {
  it("reads Content-Length, and treats a missing or nonsense one as none", () => {
    expect(declaredLength(post("x", { "content-length": "1" }))).toBe(1);
    expect(declaredLength(new Request("http://test/api", { headers: { "content-length": "lots" } }))).toBe(0);
  });

  it("says sizes the way the limits are set", () => {
    expect(sizeInWords(8 * 1024 ** 2)).toBe("8 MB");
    expect(sizeInWords(64 * 1024)).toBe("64 KB");
    expect(sizeInWords(1024 ** 3)).toBe("1 GB");
    expect(sizeInWords(1.5 * 1024 ** 2)).toBe("1.5 MB");
    expect(sizeInWords(512)).toBe("512 bytes");
  });
});
