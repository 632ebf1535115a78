import type { TSignalsReport } from "@/server/services/signals/signal-types";
import { Badge } from "@/components/ui/Badge";
import { ErrorState } from "@/components/ui/ErrorState";
import { Section } from "@/components/ui/Section";
import { plural } from "@/components/ui/format";
import { SignalCard } from "./SignalCard";

/** Groups of recent tickets the classifier was unsure about that ask the same thing: topics it may not know. */
export function UnsureTopics({ unsure, windows }: { unsure: TSignalsReport["unsure"]; windows: TSignalsReport["windows"] }) {
  if (!unsure.ok) {
    return (
      <Section title="Possible new intents">
        <ErrorState title="Could not group the unsure tickets" message={unsure.message} />
      </Section>
    );
  }
  return (
    <Section title="Possible new intents" aside={`${plural(unsure.unsure, "unsure live ticket")} in the last ${unsure.windowDays} days`}>
      {unsure.topics.length === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 bg-white p-3 text-[13px] text-zinc-600">
          No {unsure.minSize} or more of the live tickets the classifier was unsure about in the last {unsure.windowDays} days ask the same thing.
        </p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
          {unsure.topics.map((t) => {
            const name = t.terms.length > 0 ? t.terms.slice(0, 4).join(" · ") : "Unnamed group";
            return (
              <SignalCard
                key={`${name}-${t.examples[0]?.subject ?? ""}`}
                title={name}
                badge={<Badge tone="violet">{plural(t.size, "ticket")}</Badge>}
                figures={t.nearestIntent ? `Nearest known intent: ${t.nearestIntent}.` : "Not close to any known intent."}
                trend={t.trend}
                windows={windows}
                examples={t.examples}
              />
            );
          })}
        </ul>
      )}
    </Section>
  );
}
