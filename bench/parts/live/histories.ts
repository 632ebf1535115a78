import { Client, Connection } from "@temporalio/client";
import { mean } from "./stats";

/** The marker Temporal's core SDK records for each local activity (sdk-core's LOCAL_ACTIVITY_MARKER_NAME). */
const LOCAL_ACTIVITY_MARKER = "core_local_activity";

export interface HistorySample {
  runs: number;
  historyEventsPerTicket: number | null;
  /** Activity tasks plus local-activity markers, per ticket. */
  activitiesPerTicket: number | null;
  activityTasksPerTicket: number | null;
  localActivitiesPerTicket: number | null;
  /** Activity types by how often they ran per ticket; local ones are prefixed `local:`. */
  activityTypesPerTicket: Record<string, number>;
}

/**
 * Reads the Temporal histories of a few runs, spread evenly over the list, as far as they have got (a run resting
 * on a timer has the history of its decisions so far, which is the common path the targets speak of).
 */
export async function sampleHistories(temporal: { address: string; namespace: string }, workflowIds: string[], size: number): Promise<HistorySample> {
  const picked = spread(workflowIds, size);
  const connection = await Connection.connect({ address: temporal.address });
  try {
    const client = new Client({ connection, namespace: temporal.namespace });
    const events: number[] = [];
    const tasks: number[] = [];
    const locals: number[] = [];
    const types = new Map<string, number>();
    for (const workflowId of picked) {
      const history = await client.workflow.getHandle(workflowId).fetchHistory();
      const list = history.events ?? [];
      events.push(list.length);
      const scheduled = list.filter((e) => e.activityTaskScheduledEventAttributes);
      tasks.push(scheduled.length);
      const markers = list.filter((e) => e.markerRecordedEventAttributes?.markerName === LOCAL_ACTIVITY_MARKER);
      locals.push(markers.length);
      const names = [
        ...scheduled.map((e) => e.activityTaskScheduledEventAttributes?.activityType?.name ?? "?"),
        ...markers.map((e) => `local:${localActivityType(e.markerRecordedEventAttributes?.details)}`),
      ];
      for (const name of names) types.set(name, (types.get(name) ?? 0) + 1);
    }
    const activities = tasks.map((t, i) => t + locals[i]!);
    return {
      runs: picked.length,
      historyEventsPerTicket: mean(events),
      activitiesPerTicket: mean(activities),
      activityTasksPerTicket: mean(tasks),
      localActivitiesPerTicket: mean(locals),
      activityTypesPerTicket: Object.fromEntries([...types].sort((a, b) => b[1] - a[1]).map(([name, n]) => [name, Math.round((n / Math.max(1, picked.length)) * 100) / 100])),
    };
  } finally {
    await connection.close();
  }
}

/** The activity type a local-activity marker names in its "data" detail (JSON written by sdk-core), or "?". */
function localActivityType(details: Record<string, { payloads?: Array<{ data?: Uint8Array | null }> | null }> | null | undefined): string {
  try {
    const data = details?.data?.payloads?.[0]?.data;
    if (!data) return "?";
    const parsed = JSON.parse(Buffer.from(data).toString("utf8")) as { activity_type?: unknown };
    return typeof parsed.activity_type === "string" ? parsed.activity_type : "?";
  } catch {
    return "?";
  }
}

/** Up to `size` items taken at even steps, so early and late tickets of a phase are both in the sample. */
export function spread<T>(items: readonly T[], size: number): T[] {
  if (items.length <= size) return [...items];
  return Array.from({ length: size }, (_, i) => items[Math.floor((i * items.length) / size)]!);
}
