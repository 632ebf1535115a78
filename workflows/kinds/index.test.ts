import { describe, expect, it } from "vitest";
import { NODE_DATA_SCHEMAS, NODE_KINDS, RESTING_KINDS } from "../model/nodes";
import { KINDS, kindDef } from "./index";

describe("the kind registry", () => {
  it("defines every kind, in the schemas' order", () => {
    expect(Object.keys(KINDS)).toEqual(NODE_KINDS);
  });

  it.each(NODE_KINDS)("%s lives in kinds/%s.ts, which holds its definition and the schema the model uses", async (kind) => {
    const module: Record<string, unknown> = await import(`./${kind}.ts`);
    const exported = Object.values(module);
    expect(exported).toContain(KINDS[kind]);
    expect(exported).toContain(NODE_DATA_SCHEMAS[kind]);
    expect(kindDef(kind).schema).toBe(NODE_DATA_SCHEMAS[kind]);
    expect(kindDef(kind).title).not.toBe("");
  });

  it("rests at exactly the kinds that can be woken", () => {
    expect([...RESTING_KINDS]).toEqual(["wait-for", "sla-timer"]);
    expect(NODE_KINDS.filter((kind) => kindDef(kind).wake !== undefined)).toEqual([...RESTING_KINDS]);
  });
});
