import { describe, expect, it } from "vitest";
import { initialState } from "./advance";
import { handoffSummary } from "./template";
import { ticket } from "./test-driver";
import { ticketViewOf } from "./ticket-view";
import type { RunState } from "./types";

function stateOf(subject: string, channel: "email" | "chat"): RunState {
  return { ...initialState(), ticket: ticketViewOf(ticket({ subject, channel }, { enterprise: true })) };
}

describe("handoffSummary", () => {
  it("quotes the subject the agent will recognise", () => {
    expect(handoffSummary(stateOf("Card declined", "email"))).toBe('"Card declined" via email; enterprise customer');
  });

  it("leaves out a subject a chat never had, rather than quoting nothing", () => {
    expect(handoffSummary(stateOf("  ", "chat"))).toBe("via chat; enterprise customer");
  });
});
