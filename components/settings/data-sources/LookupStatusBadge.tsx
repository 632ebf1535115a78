import { Badge, type Tone } from "@/components/ui/Badge";

const SHOWN: Record<string, { label: string; tone: Tone }> = {
  found: { label: "Found", tone: "green" },
  not_found: { label: "Not found", tone: "amber" },
  failed: { label: "Failed", tone: "red" },
  skipped: { label: "Skipped", tone: "neutral" },
  not_recorded: { label: "Not recorded", tone: "neutral" },
};

/** A lookup's outcome in words: found, not found (the system has no such record), failed, skipped. */
export function LookupStatusBadge({ status }: { status: string }) {
  const shown = SHOWN[status] ?? { label: status, tone: "neutral" as const };
  return <Badge tone={shown.tone}>{shown.label}</Badge>;
}
