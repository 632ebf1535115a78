import type { CompileError } from "../../../workflows/model/plan";

/**
 * Errors the flow services throw on purpose, each with the tRPC code it maps to, so routers turn them
 * into answers without knowing every case (server/api/routers/flows/service-error.ts).
 */
export type FlowErrorCode = "NOT_FOUND" | "BAD_REQUEST" | "CONFLICT";

export class FlowServiceError extends Error {
  constructor(
    readonly code: FlowErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The graph does not compile; `errors` is the compiler's full list, each naming its node, edge or field. */
export class FlowCompileError extends FlowServiceError {
  constructor(readonly errors: CompileError[]) {
    super("BAD_REQUEST", `The flow does not compile (${errors.length} ${errors.length === 1 ? "problem" : "problems"}): ${errors.map(describeCompileError).join("; ")}`);
  }
}

export function describeCompileError(e: CompileError): string {
  return `${e.nodeId ?? e.edgeId ?? "graph"}${e.field ? ` (${e.field})` : ""}: ${e.message}`;
}

export class FlowNotFoundError extends FlowServiceError {
  constructor(flowId: string) {
    super("NOT_FOUND", `There is no flow with id "${flowId}".`);
  }
}

export class FlowVersionNotFoundError extends FlowServiceError {
  constructor(versionId: string, flowId?: string) {
    super("NOT_FOUND", flowId === undefined ? `There is no flow version with id "${versionId}".` : `Flow "${flowId}" has no version with id "${versionId}".`);
  }
}

export class UnknownTemplateError extends FlowServiceError {
  constructor(slug: string, known: readonly string[]) {
    super("BAD_REQUEST", `There is no template "${slug}"; the templates are ${known.map((s) => `"${s}"`).join(", ")}.`);
  }
}

/** The draft is not even a loose flow graph (e.g. a node without an id); `issues` name each field. */
export class InvalidDraftError extends FlowServiceError {
  constructor(readonly issues: Array<{ path: string; message: string }>) {
    super("BAD_REQUEST", `The draft is not a flow graph: ${issues.map((i) => `${i.path || "graph"}: ${i.message}`).join("; ")}`);
  }
}

/** The request makes sense but not in the flow's current state (nothing new to publish, nothing active to shadow). */
export class FlowStateError extends FlowServiceError {
  constructor(message: string) {
    super("CONFLICT", message);
  }
}
