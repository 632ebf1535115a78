"use client";

import { memo, type DragEvent } from "react";
import { kindTitle } from "@/workflows/compile/describe-node";
import type { TNodeKind } from "@/workflows/model";
import { cx } from "@/components/ui/cx";
import { EDITOR_KINDS } from "./kinds";
import { ACCENT_CHIP } from "./kinds/accent-classes";
import { KindIcon } from "./kinds/KindIcon";
import { PALETTE_GROUPS } from "./kinds/palette-groups";

export const DRAG_MIME = "application/x-flow-node-kind";

function onDragStart(e: DragEvent, kind: TNodeKind) {
  e.dataTransfer.setData(DRAG_MIME, kind);
  e.dataTransfer.effectAllowed = "move";
}

/** Every node kind, grouped; drag one onto the canvas, or click to drop it in the middle of the view. */
export const Palette = memo(function Palette({ onAdd }: { onAdd: (kind: TNodeKind) => void }) {
  return (
    <nav id="node-palette" aria-label="Node palette" className="space-y-3 p-2">
      {PALETTE_GROUPS.map((group) => (
        <div key={group.title}>
          <div className="px-1 pb-1 text-[10px] font-semibold uppercase tracking-wide text-zinc-500">{group.title}</div>
          <div className="space-y-0.5">
            {group.kinds.map((kind) => (
              <button
                key={kind}
                type="button"
                draggable
                data-testid={`palette-${kind}`}
                title={`Drag onto the canvas, or click to add a ${kindTitle(kind)} node`}
                onDragStart={(e) => onDragStart(e, kind)}
                onClick={() => onAdd(kind)}
                className="flex w-full cursor-grab items-center gap-2 rounded-md px-1.5 py-1 text-left text-xs text-zinc-700 hover:bg-zinc-100 active:cursor-grabbing"
              >
                <span className={cx("grid size-5 place-items-center rounded", ACCENT_CHIP[EDITOR_KINDS[kind].accent])}>
                  <KindIcon kind={kind} className="size-3" />
                </span>
                {kindTitle(kind)}
              </button>
            ))}
          </div>
        </div>
      ))}
    </nav>
  );
});
