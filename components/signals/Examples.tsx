import Link from "next/link";
import { formatDateTime } from "@/components/ui/format";

export interface TExample {
  ticketId: string | null;
  subject: string;
  createdAt: Date;
}

/** A few tickets behind a signal: subjects linking to the inbox, or plain subjects on a shared link. */
export function Examples({ examples, label = "Examples" }: { examples: readonly TExample[]; label?: string }) {
  if (examples.length === 0) return null;
  return (
    <div className="mt-2">
      <p className="text-[11px] font-medium uppercase tracking-wide text-zinc-500">{label}</p>
      <ul className="mt-1 space-y-0.5 text-[13px]">
        {examples.map((e, i) => (
          <li key={e.ticketId ?? i} className="flex items-baseline justify-between gap-2">
            {e.ticketId ? (
              <Link href={`/inbox/${e.ticketId}`} className="truncate text-indigo-700 hover:underline">
                {e.subject || "(no subject)"}
              </Link>
            ) : (
              <span className="truncate text-zinc-800">{e.subject || "(no subject)"}</span>
            )}
            <span className="shrink-0 text-[11px] text-zinc-500">{formatDateTime(new Date(e.createdAt))}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
