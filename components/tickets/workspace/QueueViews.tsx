"use client";

import { AlertTriangle, Clock, Inbox, User, UserX, Users } from "lucide-react";
import type { ComponentType } from "react";
import type { RouterOutputs } from "@/server/api/root";
import { cx } from "@/components/ui/cx";
import { VIEW_LABELS, WORKSPACE_VIEWS, type TWorkspaceView } from "@/lib/tickets/workspace-filter";

type Counts = RouterOutputs["tickets"]["viewCounts"];

const ICONS: Record<TWorkspaceView, ComponentType<{ className?: string; "aria-hidden"?: boolean }>> = {
  mine: User,
  team: Users,
  unassigned: UserX,
  sla: Clock,
  escalated: AlertTriangle,
  all: Inbox,
};

/** The queue views down the left, each with how many tickets it holds; a number key picks one too. */
export function QueueViews({ current, counts, onPick }: { current: TWorkspaceView; counts: Counts | undefined; onPick: (view: TWorkspaceView) => void }) {
  return (
    <nav aria-label="Queues" className="w-44 shrink-0">
      <ul className="space-y-0.5">
        {WORKSPACE_VIEWS.map((view, i) => {
          const Icon = ICONS[view];
          const active = view === current;
          return (
            <li key={view}>
              <button
                type="button"
                aria-current={active ? "true" : undefined}
                aria-keyshortcuts={String(i + 1)}
                onClick={() => onPick(view)}
                title={view === "team" && counts?.agent.queueName ? `The ${counts.agent.queueName} queue` : undefined}
                className={cx(
                  "flex w-full items-center gap-2 rounded-md px-2.5 py-1.5 text-left text-[13px] font-medium",
                  active ? "bg-indigo-50 text-indigo-800" : "text-zinc-700 hover:bg-zinc-100",
                )}
              >
                <Icon className={cx("size-4 shrink-0", active ? "text-indigo-600" : "text-zinc-400")} aria-hidden />
                <span className="flex-1">{VIEW_LABELS[view]}</span>
                <span
                  data-testid={`count-${view}`}
                  className={cx(
                    "min-w-6 rounded px-1 text-center text-[11px] tabular-nums",
                    view === "sla" && (counts?.sla ?? 0) > 0 ? "bg-red-50 text-red-700" : "bg-zinc-100 text-zinc-600",
                  )}
                >
                  {counts === undefined ? "…" : counts[view]}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
