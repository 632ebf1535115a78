"use client";

import { useState } from "react";
import { Clock, Send } from "lucide-react";
import { Button } from "@/components/ui/Button";
import { cx } from "@/components/ui/cx";
import { TEST_TICKET_MAX_TURNS, TEST_TICKET_MESSAGE_MAX, type TTestTicketTurn } from "@/lib/flows/test-ticket";
import type { TTestTicketResult } from "@/lib/flows/test-ticket-result";
import { INPUT } from "../panels/inputs";

const WAITS_FOR: Record<NonNullable<TTestTicketResult["waiting"]>["for"], string> = {
  "customer.replied": "the customer to reply",
  "agent.replied": "an agent to reply",
  "first-response": "an agent's first response",
  resolution: "the ticket to be resolved",
};

/** Where the run stands, and what can happen next: a reply (Enter sends) or letting the wait time out. */
export function TestReplyBox({ result, turns, running, onSend }: { result: TTestTicketResult; turns: number; running: boolean; onSend: (turn: TTestTicketTurn) => Promise<boolean> }) {
  const [text, setText] = useState("");
  if (result.status === "stopped") {
    return (
      <p role="alert" className="mx-3 rounded-md bg-red-50 p-2 text-xs text-red-700">
        {result.stopReason}
      </p>
    );
  }
  if (result.status === "completed") {
    return (
      <p role="status" className="mx-3 rounded-md bg-emerald-50 p-2 text-xs text-emerald-800">
        The flow finished: {outcomeWords(result.outcome)}.
        {result.unusedTurns > 0 && ` ${result.unusedTurns} later ${result.unusedTurns === 1 ? "reply" : "replies"} changed nothing.`}
      </p>
    );
  }
  const waiting = result.waiting;
  const asAgent = waiting?.for === "agent.replied" || waiting?.for === "first-response";
  const canReply = waiting?.for !== "resolution";
  const full = turns >= TEST_TICKET_MAX_TURNS;
  const send = async () => {
    const body = text.trim();
    if (body === "" || running) return;
    if (await onSend({ kind: asAgent ? "agent" : "customer", body })) setText("");
  };
  return (
    <div className="space-y-2 border-t border-zinc-100 px-3 py-2">
      <p role="status" className="text-[11px] text-zinc-600">
        {waiting === null
          ? "The flow is not running for this ticket yet: it starts on a customer reply."
          : `Waiting up to ${waiting.timeoutIn} for ${WAITS_FOR[waiting.for]} at “${waiting.nodeLabel}”.`}
      </p>
      {full ? (
        <p className="text-[11px] text-amber-800">This test has {TEST_TICKET_MAX_TURNS} replies, the most one takes. Start over to go on.</p>
      ) : (
        <>
          {canReply && (
            <label className="block space-y-1 text-[11px] font-medium text-zinc-600">
              {asAgent ? "Reply as the agent" : "Reply as the customer"}
              <textarea
                className={cx(INPUT, "h-16 py-1")}
                value={text}
                maxLength={TEST_TICKET_MESSAGE_MAX}
                placeholder="Enter sends, Shift+Enter starts a new line"
                onChange={(e) => setText(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
                    e.preventDefault();
                    void send();
                  }
                }}
              />
            </label>
          )}
          <div className="flex justify-end gap-2">
            {waiting !== null && (
              <Button size="sm" disabled={running} onClick={() => void onSend({ kind: "timeout" })} title={`Skip ahead ${waiting.timeoutIn}, as if nobody replied`}>
                <Clock className="size-3.5" aria-hidden /> Let the wait time out
              </Button>
            )}
            {canReply && (
              <Button size="sm" variant="primary" disabled={running || text.trim() === ""} onClick={() => void send()}>
                <Send className="size-3.5" aria-hidden /> Send
              </Button>
            )}
          </div>
        </>
      )}
    </div>
  );
}

function outcomeWords(outcome: TTestTicketResult["outcome"]): string {
  if (outcome === null) return "it ended";
  const label = outcome.label !== null ? ` (${outcome.label})` : "";
  switch (outcome.kind) {
    case "automated":
      return `resolved with no person involved${label}`;
    case "escalated":
      return `handed to a person${outcome.queue !== null ? ` in ${outcome.queue}` : ""}${outcome.escalationReason !== null ? `: ${outcome.escalationReason}` : ""}`;
    case "routed":
      return `routed to ${outcome.queue ?? "a queue"}${label}`;
    case "no-action":
      return `it ended without acting on the ticket${label}`;
  }
}
