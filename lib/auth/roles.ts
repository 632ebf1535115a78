/**
 * Who may do what: the one permission table every tRPC procedure and page checks on the server; the browser reads
 * the same table only to hide what a role cannot do. admin may do everything; the rest is listed per permission.
 */
export const ROLES = ["admin", "designer", "publisher", "agent", "manager"] as const;
export type Role = (typeof ROLES)[number];

const TABLE = {
  "flows.read": ["designer", "publisher", "agent", "manager"],
  "flows.edit": ["designer", "publisher"], // create flows, save drafts, import
  "flows.publish": ["publisher"], // publish, shadow-publish, rollback, set live
  "tickets.read": ["agent", "manager", "designer", "publisher"],
  "tickets.create": ["agent"],
  "tickets.act": ["agent"], // reply, write notes, change status, priority, assignee and queue
  "tickets.feedback": ["agent"], // flag AI replies and drafts, correct a ticket's intent
  "settings.read": ["manager"], // queues, dashboards, targets
  "settings.edit": [], // queues, agents, business hours, time zone and holidays
  "users.manage": [],
  "connections.manage": [], // helpdesk connections: their credentials, mappings and test calls
  "dataSources.manage": [], // data sources (HTTP lookups): their addresses, auth header values and test calls
  "audit.read": [],
  "history.read": ["designer", "publisher", "manager"], // the history audit and the tier map
  "history.import": ["designer", "publisher"], // upload helpdesk exports and CSV files
  "history.audit": ["designer", "publisher"], // run the history audit, which writes categories onto uncategorised tickets
  "tiers.edit": ["designer", "publisher"], // confirm tiers and escalation criteria
  "ai.train": ["designer", "publisher"], // train intent models and choose the active one
  "knowledge.read": ["designer", "publisher", "agent", "manager"], // KB articles, gap report, guardrails
  "knowledge.edit": ["designer", "publisher"], // write, import and review articles; edit guardrails
  "backtests.read": ["designer", "publisher", "manager"], // backtest runs, their metrics and changed tickets
  "backtests.run": ["designer", "publisher"], // replay a flow over the history
  "shadow.review": ["designer", "publisher"], // review shadow drafts, set the team's target, switch a category to autonomous (as a draft)
  "metrics.read": ["designer", "publisher", "manager"], // dashboards, targets, the weekly review
  "targets.edit": ["manager"], // set and retire quarterly targets
  "review.edit": ["designer", "publisher", "manager"], // check off the weekly review's items and write its notes
} satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof TABLE;

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function can(role: Role | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  if (role === "admin") return true;
  return (TABLE[permission] as readonly Role[]).includes(role);
}

/** The roles that have a permission, admin last: "the publisher or admin role". */
export function rolesWith(permission: Permission): Role[] {
  return [...(TABLE[permission] as readonly Role[]), "admin"];
}

const WHAT: Record<Permission, string> = {
  "flows.read": "Reading flows",
  "flows.edit": "Editing flows",
  "flows.publish": "Publishing",
  "tickets.read": "Reading tickets",
  "tickets.create": "Creating tickets",
  "tickets.act": "Replying to and changing tickets",
  "tickets.feedback": "Flagging AI replies",
  "settings.read": "Reading settings",
  "settings.edit": "Changing settings",
  "users.manage": "Managing users",
  "connections.manage": "Managing helpdesk connections",
  "dataSources.manage": "Managing data sources",
  "audit.read": "Reading the audit log",
  "history.read": "Reading the ticket-history audit",
  "history.import": "Importing ticket history",
  "history.audit": "Running the ticket-history audit",
  "tiers.edit": "Editing the tier map",
  "ai.train": "Training AI models",
  "knowledge.read": "Reading the knowledge base",
  "knowledge.edit": "Editing the knowledge base",
  "backtests.read": "Reading backtests",
  "backtests.run": "Running backtests",
  "shadow.review": "Reviewing shadow drafts",
  "metrics.read": "Reading dashboards",
  "targets.edit": "Setting targets",
  "review.edit": "Working the weekly review",
};

function article(word: string): string {
  return /^[aeiou]/.test(word) ? "an" : "a";
}

/** The sentence a refused user sees: "Publishing needs the publisher or admin role; you are a designer". */
export function forbiddenMessage(role: Role, permission: Permission): string {
  const roles = rolesWith(permission);
  const list = roles.length === 1 ? roles[0] : `${roles.slice(0, -1).join(", ")} or ${roles.at(-1)}`;
  return `${WHAT[permission]} needs the ${list} role; you are ${article(role)} ${role}`;
}
