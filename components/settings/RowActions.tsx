"use client";

import { Button } from "@/components/ui/Button";

/** A settings row's Edit and Delete/Remove buttons, named with the row ("Edit queue Billing") for screen readers. */
export function RowActions({ noun, name, removeWord, editing, onEdit, onRemove }: { noun: string; name: string; removeWord: "Delete" | "Remove"; editing: boolean; onEdit: () => void; onRemove: () => void }) {
  return (
    <span className="flex gap-1">
      <Button size="sm" onClick={onEdit} aria-label={`Edit ${noun} ${name}`} aria-expanded={editing}>
        Edit
      </Button>
      <Button size="sm" variant="ghost" aria-label={`${removeWord} ${noun} ${name}`} onClick={onRemove}>
        {removeWord}
      </Button>
    </span>
  );
}
