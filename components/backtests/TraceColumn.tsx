import type { TraceEntry } from "@/workflows/interpret/types";
import { TraceEntryItem } from "./TraceEntryItem";

/**
 * One side's step trace. The first step at the divergent node is highlighted: that is where the two
 * sides decided differently (later visits to the same node are ordinary steps).
 */
export function TraceColumn({
  title,
  entries,
  divergenceNodeId,
  nodeLabels = {},
  empty,
}: {
  title: string;
  entries: readonly TraceEntry[];
  divergenceNodeId: string | null;
  /** Node id → label, to name each step as the canvas does. */
  nodeLabels?: Readonly<Record<string, string>>;
  empty: string;
}) {
  const parting = divergenceNodeId === null ? -1 : entries.findIndex((e) => e.nodeId === divergenceNodeId);
  return (
    <section aria-label={title} className="min-w-0 rounded-lg border border-zinc-200 bg-white">
      <h3 className="border-b border-zinc-100 px-4 py-2 text-[13px] font-semibold text-zinc-900">{title}</h3>
      <div className="px-4 py-3">
        {entries.length === 0 ? (
          <p className="text-[13px] text-zinc-500">{empty}</p>
        ) : (
          <ol aria-label={`Steps: ${title}`} className="relative ml-2 border-l border-zinc-200">
            {entries.map((e, i) => (
              <TraceEntryItem key={e.seq} entry={e} label={nodeLabels[e.nodeId]} parts={i === parting} />
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
