import "server-only";
import type { CHANNELS, PRIORITIES, STATUSES } from "../../../workflows/model/fields";

type Channel = (typeof CHANNELS)[number];

/** Freshdesk's numeric source codes (API v2); codes the studio has no channel for fall back to the default. */
export function freshdeskChannel(source: unknown): Channel | undefined {
  switch (source) {
    case 1: // email
    case 10: // outbound email
      return "email";
    case 2: // portal
    case 9: // feedback widget
      return "web";
    case 3:
      return "phone";
    case 5: // twitter
    case 6: // facebook
      return "social";
    case 7:
      return "chat";
    default:
      return undefined;
  }
}

/** 2 open, 3 pending, 4 resolved, 5 closed; custom statuses (6 and up) are waiting states. */
export function freshdeskStatus(status: unknown): (typeof STATUSES)[number] | undefined {
  if (status === 2) return "open";
  if (status === 3) return "pending";
  if (status === 4) return "solved";
  if (status === 5) return "closed";
  return typeof status === "number" && status > 5 ? "pending" : undefined;
}

export function freshdeskPriority(priority: unknown): (typeof PRIORITIES)[number] | undefined {
  const byCode = [undefined, "low", "normal", "high", "urgent"] as const;
  return typeof priority === "number" ? byCode[priority] : undefined;
}

/** Freshdesk's default satisfaction scale, -103 (extremely unhappy) to 103 (extremely happy), to 1–5. */
export function freshdeskCsat(rating: unknown): number | null {
  if (typeof rating !== "number" || rating === 0) return null;
  if (rating >= 102) return 5;
  if (rating === 101) return 4;
  if (rating === 100) return 3;
  if (rating === -101) return 2;
  return rating <= -102 ? 1 : null;
}
