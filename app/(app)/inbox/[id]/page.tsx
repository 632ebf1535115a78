import type { Metadata } from "next";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { can } from "@/lib/auth/roles";
import { Composer } from "@/components/tickets/Composer";
import { EffectsTable } from "@/components/tickets/EffectsTable";
import { HandoffPackage } from "@/components/tickets/HandoffPackage";
import { MessageList } from "@/components/tickets/MessageList";
import { RunTrace } from "@/components/tickets/RunTrace";
import { TicketActions } from "@/components/tickets/TicketActions";
import { TicketFacts } from "@/components/tickets/TicketFacts";
import { LoadFailed } from "@/components/ui/ErrorState";
import { plural } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Refused } from "@/components/auth/Refused";
import { requirePermission } from "@/server/auth/page-guard";
import { aiFeedbackSlots } from "./ai-feedback-slots";

export const metadata: Metadata = { title: "Ticket" };

/** Only what the reply box shows of an open AI draft goes to the browser. */
function draftOffer(draft: { id: string; text: string; confidence: number; citations: Array<{ articleId: string; title: string }> } | null) {
  return draft === null ? null : { id: draft.id, text: draft.text, confidence: draft.confidence, citations: draft.citations };
}

export default async function TicketPage({ params }: { params: Promise<{ id: string }> }) {
  const { refused, user } = await requirePermission("tickets.read");
  if (refused) return <Refused title="Ticket" message={refused} />;
  const { id } = await params;
  const [result, handoff] = await Promise.all([load(() => api.tickets.get({ id })), load(() => api.tickets.handoff({ id }))]);
  const mayAct = can(user.role, "tickets.act");
  const crumbs = [{ href: "/inbox", label: "Inbox" }];
  if (!result.ok) {
    return (
      <>
        <PageHeader title="Ticket" crumbs={crumbs} />
        <LoadFailed what="this ticket" error={result.error} />
      </>
    );
  }

  const ticket = result.data;
  return (
    <>
      <PageHeader title={ticket.subject || "(no subject)"} crumbs={crumbs} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_300px]">
        <div className="min-w-0">
          {handoff.ok ? <HandoffPackage pkg={handoff.data} /> : <LoadFailed what="the handoff package" error={handoff.error} />}
          <Section title="Conversation" aside={plural(ticket.messages.length, "message")}>
            <MessageList messages={ticket.messages} aiActions={await aiFeedbackSlots(ticket.id, ticket.messages)} />
          </Section>
          {mayAct && <Composer ticketId={ticket.id} connected={ticket.connectionId !== null} draft={handoff.ok ? draftOffer(handoff.data.openDraft) : null} />}
          <Section title="Flow runs" aside={plural(ticket.runs.length, "run")}>
            {ticket.runs.length === 0 ? (
              <p className="text-zinc-500">No flow has run on this ticket.</p>
            ) : (
              <div className="space-y-3">
                {ticket.runs.map((run) => (
                  <RunTrace key={run.id} run={run} />
                ))}
              </div>
            )}
          </Section>
          <Section title="Effects" aside="Replies, notifications and helpdesk updates, each sent once">
            {ticket.effects.length === 0 ? (
              <p className="text-zinc-500">No external effects for this ticket.</p>
            ) : (
              <EffectsTable effects={ticket.effects} />
            )}
          </Section>
        </div>
        <aside aria-label="Ticket details" className="lg:sticky lg:top-6 lg:self-start">
          {mayAct && (
            <TicketActions
              key={`${ticket.status}:${ticket.priority}:${ticket.assignee}:${ticket.queueId}`}
              ticketId={ticket.id}
              values={{ status: ticket.status, priority: ticket.priority, assignee: ticket.assignee, queueId: ticket.queueId }}
            />
          )}
          <TicketFacts ticket={ticket} />
        </aside>
      </div>
    </>
  );
}
