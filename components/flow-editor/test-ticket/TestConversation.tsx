"use client";

import { Clock, UserRound } from "lucide-react";
import { cx } from "@/components/ui/cx";
import type { TTestConversationEntry, TTestTicketSource } from "@/lib/flows/test-ticket-result";

const BUBBLE = "max-w-[85%] whitespace-pre-wrap rounded-lg px-2.5 py-1.5 text-xs";

/**
 * The conversation as the customer would see it: their messages on the right; the flow's replies, handoff,
 * closing message and rating question on the left, each naming the step that sent it (a click selects it).
 */
export function TestConversation({ entries, onPick }: { entries: readonly TTestConversationEntry[]; onPick: (nodeId: string) => void }) {
  return (
    <ol role="log" aria-label="Conversation" className="space-y-2 px-3 py-2">
      {entries.map((entry, i) => (
        <Entry key={i} entry={entry} onPick={onPick} />
      ))}
    </ol>
  );
}

function Entry({ entry, onPick }: { entry: TTestConversationEntry; onPick: (nodeId: string) => void }) {
  switch (entry.kind) {
    case "customer":
      return (
        <li className="flex flex-col items-end">
          <span className="mb-0.5 text-[10px] text-zinc-500">Customer</span>
          <div className={cx(BUBBLE, "bg-indigo-600 text-white")}>
            {entry.subject && <p className="font-semibold">{entry.subject}</p>}
            {entry.body}
          </div>
        </li>
      );
    case "agent":
      return (
        <li className="flex flex-col items-start">
          <span className="mb-0.5 text-[10px] text-zinc-500">Agent</span>
          <div className={cx(BUBBLE, "bg-amber-50 text-zinc-900 ring-1 ring-amber-200")}>{entry.body}</div>
        </li>
      );
    case "timeout":
      return (
        <li className="flex items-center justify-center gap-1 text-[11px] text-zinc-500">
          <Clock className="size-3" aria-hidden /> {entry.text}
        </li>
      );
    case "reply":
      return (
        <FromFlow entry={entry} who="AI reply" onPick={onPick}>
          <p>{entry.body}</p>
          {entry.citations.length > 0 && (
            <div className="mt-1.5 border-t border-zinc-200 pt-1">
              <p className="text-[10px] font-medium text-zinc-500">Sources</p>
              <ul aria-label="Sources" className="list-disc pl-4 text-[11px] text-zinc-700">
                {entry.citations.map((c) => (
                  <li key={c.articleId}>{c.title}</li>
                ))}
              </ul>
            </div>
          )}
        </FromFlow>
      );
    case "handoff":
      return (
        <>
          <li className="flex items-center gap-2 text-[11px] font-medium text-amber-800" data-testid="handoff-marker">
            <span className="h-px flex-1 bg-amber-300" />
            <UserRound className="size-3.5" aria-hidden />
            Handed to an agent{entry.queue !== null ? ` in ${entry.queue}` : ""}
            <span className="h-px flex-1 bg-amber-300" />
          </li>
          {entry.body !== null && (
            <FromFlow entry={entry} who="Handoff message" onPick={onPick}>
              {entry.body}
            </FromFlow>
          )}
        </>
      );
    case "resolved":
      return entry.body === null ? (
        <li className="text-center text-[11px] text-emerald-700">Ticket resolved</li>
      ) : (
        <FromFlow entry={entry} who="Closing message" onPick={onPick}>
          {entry.body}
        </FromFlow>
      );
    case "csat":
      return (
        <FromFlow entry={entry} who="Rating question" onPick={onPick}>
          {entry.body}
        </FromFlow>
      );
  }
}

function FromFlow({ entry, who, onPick, children }: { entry: TTestTicketSource; who: string; onPick: (nodeId: string) => void; children: React.ReactNode }) {
  return (
    <li className="flex flex-col items-start">
      <span className="mb-0.5 text-[10px] text-zinc-500">
        {who} ·{" "}
        <button type="button" className="underline decoration-dotted hover:text-indigo-700" title="Select this step on the canvas" onClick={() => onPick(entry.nodeId)}>
          {entry.nodeLabel}
        </button>
      </span>
      <div className={cx(BUBBLE, "bg-zinc-100 text-zinc-900")}>{children}</div>
    </li>
  );
}
