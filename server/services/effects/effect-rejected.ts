import "server-only";
/**
 * An effect that can never succeed however often it is retried (a queue that does not exist, a ticket
 * that was deleted). Services throw it; the activity layer turns it into a non-retryable failure so the
 * flow learns at once instead of after minutes of retries.
 */
export class EffectRejected extends Error {
  override readonly name = "EffectRejected";
}
