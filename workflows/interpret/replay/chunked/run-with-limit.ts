/**
 * Runs `task(0) … task(count - 1)` with at most `limit` in flight, starting them in index order. The first
 * failure stops new tasks from starting and rejects; tasks already running are the caller's to cancel.
 * Pure and deterministic (no clock, no randomness), so it runs inside a workflow: the order tasks start in
 * depends only on the order earlier ones settle, which Temporal replays from history.
 */
export async function runWithLimit(count: number, limit: number, task: (index: number) => Promise<void>): Promise<void> {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`The concurrency limit must be a positive integer, got ${limit}`);
  let next = 0;
  let failed = false;
  const lane = async (): Promise<void> => {
    while (!failed && next < count) {
      const index = next++;
      try {
        await task(index);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, lane));
}
