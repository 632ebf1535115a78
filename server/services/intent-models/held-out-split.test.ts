import { describe, expect, it } from "vitest";
import { HELD_OUT_PERCENT, isHeldOut, splitHeldOut, ticketBucket } from "./held-out-split";

/** cuid-like ids, as the database gives tickets. */
const ids = Array.from({ length: 20_000 }, (_, i) => `cm${(i * 7919 + 104729).toString(36).padStart(8, "0")}0000${(i % 997).toString(36)}x`);

describe("the held-out split", () => {
  it("puts a ticket in the same bucket on every run: the hash is fixed, not seeded", () => {
    // Known answers: a change to the hash would silently move tickets between training and comparison rows.
    expect(ticketBucket("")).toBe(0x811c9dc5 % 100);
    expect(ticketBucket("a")).toBe(0xe40c292c % 100);
    expect(ticketBucket("foobar")).toBe(0xbf9cf968 % 100);
    expect(ids.map(ticketBucket)).toEqual(ids.map(ticketBucket));
  });

  it("holds out about a tenth of the tickets", () => {
    const share = ids.filter(isHeldOut).length / ids.length;
    expect(share).toBeGreaterThan(HELD_OUT_PERCENT / 100 - 0.01);
    expect(share).toBeLessThan(HELD_OUT_PERCENT / 100 + 0.01);
  });

  it("does not depend on the rows' order or on which other rows are present", () => {
    const rows = ids.slice(0, 2_000).map((ticketId, i) => ({ ticketId, label: `l${i % 7}` }));
    const held = new Set(splitHeldOut(rows).heldOut.map((r) => r.ticketId));
    const reversed = splitHeldOut([...rows].reverse());
    expect(new Set(reversed.heldOut.map((r) => r.ticketId))).toEqual(held);
    const half = splitHeldOut(rows.filter((_, i) => i % 2 === 0));
    expect(half.heldOut.every((r) => held.has(r.ticketId))).toBe(true);
    expect(half.train.some((r) => held.has(r.ticketId))).toBe(false);
  });

  it("splits every row to exactly one side and keeps the order", () => {
    const rows = ids.slice(0, 500).map((ticketId) => ({ ticketId }));
    const { train, heldOut } = splitHeldOut(rows);
    expect(train.length + heldOut.length).toBe(rows.length);
    expect(heldOut.length).toBeGreaterThan(0);
    expect(train).toEqual(rows.filter((r) => !isHeldOut(r.ticketId)));
  });
});
