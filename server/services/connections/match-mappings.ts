import "server-only";
import type { TRemoteEntity } from "../../helpdesk/contract";

export type TMatchSource = "saved" | "suggested" | null;

export interface TQueueMatch {
  /** The studio queue's name. */
  local: string;
  remoteId: string | null;
  remoteName: string | null;
  source: TMatchSource;
}

export interface TAgentMatch extends TQueueMatch {
  /** The agent's name, for the editor; `local` is their email. */
  name: string;
}

interface Saved {
  local: string;
  remoteId: string;
  remoteName: string | null;
}

/** "Billing EMEA", "billing-emea" and "billing_emea" are one name. */
export function sameName(a: string, b: string): boolean {
  return squash(a) === squash(b);
}

function squash(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, "");
}

/** Each queue's saved group, else the group with its name, else none. */
export function matchQueues(queues: readonly string[], groups: readonly TRemoteEntity[], saved: readonly Saved[]): TQueueMatch[] {
  const byLocal = new Map(saved.map((m) => [m.local, m]));
  return queues.map((local) => {
    const kept = byLocal.get(local);
    if (kept) return { local, remoteId: kept.remoteId, remoteName: nameOf(groups, kept), source: "saved" };
    const group = groups.find((g) => sameName(g.name, local));
    return group ? { local, remoteId: group.id, remoteName: group.name, source: "suggested" } : { local, remoteId: null, remoteName: null, source: null };
  });
}

/** Each agent's saved user, else the user with their email, else the one with their name, else none. */
export function matchAgents(agents: ReadonlyArray<{ email: string; name: string }>, users: readonly TRemoteEntity[], saved: readonly Saved[]): TAgentMatch[] {
  const byLocal = new Map(saved.map((m) => [m.local.toLowerCase(), m]));
  return agents.map(({ email, name }) => {
    const local = email.toLowerCase();
    const kept = byLocal.get(local);
    if (kept) return { local, name, remoteId: kept.remoteId, remoteName: nameOf(users, kept), source: "saved" };
    const user = users.find((u) => u.email != null && u.email.toLowerCase() === local) ?? users.find((u) => sameName(u.name, name));
    return user ? { local, name, remoteId: user.id, remoteName: user.name, source: "suggested" } : { local, name, remoteId: null, remoteName: null, source: null };
  });
}

/** The helpdesk's current name for a saved mapping, or the name saved with it when the helpdesk no longer lists it. */
function nameOf(remotes: readonly TRemoteEntity[], saved: Saved): string | null {
  return remotes.find((r) => r.id === saved.remoteId)?.name ?? saved.remoteName;
}
