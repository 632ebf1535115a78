import { describe, expect, it } from "vitest";
import { compile } from "@/workflows/compile";
import { errorsForField, indexErrors, NO_ERRORS } from "./error-index";

describe("error index", () => {
  it("pins compiler errors to their nodes and edges", () => {
    const result = compile({
      nodes: [
        { id: "t", type: "trigger", position: { x: 0, y: 0 }, data: { on: "ticket.created" } },
        { id: "r", type: "route", position: { x: 0, y: 0 }, data: { queue: "" } },
      ],
      edges: [
        { id: "ok", source: "t", target: "r", sourceHandle: "next" },
        { id: "bad", source: "t", target: "nowhere" },
      ],
    });
    expect(result.ok).toBe(false);
    const index = indexErrors(result.ok ? [] : result.errors);
    expect(index.byEdge.get("bad")?.[0]?.code).toBe("edge-unknown-target");
    expect(errorsForField(index.byNode.get("r"), "queue").map((e) => e.code)).toEqual(["invalid-config"]);
  });

  it("shares one empty index when the flow compiles", () => {
    expect(indexErrors([])).toBe(NO_ERRORS);
  });

  it("matches nested fields under a key but not keys that merely start alike", () => {
    const errors = [
      { code: "bad-regex" as const, message: "", field: "rules.rules.0.pattern" },
      { code: "invalid-config" as const, message: "", field: "rulesExtra" },
    ];
    expect(errorsForField(errors, "rules")).toHaveLength(1);
  });
});
