import "server-only";

/**
 * The held-out rows every version shares: a ticket is held out when a fixed hash of its id falls in the first
 * HELD_OUT_PERCENT of 100 buckets. It depends on the id alone, so a ticket never moves between the training rows
 * and the comparison rows, whatever the order the rows come in, which run asks, or when its label changes.
 * Versions are compared on these rows only, which none of them trained on.
 */
export const HELD_OUT_PERCENT = 10;

/** The rule as a version's metrics record it: a version trained under another rule (or none) may have seen the rows. */
export const HELD_OUT_RULE = `fnv1a32(ticket id) mod 100 < ${HELD_OUT_PERCENT}`;

/** 32-bit FNV-1a over the id's UTF-16 code units: small, fixed forever, and spreads cuids evenly. */
export function ticketBucket(ticketId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < ticketId.length; i++) {
    hash ^= ticketId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 100;
}

export function isHeldOut(ticketId: string): boolean {
  return ticketBucket(ticketId) < HELD_OUT_PERCENT;
}

/** Splits labelled rows into those a version trains on and the held-out ones it is compared on; order is kept. */
export function splitHeldOut<R extends { ticketId: string }>(rows: readonly R[]): { train: R[]; heldOut: R[] } {
  const train: R[] = [];
  const heldOut: R[] = [];
  for (const row of rows) (isHeldOut(row.ticketId) ? heldOut : train).push(row);
  return { train, heldOut };
}
