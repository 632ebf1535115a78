import type { TSignalsReport } from "@/server/services/signals/signal-types";
import { Badge } from "@/components/ui/Badge";
import { Section } from "@/components/ui/Section";
import { plural } from "@/components/ui/format";
import { SignalCard } from "./SignalCard";
import { one, pct } from "./signal-format";

type Friction = TSignalsReport["friction"];

/** Where in the product customers wrote from, by page area, with how many were escalated or came back. */
export function PageFriction({ friction, windows }: { friction: Friction; windows: TSignalsReport["windows"] }) {
  return (
    <Section title="Friction by page" aside={`${plural(friction.ticketsWithPage, "ticket")} of ${friction.tickets} in the last 7 days say which page they came from`}>
      {friction.areas.length === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 bg-white p-3 text-[13px] text-zinc-600">
          No ticket in the last 7 days says which page it came from. Tickets from the chat widget, or with a page URL from the helpdesk, are grouped
          here by the first two parts of the page&apos;s path.
        </p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
          {friction.areas.map((a) => (
            <SignalCard
              key={a.area}
              title={a.area}
              badge={a.rising ? <Badge tone="red">Rising</Badge> : undefined}
              figures={
                <>
                  <strong>{a.tickets}</strong> tickets, about {one(a.expected)} usual{a.rising ? ` (${a.chance})` : ""}. {a.escalated} escalated (
                  {pct(a.escalated / a.tickets)}), {a.repeatContacts} came back ({pct(a.repeatContacts / a.tickets)}).
                </>
              }
              trend={a.trend}
              windows={windows}
              examples={a.examples}
            />
          ))}
        </ul>
      )}
    </Section>
  );
}
