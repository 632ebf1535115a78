import type { CompileError } from "@/workflows/model";

/** Compile errors grouped by where the canvas pins them. */
export interface ErrorIndex {
  all: readonly CompileError[];
  byNode: ReadonlyMap<string, CompileError[]>;
  byEdge: ReadonlyMap<string, CompileError[]>;
}

export const NO_ERRORS: ErrorIndex = { all: [], byNode: new Map(), byEdge: new Map() };

export function indexErrors(errors: readonly CompileError[]): ErrorIndex {
  if (errors.length === 0) return NO_ERRORS;
  const byNode = new Map<string, CompileError[]>();
  const byEdge = new Map<string, CompileError[]>();
  const push = (map: Map<string, CompileError[]>, key: string, e: CompileError) => {
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  };
  for (const e of errors) {
    if (e.nodeId !== undefined) push(byNode, e.nodeId, e);
    if (e.edgeId !== undefined) push(byEdge, e.edgeId, e);
  }
  return { all: errors, byNode, byEdge };
}

/** Errors about one field of a node's config: the field itself or anything nested under it. */
export function errorsForField(errors: readonly CompileError[] | undefined, field: string): CompileError[] {
  if (!errors) return [];
  return errors.filter((e) => e.field === field || (e.field?.startsWith(`${field}.`) ?? false));
}
