"use client";

import Link from "next/link";
import { Building2 } from "lucide-react";
import type { RouterOutputs } from "@/server/api/root";
import { Badge } from "@/components/ui/Badge";
import { cx } from "@/components/ui/cx";
import { percent } from "@/components/ui/format";
import { PRIORITY_TONE, TICKET_STATUS_TONE, toneOf } from "@/components/ui/status-tones";
import { Table, TBody, TD, TH, THead } from "@/components/ui/Table";
import { ageOf, slaDueText } from "./workspace/relative-time";

export type WorkspaceTicket = RouterOutputs["tickets"]["list"]["items"][number];

const TIER_TITLE: Record<number, string> = { 1: "Tier 1: automated", 2: "Tier 2: AI-assisted", 3: "Tier 3: needs a person" };

/**
 * The workspace's ticket table: what an agent decides by, one row per ticket. The selected row (j/k or the arrow
 * keys) is highlighted and its subject link holds the focus, so Enter opens it.
 */
export function TicketsTable({
  tickets,
  selected,
  onSelect,
  now,
  caption,
}: {
  tickets: WorkspaceTicket[];
  selected: number;
  onSelect: (index: number) => void;
  now: Date;
  caption: string;
}) {
  return (
    <Table caption={caption} data-testid="tickets-table">
      <THead>
        <tr>
          <TH>Subject</TH>
          <TH>Customer</TH>
          <TH>Status</TH>
          <TH>Priority</TH>
          <TH>SLA due</TH>
          <TH>Age</TH>
          <TH>Tier</TH>
          <TH>Intent</TH>
          <TH>Queue</TH>
          <TH>Assignee</TH>
        </tr>
      </THead>
      <TBody>
        {tickets.map((t, i) => (
          <TicketRow key={t.id} ticket={t} selected={i === selected} onSelect={() => onSelect(i)} now={now} />
        ))}
      </TBody>
    </Table>
  );
}

function TicketRow({ ticket: t, selected, onSelect, now }: { ticket: WorkspaceTicket; selected: boolean; onSelect: () => void; now: Date }) {
  const open = t.status === "new" || t.status === "open" || t.status === "pending";
  const due = open && t.slaDueAt ? slaDueText(new Date(t.slaDueAt), now) : null;
  return (
    <tr data-selected={selected ? "true" : undefined} className={cx(selected ? "bg-indigo-50/70" : "hover:bg-zinc-50/70")}>
      <TD className={cx("min-w-44 max-w-md", selected && "border-l-2 border-l-indigo-500")}>
        <Link
          href={`/inbox/${t.id}`}
          data-row-link
          aria-current={selected ? "true" : undefined}
          onFocus={onSelect}
          className="line-clamp-2 font-medium text-indigo-700 hover:underline"
          title={t.subject}
        >
          {t.subject || "(no subject)"}
        </Link>
        <div className="mt-0.5 flex flex-wrap gap-1 text-xs text-zinc-500">
          <span>{t.channel}</span>
          {t.escalated && <Badge tone="red">escalated</Badge>}
          {t.imported && (
            <Badge tone="neutral" title="Loaded from a helpdesk export: history, not live work">
              imported
            </Badge>
          )}
        </div>
      </TD>
      <TD>
        <div className="max-w-36 break-words">{t.customer.name ?? t.customer.email ?? t.customer.externalId}</div>
        <div className="mt-0.5 flex items-center gap-1.5 text-xs text-zinc-500">
          {t.customer.enterprise ? (
            <Badge tone="accent" title={`Enterprise account, plan ${t.customer.plan}`}>
              <Building2 className="size-3" aria-hidden />
              Enterprise
            </Badge>
          ) : (
            t.customer.plan
          )}
        </div>
      </TD>
      <TD>
        <Badge tone={toneOf(TICKET_STATUS_TONE, t.status)}>{t.status}</Badge>
      </TD>
      <TD>
        <Badge tone={toneOf(PRIORITY_TONE, t.priority)}>{t.priority}</Badge>
      </TD>
      <TD className="whitespace-nowrap">
        {due ? (
          <time dateTime={new Date(t.slaDueAt!).toISOString()} title={new Date(t.slaDueAt!).toISOString()} className={cx("tabular-nums", due.overdue && "font-medium text-red-700")}>
            {due.text}
          </time>
        ) : (
          <span className="text-zinc-500">—</span>
        )}
      </TD>
      <TD className="whitespace-nowrap tabular-nums" title={new Date(t.createdAt).toISOString()}>
        {ageOf(new Date(t.createdAt), now)}
      </TD>
      <TD>{t.tier != null ? <span title={TIER_TITLE[t.tier]}>Tier {t.tier}</span> : <span className="text-zinc-500">—</span>}</TD>
      <TD className="max-w-40 break-words">
        {t.intent ? (
          <>
            {t.intent}
            {t.intentConfidence != null && <div className="whitespace-nowrap text-xs text-zinc-500">{percent(t.intentConfidence)} sure</div>}
          </>
        ) : (
          <span className="text-zinc-500">—</span>
        )}
      </TD>
      <TD className="whitespace-nowrap">{t.queue?.name ?? <span className="text-zinc-500">no queue</span>}</TD>
      <TD className="max-w-36 truncate" title={t.assignee ?? undefined}>
        {/* Colleagues know each other by the name before the "@"; the whole address is in the tooltip. */}
        {t.assignee?.split("@")[0] ?? <span className="text-zinc-500">unassigned</span>}
      </TD>
    </tr>
  );
}
