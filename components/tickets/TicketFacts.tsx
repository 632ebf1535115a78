import type { ReactNode } from "react";
import type { RouterOutputs } from "@/server/api/root";
import { Badge } from "@/components/ui/Badge";
import { DateTime } from "@/components/ui/DateTime";
import { percent } from "@/components/ui/format";
import { PRIORITY_TONE, TICKET_STATUS_TONE, toneOf } from "@/components/ui/status-tones";

type Ticket = RouterOutputs["tickets"]["get"];

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex justify-between gap-3 py-1.5">
      <dt className="text-zinc-500">{label}</dt>
      <dd className="min-w-0 text-right text-zinc-900">{children}</dd>
    </div>
  );
}

const none = <span className="text-zinc-500">—</span>;

/** The ticket's fields at a glance, next to the conversation. */
export function TicketFacts({ ticket: t }: { ticket: Ticket }) {
  return (
    <dl className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white px-3 py-1 text-[13px]">
      <Fact label="Status">
        <Badge tone={toneOf(TICKET_STATUS_TONE, t.status)}>{t.status}</Badge>
      </Fact>
      <Fact label="Priority">
        <Badge tone={toneOf(PRIORITY_TONE, t.priority)}>{t.priority}</Badge>
      </Fact>
      <Fact label="Customer">
        <span className="block">{t.customer.name ?? t.customer.email ?? "Unknown"}</span>
        <span className="flex justify-end gap-1 text-xs text-zinc-500">
          {t.customer.plan}
          {t.customer.enterprise && <Badge tone="accent">Enterprise</Badge>}
        </span>
      </Fact>
      <Fact label="Channel">{t.channel}</Fact>
      <Fact label="Queue">{t.queue?.name ?? none}</Fact>
      <Fact label="Assignee">{t.assignee ?? none}</Fact>
      <Fact label="Intent">
        {t.intent ? `${t.intent}${t.intentConfidence != null ? ` (${percent(t.intentConfidence)})` : ""}` : none}
      </Fact>
      <Fact label="Sentiment">{t.sentiment ?? none}</Fact>
      <Fact label="Tier">{t.tier != null ? `Tier ${t.tier}` : none}</Fact>
      <Fact label="Tags">
        {t.tags.length > 0 ? (
          <span className="flex flex-wrap justify-end gap-1">
            {t.tags.map((tag) => (
              <Badge key={tag}>{tag}</Badge>
            ))}
          </span>
        ) : (
          none
        )}
      </Fact>
      <Fact label="Created">
        <DateTime value={t.createdAt} zone />
      </Fact>
      <Fact label="First response">
        <DateTime value={t.firstResponseAt} zone />
      </Fact>
      <Fact label="Resolved">
        <DateTime value={t.resolvedAt} zone />
      </Fact>
      <Fact label="Source">
        <code className="break-all text-xs">
          {t.source}:{t.externalId}
        </code>
      </Fact>
    </dl>
  );
}
