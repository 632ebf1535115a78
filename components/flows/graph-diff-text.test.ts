import { describe, expect, it } from "vitest";
import { diffGraphs } from "@/workflows/diff";
import { flow, n } from "@/workflows/compile/test-graphs";
import { summarizeDiff } from "./graph-diff-text";

describe("diff page text", () => {
  it("summarizes counts and says when only the layout changed", () => {
    // [t] ──▶ [r]  →  [t] ──▶ [r] ──▶ [e]   with t moved
    const before = flow({ t: n.trigger(), r: n.route("general") }, ["t -> r"]);
    const after = flow({ t: n.trigger(), r: n.route("general"), e: n.end() }, ["t -> r", "r -> e"]);
    expect(summarizeDiff(diffGraphs(before, after))).toBe("1 node added · 1 connection added.");
    const moved = structuredClone(before);
    moved.nodes[0]!.position.y = 99;
    expect(summarizeDiff(diffGraphs(before, moved))).toBe("1 node moved (layout only: tickets are handled the same way).");
    expect(summarizeDiff(diffGraphs(before, before))).toBe("No differences.");
  });
});
