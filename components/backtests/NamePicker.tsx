"use client";

import { useState } from "react";

/**
 * A multi-select of names from the history (categories, queues): a search box over a scrolling list of
 * checkboxes (Tab and Space work as everywhere). Nothing checked means all of them.
 */
export function NamePicker({
  legend,
  singular,
  plural,
  options,
  selected,
  onChange,
}: {
  /** "Categories": the fieldset's legend. */
  legend: string;
  /** "category" / "categories": for the filter's label and the empty states. */
  singular: string;
  plural: string;
  options: ReadonlyArray<{ name: string; tickets: number }>;
  selected: readonly string[];
  onChange: (next: string[]) => void;
}) {
  const [query, setQuery] = useState("");
  const shown = options.filter((o) => o.name.toLowerCase().includes(query.trim().toLowerCase()));
  const toggle = (name: string, on: boolean) => onChange(on ? [...selected, name] : selected.filter((s) => s !== name));

  return (
    <fieldset className="min-w-0 space-y-1">
      <legend className="text-xs font-medium text-zinc-700">
        {legend} <span className="font-normal text-zinc-500">{selected.length === 0 ? "(all)" : `(${selected.length} chosen)`}</span>
      </legend>
      <div className="flex gap-2">
        <input
          type="search"
          aria-label={`Filter ${plural}`}
          placeholder={`Filter ${plural}`}
          className="h-7 min-w-0 flex-1 rounded-md border border-zinc-300 px-2 text-xs focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          // Enter in the filter should not start the backtest.
          onKeyDown={(e) => e.key === "Enter" && e.preventDefault()}
        />
        {selected.length > 0 && (
          <button type="button" className="text-xs text-indigo-700 hover:underline" onClick={() => onChange([])}>
            Clear
          </button>
        )}
      </div>
      <ul className="max-h-36 overflow-y-auto rounded-md border border-zinc-200 p-1" aria-label={`${legend} to replay`}>
        {shown.length === 0 && <li className="px-1 py-0.5 text-xs text-zinc-500">{options.length === 0 ? `No ${plural} in the history.` : `No ${singular} matches.`}</li>}
        {shown.map((o) => (
          <li key={o.name}>
            <label className="flex items-center gap-2 rounded px-1 py-0.5 text-xs text-zinc-800 hover:bg-zinc-50">
              <input type="checkbox" checked={selected.includes(o.name)} onChange={(e) => toggle(o.name, e.target.checked)} />
              <span className="flex-1 truncate">{o.name}</span>
              <span className="tabular-nums text-zinc-500">{o.tickets.toLocaleString("en")}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
