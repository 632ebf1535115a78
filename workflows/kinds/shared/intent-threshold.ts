/** The node's threshold for this intent, when ops set one (own property only: intents are data). */
export function ownThreshold(byIntent: Record<string, number>, intent: string | null): number | undefined {
  return intent !== null && Object.prototype.hasOwnProperty.call(byIntent, intent) ? byIntent[intent] : undefined;
}
