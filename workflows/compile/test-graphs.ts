import type { CompileError, CompileResult } from "../model/plan";

/**
 * A tiny builder for compiler tests: nodes as a record of id → kind helper, edges as "a -> b" or
 * "a:true -> b" strings (edge id = the string without spaces), so a test graph reads like its diagram.
 * Data is deliberately untyped: tests feed the compiler broken configs on purpose.
 */
export interface NodeSpec {
  type: string;
  data: Record<string, unknown>;
}

export interface EdgeSpec {
  id: string;
  source: string;
  target: string;
  sourceHandle?: string | null;
}

export function flow(nodes: Record<string, NodeSpec>, edges: ReadonlyArray<string | EdgeSpec> = [], settings?: unknown) {
  return {
    nodes: Object.entries(nodes).map(([id, spec], i) => ({ id, type: spec.type, position: { x: i * 240, y: 0 }, data: spec.data })),
    edges: edges.map((e) => (typeof e === "string" ? edge(e) : e)),
    ...(settings === undefined ? {} : { settings }),
  };
}

function edge(text: string): EdgeSpec {
  const match = /^\s*([^\s:]+)(?::(\S+))?\s*->\s*(\S+)\s*$/.exec(text);
  if (match === null) throw new Error(`Bad edge spec ${JSON.stringify(text)}; write "a -> b" or "a:handle -> b"`);
  const [, source, handle, target] = match as unknown as [string, string, string | undefined, string];
  return { id: text.replace(/\s+/g, ""), source, target, ...(handle === undefined ? {} : { sourceHandle: handle }) };
}

const node = (type: string, data: Record<string, unknown>): NodeSpec => ({ type, data });

export const n = {
  trigger: (on = "ticket.created") => node("trigger", { on }),
  condition: (rules: unknown) => node("condition", { rules }),
  switch: (...cases: Array<[id: string, label: string, rules: unknown]>) =>
    node("switch", { cases: cases.map(([id, label, rules]) => ({ id, label, rules })) }),
  classify: () => node("classify-intent", {}),
  sentiment: () => node("detect-sentiment", {}),
  score: (...boosts: Array<[id: string, rules: unknown, points: number]>) =>
    node("score-priority", { boosts: boosts.map(([id, rules, points]) => ({ id, label: id, rules, points })) }),
  route: (queue: string) => node("route", { queue }),
  aiReply: (threshold: unknown, mode = "autonomous") => node("ai-reply", { threshold, mode }),
  waitFor: (timeout: string) => node("wait-for", { event: "customer.replied", timeout }),
  sla: (within: string) => node("sla-timer", { target: "first-response", within }),
  escalate: (reason = "Needs a human", queue?: string) => node("escalate", { reason, ...(queue === undefined ? {} : { queue }) }),
  notify: (channel = "#support") => node("notify", { channel, message: "Heads up" }),
  tag: (...add: string[]) => node("tag", { add }),
  resolve: () => node("resolve", {}),
  csat: () => node("csat-survey", {}),
  end: () => node("end", {}),
  raw: node,
};

export function labelled(label: string, spec: NodeSpec): NodeSpec {
  return { ...spec, data: { ...spec.data, label } };
}

export const all = (...rules: unknown[]) => ({ kind: "group", match: "all", rules });
export const any = (...rules: unknown[]) => ({ kind: "group", match: "any", rules });
export const not = (...rules: unknown[]) => ({ kind: "group", match: "not", rules });
export const rule = (field: string, op: string, extra: Record<string, unknown> = {}) => ({ kind: "rule", field, op, ...extra });
export const eq = (field: string, value: unknown) => rule(field, "equals", { value });

/** The parts of an error a test asserts on; messages are checked separately where they matter. */
export type ErrorShape = Omit<CompileError, "message">;

export function errorsOf(result: CompileResult): ErrorShape[] {
  if (result.ok) return [];
  return result.errors.map(({ message: _message, ...rest }) => rest);
}

export function messagesOf(result: CompileResult): string[] {
  return result.ok ? [] : result.errors.map((e) => e.message);
}
