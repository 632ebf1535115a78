"use client";

import { useState } from "react";
import { Keyboard } from "lucide-react";
import { Button } from "@/components/ui/Button";

export const SHORTCUTS: ReadonlyArray<[string, string]> = [
  ["Delete / Backspace", "Delete the selection"],
  ["Ctrl+Z", "Undo"],
  ["Ctrl+Shift+Z or Ctrl+Y", "Redo"],
  ["Ctrl+C / Ctrl+V", "Copy / paste nodes"],
  ["Ctrl+A", "Select all"],
  ["Shift+drag", "Select an area"],
  ["Ctrl+click", "Add to the selection"],
  ["Drag from an output", "Connect to a node"],
  ["T", "Open or close the test-ticket panel"],
];

export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);
  return (
    <div className="relative">
      <Button size="sm" variant="ghost" aria-expanded={open} aria-label="Keyboard shortcuts" onClick={() => setOpen((o) => !o)}>
        <Keyboard className="size-3.5" />
      </Button>
      {open && (
        <div role="dialog" aria-label="Keyboard shortcuts" className="absolute right-0 top-8 z-20 w-72 rounded-lg border border-zinc-200 bg-white p-3 text-xs shadow-lg">
          <table className="w-full">
            <tbody>
              {SHORTCUTS.map(([keys, what]) => (
                <tr key={keys}>
                  <td className="py-0.5 pr-2 font-mono text-[11px] text-zinc-800">{keys}</td>
                  <td className="py-0.5 text-zinc-600">{what}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
