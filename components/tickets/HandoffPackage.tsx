import Link from "next/link";
import { CitedArticles } from "@/components/knowledge/CitedArticles";
import type { ReactNode } from "react";
import type { RouterOutputs } from "@/server/api/root";
import { Badge } from "@/components/ui/Badge";
import { DateTime } from "@/components/ui/DateTime";
import { percent, plural } from "@/components/ui/format";
import { TICKET_STATUS_TONE, toneOf } from "@/components/ui/status-tones";
import { stepKindTitle } from "@/components/backtests/trace-words";
import { DraftFate } from "./DraftFate";

type Package = RouterOutputs["tickets"]["handoff"];

function Panel({ title, children, label }: { title: string; children: ReactNode; label?: string }) {
  return (
    <section aria-label={label ?? title} className="min-w-0 rounded-lg border border-zinc-200 bg-white px-3 py-2.5">
      <h3 className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-zinc-500">{title}</h3>
      <div className="text-[13px] text-zinc-800">{children}</div>
    </section>
  );
}

const Empty = ({ children }: { children: ReactNode }) => <p className="text-zinc-500">{children}</p>;

/** What an agent taking the ticket reads first: why it came to them, what the AI tried, a summary, and the customer. */
export function HandoffPackage({ pkg }: { pkg: Package }) {
  return (
    <div className="mb-8 grid gap-3 md:grid-cols-2" aria-label="Handoff package" role="region">
      <Why pkg={pkg} />
      <AiTried attempts={pkg.ai} />
      <Panel title="Summary">
        {pkg.summary === null ? (
          <Empty>No conversation to summarise yet.</Empty>
        ) : (
          <>
            <p className="whitespace-pre-wrap">{pkg.summary.text}</p>
            <p className="mt-1 text-xs text-zinc-500">{pkg.summary.by === "ai" ? "Summarised by the AI from the public conversation" : "What the flow noted when it handed over"}</p>
          </>
        )}
      </Panel>
      <Customer customer={pkg.customer} />
    </div>
  );
}

function Why({ pkg }: { pkg: Package }) {
  if (pkg.run === null) {
    return (
      <Panel title="Why it came to a person">
        <Empty>No flow has run on this ticket.</Empty>
      </Panel>
    );
  }
  return (
    <Panel title="Why it came to a person">
      {pkg.escalationReason !== null ? <p className="font-medium">{pkg.escalationReason}</p> : <p className="text-zinc-500">The flow did not escalate this ticket.</p>}
      {pkg.held.length > 0 && (
        <ul className="mt-1.5 space-y-0.5" aria-label="Criteria that held">
          {pkg.held.map((h) => (
            <li key={`${h.nodeId}:${h.says}`} className="flex gap-1.5">
              <span aria-hidden className="text-emerald-600">✓</span>
              <span>
                {h.says}
                {h.was !== null && <span className="text-zinc-500"> — was {h.was}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {pkg.lines.length > 0 && (
        <details className="mt-2 text-xs text-zinc-600">
          <summary className="cursor-pointer select-none">Steps that led here ({pkg.lines.length})</summary>
          <ol className="mt-1 space-y-1">
            {pkg.lines.map((l) => (
              <li key={l.seq}>
                <span className="tabular-nums text-zinc-500">#{l.seq}</span> “{l.node}” · {stepKindTitle(l.nodeType)}: <span className="font-medium">{l.decision}</span> — {l.reason}
              </li>
            ))}
          </ol>
        </details>
      )}
      {pkg.run.shadow && <p className="mt-1 text-xs text-zinc-500">From a shadow run: it decided but sent nothing.</p>}
    </Panel>
  );
}

function AiTried({ attempts: all }: { attempts: Package["ai"] }) {
  // An assist step writes two lines, the posting and the handoff after it: the draft is shown once, with its fate.
  const attempts = all.filter((a) => !(a.decision === "assist" && all.some((b) => b.node === a.node && b.decision === "draft")));
  return (
    <Panel title="What the AI tried">
      {attempts.length === 0 ? (
        <Empty>No AI step ran.</Empty>
      ) : (
        <ul className="space-y-2" aria-label="AI attempts">
          {attempts.map((a) => (
            <li key={a.seq}>
              <div className="flex flex-wrap items-center gap-1.5 text-xs">
                <Badge tone="violet">{a.decision}</Badge>
                {a.mode && <span className="text-zinc-500">{a.mode} mode</span>}
                {a.confidence !== null && (
                  <span>
                    confidence {percent(a.confidence)}
                    {a.threshold !== null && <span className="text-zinc-500"> vs threshold {percent(a.threshold)}</span>}
                  </span>
                )}
              </div>
              <CitedArticles citations={a.citations} className="mt-0.5 text-xs text-zinc-600" />
              {a.draft !== null ? (
                <blockquote className="mt-1 line-clamp-4 whitespace-pre-wrap border-l-2 border-violet-200 pl-2 text-zinc-700">{a.draft}</blockquote>
              ) : (
                <p className="mt-0.5 text-xs text-zinc-500">{a.reason}</p>
              )}
              {a.assist !== null && <DraftFate draft={a.assist} />}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

function Customer({ customer: c }: { customer: Package["customer"] }) {
  return (
    <Panel title="Customer">
      <p className="flex flex-wrap items-center gap-1.5">
        <span className="font-medium">{c.name ?? c.email ?? "Unknown customer"}</span>
        <Badge>{c.plan} plan</Badge>
        {c.enterprise && <Badge tone="accent">Enterprise</Badge>}
      </p>
      <p className="mt-1 text-xs text-zinc-600">
        {plural(c.contactsLast24h, "contact")} in 24 h · {plural(c.openTickets, "other open ticket")}
        {c.csat.length > 0 && <> · CSAT {c.csat.map((r) => r.score).join(", ")} (newest first)</>}
      </p>
      {c.pageUrl !== null && (
        <p className="mt-1 truncate text-xs text-zinc-600">
          Wrote from <span className="font-mono">{c.pageUrl}</span>
        </p>
      )}
      {c.recent.length === 0 ? (
        <p className="mt-1.5 text-xs text-zinc-500">No earlier tickets from this customer.</p>
      ) : (
        <ul className="mt-1.5 space-y-0.5 text-xs" aria-label="Recent tickets">
          {c.recent.map((t) => (
            <li key={t.id} className="flex items-center gap-1.5">
              <Badge tone={toneOf(TICKET_STATUS_TONE, t.status)}>{t.status}</Badge>
              <Link href={`/inbox/${t.id}`} className="min-w-0 truncate text-indigo-700 hover:underline">
                {t.subject || "(no subject)"}
              </Link>
              {t.csat !== null && <span className="text-zinc-500">CSAT {t.csat}</span>}
              <span className="ml-auto shrink-0 text-zinc-500">
                <DateTime value={t.createdAt} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
