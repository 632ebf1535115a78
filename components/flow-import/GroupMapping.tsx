"use client";

import { useId } from "react";
import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/Button";
import { cx } from "@/components/ui/cx";
import type { GroupRow } from "./lib/zendesk-import";
import { FIELD } from "./field-style";

/**
 * Zendesk group id → queue rows. Ids found in the pasted JSON get a fixed row; more can be added by hand.
 * Unmapped groups are listed as not converted, so nothing is silently routed nowhere.
 */
export function GroupMapping({
  rows: shownRows,
  detected,
  queues,
  onChange: setRows,
}: {
  rows: GroupRow[];
  detected: readonly string[];
  queues: readonly string[];
  onChange: (rows: GroupRow[]) => void;
}) {
  const hint = useId();
  const setRow = (i: number, patch: Partial<GroupRow>) => setRows(shownRows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const removeRow = (i: number) => setRows(shownRows.filter((_, j) => j !== i));
  return (
    <fieldset className="min-w-0 space-y-2" aria-describedby={hint}>
      <legend className="text-[13px] font-semibold text-zinc-900">Zendesk groups → queues</legend>
      <p id={hint} className="text-xs text-zinc-500">
        Optional. <code>group_id</code> conditions and actions become queue checks and routes; groups without a queue are listed as not converted.
      </p>
      {shownRows.length === 0 ? (
        <p className="rounded-md border border-dashed border-zinc-300 px-3 py-2 text-xs text-zinc-500">No Zendesk groups in the JSON.</p>
      ) : (
        <ul className="space-y-1.5">
          {shownRows.map((row, i) => (
            <li key={i} className="flex items-center gap-1.5">
              <input
                aria-label={`Zendesk group id, row ${i + 1}`}
                value={row.groupId}
                onChange={(e) => setRow(i, { groupId: e.target.value })}
                readOnly={detected.includes(row.groupId.trim())}
                title={detected.includes(row.groupId.trim()) ? "Found in the pasted JSON" : undefined}
                placeholder="Group id"
                inputMode="numeric"
                className={cx(FIELD, "h-7 w-32 shrink-0 font-mono")}
              />
              <span aria-hidden className="text-zinc-400">
                →
              </span>
              <select
                aria-label={`Queue for Zendesk group ${row.groupId || `row ${i + 1}`}`}
                value={row.queue}
                onChange={(e) => setRow(i, { queue: e.target.value })}
                className={cx(FIELD, "h-7 min-w-0 flex-1")}
              >
                <option value="">Not mapped</option>
                {queues.map((q) => (
                  <option key={q} value={q}>
                    {q}
                  </option>
                ))}
              </select>
              {detected.includes(row.groupId.trim()) ? (
                <span className="w-[26px] shrink-0" aria-hidden />
              ) : (
                <Button size="sm" variant="ghost" onClick={() => removeRow(i)} aria-label={`Remove mapping for group ${row.groupId || `row ${i + 1}`}`} className="px-1.5">
                  <Trash2 className="size-3.5" aria-hidden />
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <Button size="sm" variant="ghost" onClick={() => setRows([...shownRows, { groupId: "", queue: "" }])}>
        <Plus className="size-3.5" aria-hidden />
        Add a group
      </Button>
      {queues.length === 0 && <p className="text-xs text-amber-700">This workspace has no queues yet, so nothing can be mapped.</p>}
    </fieldset>
  );
}
