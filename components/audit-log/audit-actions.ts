/** Rows per page of the audit log (the API allows up to 100). */
export const AUDIT_PAGE_SIZE = 50;

/** Readable names of audit actions; an action not listed is shown as stored. */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  "flow.create": "Created",
  "flow.details": "Renamed or described",
  "flow.publish": "Published",
  "flow.rollback": "Rolled back",
  "flow.shadow-publish": "Shadow-published",
  "settings.live-flow": "Made live",
  "user.create": "Created user",
  "user.role-change": "Changed role",
  "user.password-reset": "Reset password",
  "user.first-sign-in": "First sign-in",
  "tier-map.save": "Saved the tier map",
  "queue.create": "Created queue",
  "queue.update": "Changed queue",
  "queue.delete": "Deleted queue",
  "agent.create": "Added agent",
  "agent.update": "Changed agent",
  "agent.delete": "Removed agent",
  "settings.calendar": "Changed business hours",
  "settings.shadow-target": "Changed the shadow review target",
  "connection.create": "Added helpdesk connection",
  "connection.update": "Changed helpdesk connection",
  "connection.delete": "Deleted helpdesk connection",
  "connection.mappings": "Changed connection mappings",
  "data-source.create": "Added data source",
  "data-source.update": "Changed data source",
  "data-source.delete": "Deleted data source",
  "ticket.flag-ai-reply": "Flagged an AI reply",
  "ticket.draft-discarded": "Discarded an AI draft",
  "ai.label-tickets": "Labelled tickets with an intent",
  "review.send-to-slack": "Sent the weekly review to Slack",
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

/**
 * The version an entry is about, from its details: the version written (publish, rollback, shadow) or the
 * active version that went live; null when there is none (e.g. a flow created).
 */
export function auditVersion(details: unknown): number | null {
  if (details === null || typeof details !== "object") return null;
  const d = details as Record<string, unknown>;
  const n = typeof d.version === "number" ? d.version : d.activeVersion;
  return typeof n === "number" ? n : null;
}

/** For a rollback, the version whose graph was published again. */
export function rolledBackTo(details: unknown): number | null {
  if (details === null || typeof details !== "object") return null;
  const n = (details as Record<string, unknown>).rolledBackTo;
  return typeof n === "number" ? n : null;
}
