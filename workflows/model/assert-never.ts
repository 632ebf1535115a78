/** The `default` of an exhaustive switch: a new variant becomes a compile error there, and a corrupt value fails loudly. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled variant: ${JSON.stringify(value)}`);
}
