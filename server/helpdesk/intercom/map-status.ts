import "server-only";
import type { PRIORITIES } from "../../../workflows/model/fields";

type TPriority = (typeof PRIORITIES)[number];
export type TStudioStatus = "open" | "pending" | "solved" | "closed";

/** The body of POST /conversations/{id}/parts that puts a conversation in the studio's status. */
export type TIntercomStateChange =
  | { message_type: "close"; type: "admin"; admin_id: string }
  | { message_type: "snoozed"; admin_id: string; snoozed_until: number }
  | { message_type: "open"; admin_id: string };

/**
 * Intercom has three states: open, snoozed (reopens by itself at a time) and closed. Solved and closed both close;
 * pending, waiting on someone, is a snooze that wakes the conversation after `snoozeHours` so it is not forgotten.
 */
export function intercomStateChange(status: TStudioStatus, adminId: string, snoozeHours: number, nowMs: number): TIntercomStateChange {
  switch (status) {
    case "solved":
    case "closed":
      return { message_type: "close", type: "admin", admin_id: adminId };
    case "pending":
      return { message_type: "snoozed", admin_id: adminId, snoozed_until: Math.floor(nowMs / 1000) + snoozeHours * 3600 };
    case "open":
      return { message_type: "open", admin_id: adminId };
  }
}

/** Intercom marks a conversation as priority or not: the studio's two upper levels are priority. */
export function intercomPriority(priority: TPriority): "priority" | "not_priority" {
  return priority === "urgent" || priority === "high" ? "priority" : "not_priority";
}

/** The status a state-change topic reports, for the studio's ticket. */
export const STATUS_BY_TOPIC: Readonly<Record<string, TStudioStatus>> = {
  "conversation.admin.closed": "closed",
  "conversation.admin.snoozed": "pending",
  "conversation.admin.opened": "open",
};
