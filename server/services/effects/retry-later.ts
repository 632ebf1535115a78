import "server-only";

/**
 * An effect that failed for now and is worth another try, no sooner than `afterMs` when the other side said when
 * (a helpdesk's Retry-After). Services throw it; the activity layer turns it into a retry at that delay.
 */
export class RetryLater extends Error {
  override readonly name = "RetryLater";
  constructor(
    message: string,
    readonly afterMs: number | null,
  ) {
    super(message);
  }
}
