"use client";

import { memo } from "react";
import { AlertCircle, CircleCheck, TriangleAlert } from "lucide-react";
import { useErrorIndex } from "./lib/error-store";
import { useRememberedToggle } from "./useRememberedToggle";

/** Something the flow does that is allowed but probably not meant (it never blocks publishing). */
export interface EditorWarning {
  nodeId: string;
  message: string;
}

type Target = { nodeId?: string; edgeId?: string };

/** The compiler's errors, then the warnings, as a list; clicking one selects and centres the node it is about. */
export const ProblemsPanel = memo(function ProblemsPanel({
  pending,
  warnings,
  onPick,
  onRemoveEdge,
}: {
  pending: boolean;
  warnings: readonly EditorWarning[];
  onPick: (target: Target) => void;
  onRemoveEdge: (edgeId: string) => void;
}) {
  const { all } = useErrorIndex();
  const [open, toggle] = useRememberedToggle("problems", true);
  const warned = warnings.length > 0 ? ` · ${warnings.length} warning${warnings.length === 1 ? "" : "s"}` : "";
  return (
    <section aria-label="Problems" className="border-t border-zinc-200 bg-white" data-testid="problems-panel">
      <button type="button" className="flex w-full items-center gap-2 px-3 py-1.5 text-xs font-medium text-zinc-700" aria-expanded={open} aria-controls={open && all.length + warnings.length > 0 ? "problems-list" : undefined} title={open ? "Hide the problems list" : "Show the problems list"} onClick={toggle}>
        {all.length > 0 ? (
          <AlertCircle className="size-3.5 text-red-600" />
        ) : warnings.length > 0 ? (
          <TriangleAlert className="size-3.5 text-amber-600" />
        ) : (
          <CircleCheck className="size-3.5 text-emerald-600" />
        )}
        {all.length > 0 ? `${all.length} problem${all.length === 1 ? "" : "s"}${warned}` : `No problems: this flow compiles${warned}`}
        {pending && <span className="text-zinc-500">· checking…</span>}
        <span className="ml-auto text-zinc-500">{open ? "Hide" : "Show"}</span>
      </button>
      {open && all.length + warnings.length > 0 && (
        <ul id="problems-list" className="max-h-36 overflow-auto border-t border-zinc-100 text-xs">
          {all.map((e, i) => (
            <li key={i} className="flex items-center">
              <button
                type="button"
                className="flex min-w-0 flex-1 gap-2 px-3 py-1 text-left hover:bg-red-50 disabled:cursor-default"
                disabled={e.nodeId === undefined && e.edgeId === undefined}
                onClick={() => onPick(e)}
              >
                <span className="shrink-0 font-mono text-[11px] text-red-700">error</span>
                <span className="text-zinc-800">{e.message}</span>
              </button>
              {/* A broken connection may be one the canvas cannot even draw; offer the fix here. */}
              {e.edgeId !== undefined && (
                <button type="button" className="mr-3 shrink-0 rounded px-1.5 text-[11px] text-red-700 ring-1 ring-red-200 hover:bg-red-50" onClick={() => onRemoveEdge(e.edgeId!)}>
                  Remove connection
                </button>
              )}
            </li>
          ))}
          {warnings.map((w, i) => (
            <li key={`w${i}`}>
              <button type="button" className="flex w-full min-w-0 gap-2 px-3 py-1 text-left hover:bg-amber-50" onClick={() => onPick({ nodeId: w.nodeId })}>
                <span className="shrink-0 font-mono text-[11px] text-amber-700">warning</span>
                <span className="text-zinc-800">{w.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
