"use client";

import { useState } from "react";
import type { TSignalsView } from "@/lib/signals/view";
import type { TSignalsReport } from "@/server/services/signals/signal-types";
import { Button } from "@/components/ui/Button";
import { Section } from "@/components/ui/Section";
import { plural } from "@/components/ui/format";
import { CategoryTickets } from "./CategoryTickets";
import { SignalCard } from "./SignalCard";
import { pct } from "./signal-format";

type Repeats = TSignalsReport["repeats"];

/** Customers who wrote again about the same issue after it was resolved, by category. */
export function RepeatContacts({ repeats, windows, view, readOnly }: { repeats: Repeats; windows: TSignalsReport["windows"]; view: TSignalsView; readOnly: boolean }) {
  return (
    <Section title="Repeat contacts by category" aside={`${repeats.repeatContacts} of ${plural(repeats.tickets, "ticket")} in the last 7 days`}>
      {repeats.categories.length === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 bg-white p-3 text-[13px] text-zinc-600">
          No customer wrote again about the same issue after it was resolved in the last 7 days.
        </p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
          {repeats.categories.map((r) => (
            <RepeatCard key={r.category} repeat={r} windows={windows} view={view} readOnly={readOnly} />
          ))}
        </ul>
      )}
    </Section>
  );
}

function RepeatCard({ repeat: r, windows, view, readOnly }: { repeat: Repeats["categories"][number]; windows: TSignalsReport["windows"]; view: TSignalsView; readOnly: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <SignalCard
      title={r.category}
      figures={
        <>
          <strong>{r.repeatContacts}</strong> of {plural(r.tickets, "ticket")} came back ({pct(r.rate)}, likely between {pct(r.low)} and {pct(r.high)}).
        </>
      }
      trend={r.trend}
      windows={windows}
      unit="repeat contacts"
      examples={r.examples}
    >
      {!readOnly && (
        <div className="mt-2">
          <Button size="sm" onClick={() => setOpen(!open)} aria-expanded={open}>
            {open ? "Hide tickets" : "Open the tickets that came back"}
          </Button>
          {open && <CategoryTickets view={view} category={r.category} only="repeat-contact" />}
        </div>
      )}
    </SignalCard>
  );
}
