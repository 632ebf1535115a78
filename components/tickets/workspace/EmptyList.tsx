import { Inbox, SearchX } from "lucide-react";
import type { RouterOutputs } from "@/server/api/root";
import { EmptyState } from "@/components/ui/EmptyState";
import { SLA_SOON_HOURS, type TWorkspaceFilter, type TWorkspaceView } from "@/lib/tickets/workspace-filter";

type Counts = RouterOutputs["tickets"]["viewCounts"];

const CLEAR: Record<TWorkspaceView, [title: string, body: string]> = {
  mine: ["Nothing assigned to you", "Open tickets assigned to you show here."],
  team: ["Your team's queue is clear", "Open tickets in your queue show here."],
  unassigned: ["Every open ticket has someone on it", "Open tickets nobody is assigned to show here."],
  sla: ["No SLA due soon", `Open tickets whose first response or resolution is due within ${SLA_SOON_HOURS} hours, or overdue, show here.`],
  escalated: ["No escalated tickets waiting", "Open tickets a flow or an agent handed to a person show here."],
  all: ["No tickets yet", "Tickets appear here as they arrive through the helpdesk webhook (POST /api/webhooks/tickets), a connected helpdesk or the API."],
};

/** What an empty list means, in the agent's words: a clear queue, or a search that matched nothing. */
export function EmptyList({ filter, narrowed, counts }: { filter: TWorkspaceFilter; narrowed: boolean; counts: Counts | undefined }) {
  if (narrowed) {
    return (
      <EmptyState icon={SearchX} title="No ticket matches">
        Change the search or the filters{filter.origin === "live" ? ", or look in the imported history (Tickets from)" : ""}.
      </EmptyState>
    );
  }
  if (filter.view === "team" && counts !== undefined && counts.agent.queueName === null) {
    return (
      <EmptyState icon={Inbox} title="You are not in a team">
        {counts.agent.isAgent
          ? "Your agent record has no queue. An admin sets it in Settings → Agents."
          : "Your email is not an agent's. An admin adds you in Settings → Agents, with your queue."}
      </EmptyState>
    );
  }
  const [title, body] =
    filter.view !== "all" || filter.origin === "all"
      ? CLEAR[filter.view]
      : filter.origin === "imported"
        ? ["No imported history", "Import tickets from a helpdesk export on the History import page."]
        : ["No live tickets yet", `${CLEAR.all[1]} The imported history is under "Tickets from".`];
  return (
    <EmptyState icon={Inbox} title={title}>
      {body}
    </EmptyState>
  );
}
