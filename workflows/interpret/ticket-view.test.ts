import { describe, expect, it } from "vitest";
import { ZTicketSnapshotSchema } from "../model/ticket";
import { copyTicketView, ticketViewOf } from "./ticket-view";
import { ticket } from "./test-driver";

describe("ticket view", () => {
  it("copies every field of the ticket schema (a field added to the schema must be added to both functions)", () => {
    const view = ticketViewOf(ticket({ pageUrl: "https://x.example/help", language: "de", queue: "cards" }));
    const copy = copyTicketView(view);
    expect(copy).toEqual(view);
    expect(copy).not.toBe(view);
    for (const key of Object.keys(ZTicketSnapshotSchema.shape)) {
      expect(Object.keys(view), key).toContain(key);
      expect(Object.keys(copy), key).toContain(key);
    }
  });
});
