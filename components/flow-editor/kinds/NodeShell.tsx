"use client";

import { Handle, Position, useUpdateNodeInternals } from "@xyflow/react";
import type { LucideIcon } from "lucide-react";
import { useEffect, useMemo, useRef, type ReactNode } from "react";
import { kindTitle } from "@/workflows/compile/describe-node";
import type { TNodeKind } from "@/workflows/model";
import { handlesOf } from "../lib/handles";
import { cx } from "@/components/ui/cx";
import { useNodeErrors } from "../lib/error-store";
import type { EditorNodeData } from "../lib/types";
import { ACCENT_HEADER, type Accent } from "./accent-classes";

export interface ShellProps {
  id: string;
  kind: TNodeKind;
  icon: LucideIcon;
  accent: Accent;
  data: EditorNodeData;
  selected: boolean;
  children?: ReactNode;
}

/** The frame every node kind shares: header with kind and error count, label, body, labelled outputs. */
export function NodeShell({ id, kind, icon: Icon, accent, data, selected, children }: ShellProps) {
  const errors = useNodeErrors(id);
  const handles = useMemo(() => handlesOf(kind, data), [kind, data]);
  // Added, removed or reordered switch cases move the handles; React Flow must re-measure them.
  const handleKey = handles.map((h) => h.id).join("|");
  const updateNodeInternals = useUpdateNodeInternals();
  const measuredKey = useRef(handleKey);
  useEffect(() => {
    // Mounting measures anyway; only a change after that needs the nudge (200 nodes would mean 200 calls).
    if (measuredKey.current === handleKey) return;
    measuredKey.current = handleKey;
    updateNodeInternals(id);
  }, [id, handleKey, updateNodeInternals]);
  const badHandles = useMemo(() => new Set(errors.flatMap((e) => (e.handle ? [e.handle] : []))), [errors]);
  const label = typeof data.label === "string" && data.label.trim() !== "" ? data.label : undefined;
  return (
    <div
      data-testid={`node-${id}`}
      title={errors.length > 0 ? errors.map((e) => e.message).join("\n") : id}
      className={cx(
        "w-60 rounded-lg border bg-white text-xs shadow-sm",
        errors.length > 0 ? "border-red-400 ring-2 ring-red-400" : "border-zinc-300",
        // An outline, not the ring: a selected node with errors must show both.
        selected && "outline outline-2 outline-offset-2 outline-indigo-500",
      )}
    >
      {kind !== "trigger" && <Handle type="target" position={Position.Left} className="!size-2.5 !bg-zinc-500" />}
      <div className={cx("flex items-center gap-1.5 rounded-t-lg px-2.5 py-1.5 font-medium", ACCENT_HEADER[accent])}>
        <Icon className="size-3.5" aria-hidden />
        <span className="truncate">{kindTitle(kind)}</span>
        {errors.length > 0 && (
          <span className="ml-auto rounded-full bg-red-600 px-1.5 text-[10px] font-semibold leading-4 text-white" aria-label={`${errors.length} problems`}>
            {errors.length}
          </span>
        )}
      </div>
      <div className="space-y-1 px-2.5 py-2">
        {label && <div data-node-label className="truncate text-[13px] font-semibold text-zinc-900">{label}</div>}
        {children}
      </div>
      {handles.length > 0 && (
        <div className="border-t border-zinc-100 py-1">
          {handles.map((h) => (
            <div key={h.id} className="relative flex h-[18px] items-center justify-end pr-3">
              <span className={cx("truncate text-[11px]", badHandles.has(h.id) ? "font-semibold text-red-600" : "text-zinc-500")}>{h.label}</span>
              <Handle
                type="source"
                id={h.id}
                position={Position.Right}
                className={cx("!size-2.5", badHandles.has(h.id) ? "!bg-red-500" : "!bg-indigo-500")}
              />
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

/** One "Key: value" line of a node's summary. */
export function Line({ k, children }: { k: string; children: ReactNode }) {
  return (
    <div className="flex gap-1 text-zinc-600">
      <span className="shrink-0 text-zinc-500">{k}</span>
      <span className="min-w-0 truncate font-medium text-zinc-800">{children}</span>
    </div>
  );
}

/** A multi-line clamp for rule summaries, which run long. */
export function Summary({ children }: { children: ReactNode }) {
  return <p className="line-clamp-3 text-[11px] leading-snug text-zinc-600">{children}</p>;
}
