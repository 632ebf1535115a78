import Link from "next/link";
import type { TAuditReport } from "@/server/services/history-audit/audit-report";
import { formatCount, formatShare } from "./audit-format";

type TFriction = TAuditReport["friction"];

function FrictionCard({ title, explain, item }: { title: string; explain: string; item: TFriction["bounced"] }) {
  return (
    <section aria-label={title} className="rounded-lg border border-zinc-200 bg-white p-3 shadow-xs">
      <h3 className="text-[13px] font-semibold text-zinc-900">{title}</h3>
      <p className="mt-0.5 text-xs text-zinc-500">{explain}</p>
      <p className="mt-2 text-lg font-semibold tabular-nums text-zinc-900">
        {formatCount(item.count)} <span className="text-xs font-normal text-zinc-500">tickets, {formatShare(item.share)}</span>
      </p>
      {item.examples.length > 0 && (
        <ul className="mt-2 space-y-1 text-xs" aria-label={`Examples: ${title}`}>
          {item.examples.map((e) => (
            <li key={e.id}>
              <Link href={`/inbox/${e.id}`} className="text-indigo-700 underline decoration-indigo-300 underline-offset-2 hover:decoration-indigo-700">
                {e.subject || e.externalId}
              </Link>
              <span className="text-zinc-500">
                {" "}
                · {e.detail}
                {e.category ? ` · ${e.category}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Where tickets got stuck: bounces, stalls, and escalations a template then answered. */
export function FrictionSections({ friction }: { friction: TFriction }) {
  return (
    <div className="grid gap-3 md:grid-cols-3">
      <FrictionCard title="Bounced" explain="Changed agent or queue at least twice in all." item={friction.bounced} />
      <FrictionCard
        title="Stalled"
        explain={`No activity for over ${friction.stalled.thresholdHours} hours between messages, or since the last one on an open ticket.`}
        item={friction.stalled}
      />
      <FrictionCard
        title="Escalated, then templated"
        explain="Escalated, then resolved with a templated reply that first line or a bot could have sent."
        item={friction.escalatedThenTemplated}
      />
    </div>
  );
}
