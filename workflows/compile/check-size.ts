import { graphBoundsProblems } from "../model/graph-bounds";
import type { CompileError } from "../model/plan";
import { compileError } from "./context";

/**
 * Runs before everything else, on the raw input: a graph over the size limits (steps, connections, id
 * lengths, flow settings) is refused with one sentence per limit and no further work. Each step's own
 * settings are measured when that step is parsed, so the error can name the step.
 */
export function checkSize(input: unknown): CompileError[] {
  return graphBoundsProblems(input, { nodeData: false }).map((p) => compileError({ code: "too-large", message: p.message, field: p.path || undefined }));
}
