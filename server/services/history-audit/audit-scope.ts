import "server-only";
import { Prisma } from "@prisma/client";

/** Which tickets an audit looks at: those of the given sources (all when none), created up to `now`. */
export interface AuditScope {
  sources: readonly string[];
  now: Date;
}

/** The label of tickets that still have no category (only when categorising found nothing to go on). */
export const UNCATEGORISED = "Uncategorised";

/**
 * A timestamp parameter compared with Prisma's `timestamp(3)` columns, which hold UTC wall-clock time: passing the
 * ISO string through timestamptz makes the comparison independent of the server's and the process's time zone.
 */
export function sqlTime(date: Date): Prisma.Sql {
  return Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
}

/** The WHERE condition selecting the scope's tickets, for a `"Ticket"` aliased `t`. */
export function ticketsInScope(scope: AuditScope): Prisma.Sql {
  const created = Prisma.sql`t."createdAt" <= ${sqlTime(scope.now)}`;
  if (scope.sources.length === 0) return created;
  return Prisma.sql`${created} AND t.source IN (${Prisma.join([...scope.sources])})`;
}
