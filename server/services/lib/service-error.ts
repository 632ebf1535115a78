import "server-only";
/**
 * What kind of refusal a service error is. It says what is wrong with the request, not how a caller reports it:
 * the tRPC layer turns each kind into a code (server/api/service-error-code.ts), the CLI into an exit status.
 */
export type ServiceErrorKind = "not-found" | "conflict" | "invalid" | "forbidden";

/**
 * An error a service throws on purpose: the request cannot be done as asked, and `message` says why in words the
 * user can act on. Domain errors extend it (FlowCompileError, KbConflictError, ...) to carry more detail. Anything
 * else a service throws is a fault and answers as one.
 */
export class ServiceError extends Error {
  /**
   * The input the refusal is about (its path in the request, e.g. "name"), when it is about one: forms show the
   * message under that field (the tRPC layer sends it as data.fieldErrors).
   */
  readonly field: string | undefined;

  constructor(
    readonly kind: ServiceErrorKind,
    message: string,
    options?: ErrorOptions & { field?: string },
  ) {
    super(message, options);
    this.name = new.target.name;
    this.field = options?.field;
  }
}
