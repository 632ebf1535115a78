"use client";

import { useEffect, useId, useRef } from "react";
import { Button } from "@/components/ui/Button";

export const SHORTCUTS: Array<[keys: string, what: string]> = [
  ["j or ↓", "Next ticket"],
  ["k or ↑", "Previous ticket"],
  ["Enter", "Open the selected ticket"],
  ["/", "Search"],
  ["1 – 6", "Mine, my team's, unassigned, SLA due soon, escalated, all tickets"],
  ["Esc", "Leave the search box, or close this list"],
  ["?", "Show or hide these shortcuts"],
];

/** The workspace's keyboard shortcuts, on the native <dialog> (Escape closes it, focus returns to the list). */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = dialog.current;
    if (d === null) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-auto w-[26rem] max-w-[calc(100vw-2rem)] rounded-lg bg-white p-5 shadow-xl backdrop:bg-zinc-900/30"
    >
      <h2 id={titleId} className="mb-3 text-sm font-semibold text-zinc-900">
        Keyboard shortcuts
      </h2>
      <dl className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-1.5 text-[13px]">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys} className="contents">
            <dt>
              <kbd className="rounded border border-zinc-300 bg-zinc-50 px-1.5 py-px font-mono text-xs text-zinc-700">{keys}</kbd>
            </dt>
            <dd className="text-zinc-700">{what}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-4 flex justify-end">
        <Button size="sm" onClick={onClose} autoFocus>
          Close
        </Button>
      </div>
    </dialog>
  );
}
