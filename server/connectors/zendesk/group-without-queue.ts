import "server-only";

/**
 * Why a Zendesk group's condition or action was not converted: nobody said which queue the group is. `hint` is
 * how the caller lets a person say so (the import dialog has a table, the CLI an option), after the colon.
 */
export function groupWithoutQueue(id: string, hint?: (groupId: string) => string): string {
  return `Zendesk group ${id} has no queue yet: ${hint?.(id) ?? "say which queue it is, then convert again"}`;
}
