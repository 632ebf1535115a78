import "server-only";
import { ServiceError } from "../lib/service-error";

/** Someone saved the tier map after this user loaded it; saving now would silently undo their change. */
export class TierMapConflictError extends ServiceError {
  constructor(
    readonly expectedVersion: number,
    readonly latestVersion: number,
    readonly latestAuthor: string | null,
  ) {
    const by = latestAuthor === null ? "" : ` by ${latestAuthor}`;
    super(
      "conflict",
      expectedVersion === 0
        ? `The tier map was saved as version ${latestVersion}${by} since you opened it; reload to see that version, then make your changes again.`
        : `You edited version ${expectedVersion}, but version ${latestVersion} was saved${by} since; reload to see it, then make your changes again.`,
    );
  }
}
