"use client";

import { TriangleAlert } from "lucide-react";
import type { RouterOutputs } from "@/server/api/root";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { ImportOutline } from "./ImportOutline";
import { UnsupportedTable } from "./UnsupportedTable";

export type Conversion = RouterOutputs["flowImport"]["zendeskTrigger"]["conversions"][number];

/** One converted Zendesk rule: what it became, what it could not carry over, and "Create flow". */
export function ConversionCard({
  conversion,
  index,
  knownQueues,
  creating,
  disabled,
  error,
  onCreate,
}: {
  conversion: Conversion;
  index: number;
  knownQueues: readonly string[];
  creating: boolean;
  disabled: boolean;
  error?: string;
  onCreate: () => void;
}) {
  const id = `rule-${index}`;
  const unsupportedHeading = `${id}-unsupported`;
  const missingQueues = conversion.queues.filter((q) => !knownQueues.includes(q));
  const n = conversion.unsupported.length;
  return (
    <article aria-labelledby={`${id}-title`} data-testid="conversion" className="rounded-lg border border-zinc-200 bg-white shadow-xs">
      <header className="flex flex-wrap items-start justify-between gap-3 border-b border-zinc-100 px-4 py-3">
        <div className="min-w-0">
          <h2 id={`${id}-title`} className="text-sm font-semibold text-zinc-900">
            {conversion.title}
          </h2>
          <div className="mt-1 flex flex-wrap items-center gap-1.5">
            <Badge tone="violet">Zendesk {conversion.source}</Badge>
            <Badge tone={conversion.active ? "green" : "neutral"}>{conversion.active ? "active in Zendesk" : "inactive in Zendesk"}</Badge>
            <Badge tone="neutral">{conversion.graph.nodes.length} nodes</Badge>
            <Badge tone={n === 0 ? "green" : "amber"}>{n === 0 ? "all converted" : `${n} not converted`}</Badge>
          </div>
        </div>
        <div className="flex flex-col items-end gap-1">
          <Button variant="primary" onClick={onCreate} disabled={disabled || creating} aria-describedby={error ? `${id}-create-error` : undefined}>
            {creating ? "Creating flow…" : "Create flow"}
          </Button>
          {error && (
            <p id={`${id}-create-error`} role="alert" className="max-w-xs text-right text-xs text-red-600">
              {error}
            </p>
          )}
        </div>
      </header>

      <div className="space-y-5 px-4 py-4">
        <section aria-labelledby={unsupportedHeading}>
          <h3 id={unsupportedHeading} className="mb-2 flex items-center gap-1.5 text-[13px] font-semibold text-zinc-900">
            {n > 0 && <TriangleAlert className="size-4 text-amber-600" aria-hidden />}
            Not converted ({n})
          </h3>
          <UnsupportedTable items={conversion.unsupported} headingId={unsupportedHeading} />
        </section>

        {(conversion.notes.length > 0 || missingQueues.length > 0) && (
          <section aria-labelledby={`${id}-notes`}>
            <h3 id={`${id}-notes`} className="mb-2 text-[13px] font-semibold text-zinc-900">
              Notes ({conversion.notes.length + missingQueues.length})
            </h3>
            <ul className="list-disc space-y-1 pl-5 text-[13px] text-zinc-700">
              {missingQueues.map((q) => (
                <li key={`queue-${q}`}>
                  The flow routes to <strong>{q}</strong>, which is not a queue in this workspace; the editor will flag it until it exists.
                </li>
              ))}
              {conversion.notes.map((note, i) => (
                <li key={i}>{note}</li>
              ))}
            </ul>
          </section>
        )}

        <section aria-labelledby={`${id}-outline`}>
          <h3 id={`${id}-outline`} className="mb-2 text-[13px] font-semibold text-zinc-900">
            Resulting flow
          </h3>
          <ImportOutline graph={conversion.graph} anchorPrefix={id} />
        </section>
      </div>
    </article>
  );
}
