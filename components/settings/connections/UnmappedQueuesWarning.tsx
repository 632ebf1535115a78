import { TriangleAlert } from "lucide-react";
import type { TConnectionDetailView } from "./types";

/** "Flows name queues this connection does not map: Billing (in ‘Tiered support’)". */
export function UnmappedQueuesWarning({ unmapped }: { unmapped: TConnectionDetailView["unmappedQueues"] }) {
  if (unmapped.length === 0) return null;
  return (
    <div role="note" className="mb-6 flex items-start gap-2 rounded-md bg-amber-50 px-3 py-2 text-[13px] text-amber-900 ring-1 ring-inset ring-amber-200">
      <TriangleAlert className="mt-0.5 size-4 shrink-0 text-amber-600" aria-hidden />
      <div>
        <p className="font-medium">Flows name queues this connection does not map:</p>
        <ul className="mt-1 space-y-0.5">
          {unmapped.map((u) => (
            <li key={u.queue}>
              <span className="font-medium">{u.queue}</span> (in {u.flows.map((f) => `‘${f}’`).join(", ")})
            </li>
          ))}
        </ul>
        <p className="mt-1 text-xs text-amber-800">Tickets from this helpdesk routed there cannot be given a group in the helpdesk until the queue is mapped below.</p>
      </div>
    </div>
  );
}
