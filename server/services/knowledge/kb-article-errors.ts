import "server-only";
import { ServiceError } from "../lib/service-error";

/** The article (or guardrail) asked for does not exist (any more). */
export class KbNotFoundError extends ServiceError {
  constructor(what: string, id: string) {
    super("not-found", `${what} ${id} does not exist; it may have been deleted.`);
  }
}

/** Someone saved the article since the editor loaded it. */
export class KbConflictError extends ServiceError {
  constructor(updatedAt: Date) {
    super("conflict", `The article was changed by someone else at ${updatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC; reload it before saving.`);
  }
}
