"use client";

import { useState } from "react";
import { RotateCcw, Pencil, X } from "lucide-react";
import { Button } from "@/components/ui/Button";
import type { SavedGraph } from "../lib/convert";
import { TestConversation } from "./TestConversation";
import { TestReplyBox } from "./TestReplyBox";
import { TestTicketForm, type TestVersion } from "./TestTicketForm";
import { TestEffects, TestTrace } from "./TestTrace";
import { NEW_SETUP, useTestTicket, type TestTicketSetup } from "./useTestTicket";

interface Props {
  flowId: string;
  versions: readonly TestVersion[];
  /** The draft as the editor holds it now, unsaved edits included. */
  currentGraph: () => SavedGraph;
  /** Selects and centres a node on the canvas. */
  onPick: (nodeId: string) => void;
  /** Opens the problems list, for a draft that does not compile. */
  onShowProblems: () => void;
  onClose: () => void;
}

/**
 * The test-ticket panel: type as a customer, run the draft or a version for real (shadow: nothing is stored or
 * sent), and read what the customer would see, what agents would see, what would have happened, and the trace.
 */
export function TestTicketPanel({ flowId, versions, currentGraph, onPick, onShowProblems, onClose }: Props) {
  const test = useTestTicket(flowId, currentGraph);
  const [setup, setSetup] = useState<TestTicketSetup>(NEW_SETUP);
  const session = test.session;
  const ranWhat = session === null ? "" : session.result.ran.kind === "draft" ? "the draft" : `version ${session.result.ran.number}`;
  return (
    <aside
      aria-label="Test ticket"
      className="flex w-[26rem] shrink-0 flex-col border-l border-zinc-200 bg-white"
      data-testid="test-ticket-panel"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="flex items-center gap-2 border-b border-zinc-200 px-3 py-2">
        <h2 className="text-sm font-semibold text-zinc-900">Test ticket</h2>
        {test.running && (
          <span role="status" className="text-xs text-zinc-500">
            Running the test ticket…
          </span>
        )}
        <Button size="sm" variant="ghost" className="ml-auto" aria-label="Close the test panel (Esc)" title="Close (Esc)" onClick={onClose}>
          <X className="size-3.5" aria-hidden />
        </Button>
      </header>
      <p className="border-b border-zinc-100 bg-zinc-50 px-3 py-1.5 text-[11px] text-zinc-600">
        Runs for real, as a shadow: the AI answers and data sources are asked, but test tickets are not saved and nothing is sent.
      </p>
      {test.failure && (
        <div role="alert" className="mx-3 mt-2 space-y-1 rounded-md bg-red-50 p-2 text-xs text-red-700">
          <p>{test.failure.message}</p>
          {test.failure.compileErrors !== null && (
            <button type="button" className="font-medium underline" onClick={onShowProblems}>
              Show the problems
            </button>
          )}
        </div>
      )}
      <div className="min-h-0 flex-1 overflow-y-auto" aria-busy={test.running}>
        {session === null ? (
          <TestTicketForm
            initial={setup}
            versions={versions}
            running={test.running}
            onRun={(next) => {
              setSetup(next);
              void test.start(next);
            }}
          />
        ) : (
          <>
            <div className="flex items-center gap-1 border-b border-zinc-100 px-3 py-1.5 text-[11px] text-zinc-600">
              <span className="min-w-0 flex-1 truncate" title={customerLine(session.setup)}>
                {customerLine(session.setup)} · ran {ranWhat}
              </span>
              <Button size="sm" variant="ghost" title="Change the customer or the first message" onClick={test.reset}>
                <Pencil className="size-3" aria-hidden /> Start over
              </Button>
              <Button size="sm" variant="ghost" disabled={test.running} title="Run this conversation again (on the draft as it is now)" onClick={() => void test.rerun()}>
                <RotateCcw className="size-3" aria-hidden /> Run again
              </Button>
            </div>
            <TestConversation entries={session.result.conversation} onPick={onPick} />
            <TestReplyBox result={session.result} turns={session.turns.length} running={test.running} onSend={test.send} />
            <TestEffects effects={session.result.effects} notes={session.result.agentNotes} onPick={onPick} />
            <TestTrace lines={session.result.trace} onPick={onPick} />
          </>
        )}
      </div>
    </aside>
  );
}

function customerLine(s: TestTicketSetup): string {
  const who = s.customerName.trim() || "Customer";
  const page = s.pageUrl.trim() === "" ? "" : ` on ${s.pageUrl.trim()}`;
  return `${who} · ${s.plan}${s.enterprise ? " · enterprise" : ""} · ${s.channel}${page}`;
}
