import "server-only";
/**
 * Tickets replayed so far by in-process runs, between chunk commits (a chunk only writes its progress when it
 * completes), so the run's page moves smoothly. Only this process knows it; the stored count is the floor.
 */
const live = new Map<string, number>();

export function setLiveProgress(runId: string, processed: number): void {
  live.set(runId, processed);
}

export function liveProgressOf(runId: string): number | undefined {
  return live.get(runId);
}

export function clearLiveProgress(runId: string): void {
  live.delete(runId);
}
