/** The article (or guardrail) asked for does not exist (any more). */
export class KbNotFoundError extends Error {
  constructor(what: string, id: string) {
    super(`${what} ${id} does not exist; it may have been deleted.`);
    this.name = "KbNotFoundError";
  }
}

/** Someone saved the article since the editor loaded it. */
export class KbConflictError extends Error {
  constructor(updatedAt: Date) {
    super(`The article was changed by someone else at ${updatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC; reload it before saving.`);
    this.name = "KbConflictError";
  }
}
