import type { PrismaClient } from "@prisma/client";

export interface Decision {
  /** When the run's decisions were written: FlowRun.decidedAt, else when this watcher first saw it waiting or done. */
  at: number;
  from: "decidedAt" | "poll";
  workflowId: string;
}

const POLL_MS = 100;
/** Above this many open tickets a poll costs the database enough to skew what it measures: poll less often. */
const BUSY_PENDING = 2_000;
const BUSY_POLL_MS = 500;

type Row = { externalId: string; workflowId: string; status: string; decidedAt: Date | null };

/**
 * Watches the bench's tickets for their live run's decisions. FlowRun.decidedAt is the measure; a run without
 * it (a driver that does not set it) counts from the first poll that finds it waiting or finished, so those
 * times are late by up to a poll interval. A run that failed is never decided.
 */
export class DecisionWatcher {
  readonly decided = new Map<string, Decision>();
  readonly failed = new Set<string>();
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly source: string,
  ) {}

  watch(externalId: string): void {
    this.pending.add(externalId);
  }

  /** A ticket the webhook refused: nothing will decide it. */
  forget(externalId: string): void {
    this.pending.delete(externalId);
  }

  get open(): number {
    return this.pending.size;
  }

  start(): void {
    const tick = () => {
      this.polling = this.poll().finally(() => {
        if (this.timer !== undefined) this.timer = setTimeout(tick, this.pending.size > BUSY_PENDING ? BUSY_POLL_MS : POLL_MS);
      });
    };
    this.timer = setTimeout(tick, POLL_MS);
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.polling;
  }

  /** Waits until every watched ticket is decided or failed, or until `deadline` (Date.now()). True when none is left. */
  async drain(deadline: number): Promise<boolean> {
    while (this.pending.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    return this.pending.size === 0;
  }

  /**
   * Once polling has stopped: decisions timed by a poll take FlowRun.decidedAt where it has been set since (a driver
   * that writes the status before the decision time). Returns how many still have none.
   */
  async preferDecidedAt(): Promise<number> {
    const polled = [...this.decided].filter(([, d]) => d.from === "poll").map(([externalId]) => externalId);
    if (polled.length === 0) return 0;
    const rows = await this.prisma.$queryRaw<Array<{ externalId: string; decidedAt: Date }>>`
      SELECT t."externalId", r."decidedAt"
      FROM "FlowRun" r JOIN "Ticket" t ON t.id = r."ticketId"
      WHERE t.source = ${this.source} AND t."externalId" = ANY(${polled}::text[]) AND r.shadow = false AND r."decidedAt" IS NOT NULL`;
    for (const row of rows) {
      const d = this.decided.get(row.externalId);
      if (d) this.decided.set(row.externalId, { ...d, at: row.decidedAt.getTime(), from: "decidedAt" });
    }
    return polled.length - rows.length;
  }

  private async poll(): Promise<void> {
    if (this.pending.size === 0) return;
    const seenAt = Date.now();
    const rows = await this.prisma.$queryRaw<Row[]>`
      SELECT t."externalId", r."workflowId", r.status::text AS status, r."decidedAt"
      FROM "FlowRun" r JOIN "Ticket" t ON t.id = r."ticketId"
      WHERE t.source = ${this.source} AND t."externalId" = ANY(${[...this.pending]}::text[]) AND r.shadow = false
        AND (r.status <> 'running' OR r."decidedAt" IS NOT NULL)`;
    for (const row of rows) {
      if (!this.pending.delete(row.externalId)) continue;
      if (row.decidedAt !== null) this.decided.set(row.externalId, { at: row.decidedAt.getTime(), from: "decidedAt", workflowId: row.workflowId });
      else if (row.status === "failed") this.failed.add(row.externalId);
      else this.decided.set(row.externalId, { at: seenAt, from: "poll", workflowId: row.workflowId });
    }
  }
}
