"use client";

import { Badge } from "@/components/ui/Badge";
import { cx } from "@/components/ui/cx";
import { RelativeTime } from "./RelativeTime";
import type { TConnectionRow } from "./types";

type Status = Pick<TConnectionRow, "enabled" | "lastEventAt" | "lastCallAt" | "lastError" | "lastErrorAt" | "secretsUnreadable">;

export function EnabledBadge({ connection }: { connection: Pick<Status, "enabled" | "secretsUnreadable"> }) {
  if (connection.secretsUnreadable) return <Badge tone="red" title="The saved secrets no longer open with this workspace’s key; enter them again">Secrets lost</Badge>;
  return connection.enabled ? <Badge tone="green">On</Badge> : <Badge>Off</Badge>;
}

/** The last error with when it happened; greyed once a later call worked, since it no longer describes the present. */
export function LastError({ connection, now }: { connection: Pick<Status, "lastError" | "lastErrorAt" | "lastCallAt">; now: Date }) {
  if (connection.lastError === null) return <span className="text-zinc-500">None</span>;
  const past = connection.lastCallAt !== null && connection.lastErrorAt !== null && new Date(connection.lastCallAt) > new Date(connection.lastErrorAt);
  return (
    <span className={cx("block", past ? "text-zinc-600" : "text-red-800")}>
      <span className="line-clamp-2 break-words">{connection.lastError}</span>
      <span className={cx("text-xs", past ? "text-zinc-500" : "text-red-700/80")}>
        <RelativeTime value={connection.lastErrorAt} now={now} />
        {past && " · calls since then worked"}
      </span>
    </span>
  );
}

/** The connection's status as a definition list: on or off, last event received, last call made, last error. */
export function ConnectionStatus({ connection, now }: { connection: Status; now: Date }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-[13px] sm:grid-cols-4">
      <div>
        <dt className="text-xs font-medium text-zinc-500">Status</dt>
        <dd className="mt-0.5">
          <EnabledBadge connection={connection} />
        </dd>
      </div>
      <div>
        <dt className="text-xs font-medium text-zinc-500">Last event received</dt>
        <dd className="mt-0.5 text-zinc-800">
          <RelativeTime value={connection.lastEventAt} now={now} never="None yet" />
        </dd>
      </div>
      <div>
        <dt className="text-xs font-medium text-zinc-500">Last call made</dt>
        <dd className="mt-0.5 text-zinc-800">
          <RelativeTime value={connection.lastCallAt} now={now} never="None yet" />
        </dd>
      </div>
      <div>
        <dt className="text-xs font-medium text-zinc-500">Last error</dt>
        <dd className="mt-0.5">
          <LastError connection={connection} now={now} />
        </dd>
      </div>
    </dl>
  );
}
