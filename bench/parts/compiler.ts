import { compile } from "../../workflows/compile";

/** Compile time of a 200-node flow: the studio recompiles on every edit, so this bounds live validation. */
export function benchCompiler(): Record<string, unknown> {
  const nodes: unknown[] = [{ id: "t", type: "trigger", position: { x: 0, y: 0 }, data: { on: "ticket.created" } }];
  const edges: unknown[] = [];
  let previous = "t";
  for (let i = 0; i < 132; i++) {
    const id = `n${i}`;
    const isCondition = i % 2 === 0;
    nodes.push(
      isCondition
        ? { id, type: "condition", position: { x: i * 10, y: 0 }, data: { rules: { kind: "group", match: "any", rules: [{ kind: "rule", field: "ticket.text", op: "contains_any", values: [`word${i}`] }] } } }
        : { id, type: "tag", position: { x: i * 10, y: 0 }, data: { add: [`t${i}`] } },
    );
    edges.push({ id: `${previous}->${id}`, source: previous, target: id, sourceHandle: previous !== "t" && (i - 1) % 2 === 0 ? "true" : "next" });
    if (isCondition) {
      const endId = `end${i}`;
      nodes.push({ id: endId, type: "end", position: { x: i * 10, y: 100 }, data: {} });
      edges.push({ id: `${id}:false->${endId}`, source: id, target: endId, sourceHandle: "false" });
    }
    previous = id;
  }
  nodes.push({ id: "last", type: "end", position: { x: 0, y: 200 }, data: {} });
  edges.push({ id: `${previous}->last`, source: previous, target: "last", sourceHandle: previous.startsWith("n") && Number(previous.slice(1)) % 2 === 0 ? "true" : "next" });
  const graph = { nodes, edges };
  const first = compile(graph);
  if (!first.ok) throw new Error(`bench graph does not compile: ${first.errors[0]?.message}`);
  const runs = 200;
  const started = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) compile(graph);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { nodes: nodes.length, compileMs: +(ms / runs).toFixed(2) };
}
