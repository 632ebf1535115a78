import { kindDef } from "../kinds";
import { outputHandles, type HandleSpec } from "../model/handles";
import { settingsBoundsProblems } from "../model/data-bounds";
import { NODE_DATA_SCHEMAS, isNodeKind, type TNodeKind } from "../model/nodes";
import type { CompileError } from "../model/plan";
import { compileError, quote, type CompileNode, type ParsedConfig } from "./context";
import { nodeName } from "./describe-node";
import { PARSE_OPTIONS, describeIssues } from "./zod-issues";

interface LooseNode {
  id: string;
  type: string;
  data?: unknown;
}

/**
 * Parses one node's config with its kind's schema. A node that fails still joins the graph (with
 * what can be known about its outputs) so edge and reachability checks do not cascade from it.
 */
export function parseNode(raw: LooseNode, index: number): { node: CompileNode; errors: CompileError[] } {
  if (!isNodeKind(raw.type)) {
    const node: CompileNode = { index, id: raw.id, type: raw.type, kind: undefined, rawData: raw.data, parsed: undefined, name: nodeName(raw.id, undefined, raw.data), handles: undefined };
    const message = `${node.name}: there is no node type ${quote(raw.type)}; it may come from a newer version of the studio`;
    return { node, errors: [compileError({ code: "unknown-node-type", message, nodeId: raw.id, field: "type" })] };
  }
  const kind = raw.type;
  const name = nodeName(raw.id, kind, raw.data);
  // Measured before the schema reads it: a rule tree nested thousands deep would overflow zod's recursion.
  const bounds = settingsBoundsProblems(raw.data);
  if (bounds.length > 0) {
    const node: CompileNode = { index, id: raw.id, type: raw.type, kind, rawData: raw.data, parsed: undefined, name, handles: undefined };
    const errors = bounds.map((p) => compileError({ code: "too-large", message: `${name}: ${p.text}`, nodeId: raw.id, field: p.field || undefined }));
    return { node, errors };
  }
  const result = NODE_DATA_SCHEMAS[kind].safeParse(raw.data, PARSE_OPTIONS);
  if (result.success) {
    // The schema was chosen by `kind`, so the pairing holds; TypeScript cannot follow the lookup.
    const parsed = { kind, data: result.data } as ParsedConfig;
    const handles = outputHandles(kind, parsed.data as never);
    return { node: { index, id: raw.id, type: raw.type, kind, rawData: raw.data, parsed, name, handles }, errors: [] };
  }
  const errors = describeIssues(result.error.issues, raw.data).map((issue) =>
    compileError({ code: "invalid-config", message: `${name}: ${issue.message}`, nodeId: raw.id, field: issue.field || undefined }),
  );
  const node: CompileNode = { index, id: raw.id, type: raw.type, kind, rawData: raw.data, parsed: undefined, name, handles: guessHandles(kind, raw.data) };
  return { node, errors };
}

/** Outputs of a node whose config did not parse, as far as its kind can tell them from the raw data. */
function guessHandles(kind: TNodeKind, rawData: unknown): readonly HandleSpec[] | undefined {
  const def = kindDef(kind);
  return def.outputsOfUnparsed !== undefined ? def.outputsOfUnparsed(rawData) : def.outputs(undefined);
}
