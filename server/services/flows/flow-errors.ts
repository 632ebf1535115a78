/** The flow services' refusals: each a ServiceError whose kind gives its tRPC code and the CLI's exit status. */
import "server-only";
import type { CompileError } from "../../../workflows/model/plan";
import { nameTakenMessage } from "../../../lib/flows/flow-details";
import { planTooLargeMessage } from "../../../workflows/compile/plan-size";
import { ServiceError } from "../lib/service-error";

/** The graph does not compile; `errors` is the compiler's full list, each naming its node, edge or field. */
export class FlowCompileError extends ServiceError {
  constructor(readonly errors: CompileError[]) {
    super("invalid", `The flow does not compile (${errors.length} ${errors.length === 1 ? "problem" : "problems"}): ${errors.map(describeCompileError).join("; ")}`);
  }
}

export function describeCompileError(e: CompileError): string {
  return `${e.nodeId ?? e.edgeId ?? "graph"}${e.field ? ` (${e.field})` : ""}: ${e.message}`;
}

export class FlowNotFoundError extends ServiceError {
  constructor(flowId: string) {
    super("not-found", `There is no flow with id "${flowId}".`);
  }
}

export class FlowVersionNotFoundError extends ServiceError {
  constructor(versionId: string, flowId?: string) {
    super("not-found", flowId === undefined ? `There is no flow version with id "${versionId}".` : `Flow "${flowId}" has no version with id "${versionId}".`);
  }
}

export class UnknownTemplateError extends ServiceError {
  constructor(slug: string, known: readonly string[]) {
    super("invalid", `There is no template "${slug}"; the templates are ${known.map((s) => `"${s}"`).join(", ")}.`);
  }
}

/** The draft is not even a loose flow graph (e.g. a node without an id); `issues` name each field. */
export class InvalidDraftError extends ServiceError {
  constructor(readonly issues: Array<{ path: string; message: string }>) {
    super("invalid", `The draft is not a flow graph: ${issues.map((i) => `${i.path || "graph"}: ${i.message}`).join("; ")}`);
  }
}

/** The draft is over a size limit of workflows/model/limits.ts; each message names the limit and the actual size. */
export class DraftTooLargeError extends ServiceError {
  constructor(readonly problems: string[]) {
    super("invalid", `${problems.join(". ")}.`);
  }
}

/** The compiled plan is more than the live engine takes as workflow input (MAX_PLAN_BYTES). */
export class PlanTooLargeError extends ServiceError {
  constructor(readonly bytes: number, limit: number) {
    super("invalid", planTooLargeMessage(bytes, limit));
  }
}


/** The request makes sense but not in the flow's current state (nothing new to publish, nothing active to shadow). */
export class FlowStateError extends ServiceError {
  constructor(message: string) {
    super("conflict", message);
  }
}

/** Another flow already has this name (names are compared trimmed and ignoring case). */
export class FlowNameTakenError extends ServiceError {
  constructor(readonly flowName: string) {
    super("conflict", nameTakenMessage(flowName), { field: "name" });
  }
}

/** A name or description a person typed that cannot be kept as it is; `field` says which. */
export class InvalidFlowDetailsError extends ServiceError {
  constructor(field: "name" | "description", message: string) {
    super("invalid", message, { field });
  }
}
