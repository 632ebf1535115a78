import type { WorkflowHandle } from "@temporalio/client";

type History = Awaited<ReturnType<WorkflowHandle["fetchHistory"]>>;

/**
 * The local activities a workflow ran, read from their markers: each leaves one MarkerRecorded event whose "data"
 * detail names the activity and its attempt, with a failure when it failed.
 */
export function localActivities(history: History): Array<{ type: string; attempt: number; failed: boolean }> {
  return (history.events ?? []).flatMap((event) => {
    const marker = event.markerRecordedEventAttributes;
    if (marker?.markerName !== "core_local_activity") return [];
    const payload = marker.details?.data?.payloads?.[0]?.data;
    const data = payload ? (JSON.parse(Buffer.from(payload).toString("utf8")) as { activity_type?: string; attempt?: number }) : {};
    return [{ type: data.activity_type ?? "?", attempt: data.attempt ?? 0, failed: marker.failure != null }];
  });
}

/** Activities the history scheduled on the server (regular activities). */
export function scheduledActivities(history: History): string[] {
  return (history.events ?? []).flatMap((e) => (e.activityTaskScheduledEventAttributes ? [e.activityTaskScheduledEventAttributes.activityType?.name ?? "?"] : []));
}
