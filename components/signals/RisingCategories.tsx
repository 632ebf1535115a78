"use client";

import { useState } from "react";
import type { TSignalsView } from "@/lib/signals/view";
import type { TSignalsReport } from "@/server/services/signals/signal-types";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { Section } from "@/components/ui/Section";
import { CategoryTickets } from "./CategoryTickets";
import { SignalCard } from "./SignalCard";
import { counted, one } from "./signal-format";

type Rising = TSignalsReport["rising"];

/** Categories whose last 7 days are above their own usual volume by more than chance would explain. */
export function RisingCategories({ rising, windows, view, readOnly }: { rising: Rising; windows: TSignalsReport["windows"]; view: TSignalsView; readOnly: boolean }) {
  const flagged = rising.categories.filter((c) => c.rising);
  return (
    <Section title="Rising categories" aside={`Each category against its own previous ${windows.length - 1} weeks`}>
      {flagged.length === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 bg-white p-3 text-[13px] text-zinc-600">
          No category rose beyond its usual range: {counted(rising.checked, "category", "categories")} checked, each needing at least {rising.minObserved} tickets in the
          last 7 days and a rise unlikely to be chance.
        </p>
      ) : (
        <ul className="grid gap-3 lg:grid-cols-2">
          {flagged.map((c) => (
            <RisingCard key={c.category} category={c} windows={windows} view={view} readOnly={readOnly} />
          ))}
        </ul>
      )}
      {rising.categories.length > 0 && <CheckedTable rising={rising} />}
    </Section>
  );
}

function RisingCard({ category: c, windows, view, readOnly }: { category: Rising["categories"][number]; windows: TSignalsReport["windows"]; view: TSignalsView; readOnly: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <SignalCard
      title={c.category}
      badge={<Badge tone="red">{c.ratio === null ? "new" : `×${one(c.ratio)}`}</Badge>}
      figures={
        <>
          <strong>{c.observed}</strong> tickets in the last 7 days where about {one(c.expected)} were expected: {c.chance}.
        </>
      }
      trend={c.trend}
      windows={windows}
      examples={c.examples}
    >
      {!readOnly && (
        <div className="mt-2">
          <Button size="sm" onClick={() => setOpen(!open)} aria-expanded={open}>
            {open ? "Hide tickets" : `Open its ${c.observed} tickets`}
          </Button>
          {open && <CategoryTickets view={view} category={c.category} />}
        </div>
      )}
    </SignalCard>
  );
}

function CheckedTable({ rising }: { rising: Rising }) {
  return (
    <details className="mt-3 text-[13px]">
      <summary className="cursor-pointer text-zinc-600">Every category checked ({rising.categories.length})</summary>
      <table className="mt-2 w-full max-w-3xl text-left">
        <thead className="text-xs text-zinc-500">
          <tr>
            <th className="py-1 font-medium">Category</th>
            <th className="py-1 text-right font-medium">Last 7 days</th>
            <th className="py-1 text-right font-medium">Expected</th>
            <th className="py-1 pl-4 font-medium">How likely chance</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {rising.categories.map((c) => (
            <tr key={c.category}>
              <td className="py-1">{c.category}</td>
              <td className="py-1 text-right tabular-nums">{c.observed}</td>
              <td className="py-1 text-right tabular-nums">{one(c.expected)}</td>
              <td className="py-1 pl-4 text-zinc-600">
                {c.rising ? c.chance : c.observed <= c.expected ? "not above its usual volume" : !c.enoughVolume ? `fewer than ${rising.minObserved} tickets` : c.chance}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
