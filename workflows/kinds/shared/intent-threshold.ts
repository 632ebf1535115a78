/** The node's threshold for this intent, when ops set one (own property only: intents are data). */
export function ownThreshold(byIntent: Record<string, number>, intent: string | null): number | undefined {
  return intent !== null && Object.prototype.hasOwnProperty.call(byIntent, intent) ? byIntent[intent] : undefined;
}

/**
 * The node's mode for this intent, when one was switched on its own (own property only, as above). Plans published
 * before modes per intent existed carry none, and runs in flight keep their plan: absent means no override.
 */
export function ownMode<M extends string>(byIntent: Record<string, M> | undefined, intent: string | null): M | undefined {
  return byIntent !== undefined && intent !== null && Object.prototype.hasOwnProperty.call(byIntent, intent) ? byIntent[intent] : undefined;
}
