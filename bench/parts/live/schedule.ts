/**
 * The open-loop plan: ticket i is due at t0 + i/rate, whatever the server answered before. The sender's tick
 * loop asks how many are due by now and fires the ones it has not sent yet, so a slow answer never delays the
 * next send (a closed loop would, and would hide the queueing the bench is meant to show).
 */
export interface OpenLoopPlan {
  ratePerSecond: number;
  total: number;
}

export function planOf(ratePerSecond: number, seconds: number): OpenLoopPlan {
  if (!(ratePerSecond > 0) || !(seconds > 0)) throw new Error(`live bench: rate and duration must be positive (got ${ratePerSecond}/s for ${seconds} s)`);
  return { ratePerSecond, total: Math.max(1, Math.round(ratePerSecond * seconds)) };
}

/** Milliseconds after t0 at which ticket i is due. */
export function dueAtMs(plan: OpenLoopPlan, i: number): number {
  return (i * 1000) / plan.ratePerSecond;
}

/** How many tickets are due `elapsedMs` after t0 (ticket 0 is due at once). */
export function dueCount(plan: OpenLoopPlan, elapsedMs: number): number {
  if (elapsedMs < 0) return 0;
  return Math.min(plan.total, Math.floor((elapsedMs * plan.ratePerSecond) / 1000 + 1e-9) + 1);
}
