/**
 * Pure helpers for the Zendesk import page: which group ids the pasted JSON mentions, the mapping rows
 * → groupNames, where an unsupported item sits in the Zendesk rule, and the converter's errors as rows.
 */

/** A small trigger to paste when trying the importer; one action (assignee_id) has no equivalent. */
export const EXAMPLE_TRIGGER = `{
  "trigger": {
    "title": "Route refund requests to billing",
    "conditions": {
      "all": [
        { "field": "update_type", "operator": "is", "value": "Create" },
        { "field": "comment_includes_word", "operator": "includes", "value": "refund chargeback" }
      ],
      "any": []
    },
    "actions": [
      { "field": "group_id", "value": "20001" },
      { "field": "priority", "value": "high" },
      { "field": "assignee_id", "value": "current_user" }
    ]
  }
}`;

/** Where rules sit in each shape the importer accepts (see zendesk-trigger-schema.ts). */
function rulesIn(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (typeof json !== "object" || json === null) return [];
  const record = json as Record<string, unknown>;
  for (const key of ["trigger", "automation"]) if (key in record) return [record[key]];
  for (const key of ["triggers", "automations"]) if (key in record) return Array.isArray(record[key]) ? (record[key] as unknown[]) : [];
  return [json];
}

function groupIdsOf(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    if (typeof item !== "object" || item === null) return [];
    const { field, value } = item as { field?: unknown; value?: unknown };
    if (field !== "group_id") return [];
    return (typeof value === "string" && value.trim() !== "") || typeof value === "number" ? [String(value).trim()] : [];
  });
}

/**
 * The Zendesk group ids used by `group_id` conditions and actions, in order of first appearance, so the
 * page can offer one mapping row per group. Text that is not JSON (yet) has none.
 */
export function findGroupIds(text: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  const ids: string[] = [];
  for (const rule of rulesIn(json)) {
    if (typeof rule !== "object" || rule === null) continue;
    const { conditions, actions } = rule as { conditions?: { all?: unknown; any?: unknown } | null; actions?: unknown };
    for (const id of [...groupIdsOf(conditions?.all), ...groupIdsOf(conditions?.any), ...groupIdsOf(actions)]) {
      if (!ids.includes(id)) ids.push(id);
    }
  }
  return ids;
}

export interface GroupRow {
  groupId: string;
  queue: string;
}

/** Rows with both an id and a queue; later rows win for a repeated id. Undefined when nothing is mapped. */
export function groupNamesFromRows(rows: readonly GroupRow[]): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const row of rows) {
    const id = row.groupId.trim();
    const queue = row.queue.trim();
    if (id && queue) out[id] = queue;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Keeps the user's rows and adds an empty one for each detected group id that has no row yet. */
export function mergeDetectedGroups(rows: readonly GroupRow[], detected: readonly string[]): GroupRow[] {
  const known = new Set(rows.map((r) => r.groupId.trim()));
  return [...rows, ...detected.filter((id) => !known.has(id)).map((groupId) => ({ groupId, queue: "" }))];
}

export interface UnsupportedLocation {
  kind: "condition" | "action";
  group?: "all" | "any";
  index: number;
}

/** "conditions.all[4]" / "actions[0]": the place in the Zendesk JSON, as its own lists name it. */
export function locationOf(item: UnsupportedLocation): string {
  if (item.kind === "action") return `actions[${item.index}]`;
  return `conditions.${item.group ?? "all"}[${item.index}]`;
}

/** A Zendesk value for a table cell: strings as is, lists joined, nothing as an em dash. */
export function formatZendeskValue(value: unknown): string {
  if (value === undefined || value === null || value === "") return "—";
  if (Array.isArray(value)) return value.map((v) => formatZendeskValue(v)).join(" · ");
  return String(value);
}

export interface IssueRow {
  /** Dotted path into the pasted JSON (or the form field), "" for the whole text. */
  path: string;
  message: string;
}

/**
 * A failed conversion as rows to list: the server's per-path issues (data.zodError) when it sent any,
 * otherwise its message alone.
 */
export function issueRows(message: string, zodError: readonly IssueRow[] | null | undefined): IssueRow[] {
  if (zodError && zodError.length > 0) return zodError.map((i) => ({ path: i.path, message: i.message }));
  return [{ path: "", message }];
}

/** How an issue path reads on the page: "json" is the text box itself, "" the whole document. */
export function pathLabel(path: string): string {
  if (path === "" || path === "json") return "(whole text)";
  return path;
}

/** flows.create allows 120 characters; Zendesk titles can be longer. */
export function flowNameFor(title: string): string {
  const name = title.trim() || "Imported Zendesk rule";
  return name.length <= 120 ? name : `${name.slice(0, 119)}…`;
}
