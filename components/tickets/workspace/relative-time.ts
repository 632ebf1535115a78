/** "45 min", "3 h", "2 d": a span in the unit an agent reads at a glance. */
export function shortSpan(ms: number): string {
  const minutes = Math.max(0, Math.floor(Math.abs(ms) / 60_000));
  if (minutes < 1) return "<1 min";
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} d`;
}

/** How long ago the ticket came in, against the page's clock. */
export function ageOf(createdAt: Date, now: Date): string {
  return shortSpan(now.getTime() - createdAt.getTime());
}

/** When the SLA target is due: "in 2 h", or "45 min overdue" (then `overdue` is set, to show it in red). */
export function slaDueText(due: Date, now: Date): { text: string; overdue: boolean } {
  const left = due.getTime() - now.getTime();
  return left >= 0 ? { text: `in ${shortSpan(left)}`, overdue: false } : { text: `${shortSpan(left)} overdue`, overdue: true };
}
