"use client";

import { TraceDetails } from "@/components/backtests/TraceDetails";
import type { TTestAgentNote, TTestEffect, TTestTraceLine } from "@/lib/flows/test-ticket-result";

/** The run's steps; a click selects the step's node on the canvas. */
export function TestTrace({ lines, onPick }: { lines: readonly TTestTraceLine[]; onPick: (nodeId: string) => void }) {
  return (
    <section aria-label="Trace" className="border-t border-zinc-100 px-3 py-2">
      <h3 className="mb-1 text-[11px] font-semibold uppercase tracking-wide text-zinc-500">Trace</h3>
      <ol className="space-y-0.5">
        {lines.map((line) => (
          <li key={line.seq}>
            <button type="button" className="flex w-full gap-2 rounded px-1 py-0.5 text-left text-xs hover:bg-indigo-50" title="Select this step on the canvas" onClick={() => onPick(line.nodeId)}>
              <span className="w-5 shrink-0 text-right font-mono text-[10px] text-zinc-400">{line.seq}</span>
              <span className="min-w-0">
                <span className="font-medium text-zinc-900">{line.nodeLabel}</span> <span className="font-mono text-[11px] text-indigo-700">{line.decision}</span>
                <span className="block text-[11px] text-zinc-600">{line.reason}</span>
              </span>
            </button>
            {line.details !== undefined && Object.keys(line.details).length > 0 && (
              <div className="ml-8">
                <TraceDetails details={line.details} />
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** What would have happened to a real ticket, and what its agents would read. */
export function TestEffects({ effects, notes, onPick }: { effects: readonly TTestEffect[]; notes: readonly TTestAgentNote[]; onPick: (nodeId: string) => void }) {
  if (effects.length === 0 && notes.length === 0) return null;
  return (
    <section aria-label="What would have happened" className="space-y-2 border-t border-zinc-100 px-3 py-2 text-xs">
      {effects.length > 0 && (
        <div>
          <h3 className="mb-1 text-[11px] font-semibold uppercase tracking-wide text-zinc-500">Would have happened</h3>
          <ul className="space-y-0.5">
            {effects.map((effect, i) => (
              <li key={i}>
                <button type="button" className="w-full rounded px-1 py-0.5 text-left hover:bg-indigo-50" onClick={() => onPick(effect.nodeId)}>
                  {effect.text}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {notes.length > 0 && (
        <div>
          <h3 className="mb-1 text-[11px] font-semibold uppercase tracking-wide text-zinc-500">Agents would see</h3>
          <ul className="space-y-1">
            {notes.map((note, i) => (
              <li key={i} className="whitespace-pre-wrap rounded bg-amber-50 px-2 py-1 text-zinc-800 ring-1 ring-amber-100">
                <span className="block text-[10px] font-medium text-amber-800">{note.kind === "note" ? "Internal note" : "Handoff summary"}</span>
                {note.body}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
