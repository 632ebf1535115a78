import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { NODE_DATA_SCHEMAS, NODE_KINDS } from "@/workflows/model";
import { EDITOR_KINDS, defaultData, nodeTypes } from ".";
import { PALETTE_GROUP_TITLES } from "./kind-def";
import { PALETTE_GROUPS } from "./palette-groups";

const schemaKeys = (kind: (typeof NODE_KINDS)[number]) => Object.keys((NODE_DATA_SCHEMAS[kind] as unknown as z.ZodObject).shape);

describe("editor kinds", () => {
  it("has a module and a canvas node for every kind of the model, each filed under its own kind", () => {
    expect(Object.keys(EDITOR_KINDS).sort()).toEqual([...NODE_KINDS].sort());
    for (const kind of NODE_KINDS) {
      expect(EDITOR_KINDS[kind].kind).toBe(kind);
      expect(nodeTypes[kind]).toBe(EDITOR_KINDS[kind].Node);
    }
  });

  it("lists every kind once in the palette, in the model's order within each group", () => {
    expect(PALETTE_GROUPS.map((g) => g.title)).toEqual([...PALETTE_GROUP_TITLES]);
    expect(PALETTE_GROUPS.every((g) => g.kinds.length > 0)).toBe(true);
    const listed = PALETTE_GROUPS.flatMap((g) => g.kinds);
    expect([...listed].sort()).toEqual([...NODE_KINDS].sort());
    for (const g of PALETTE_GROUPS) expect(g.kinds).toEqual(NODE_KINDS.filter((k) => g.kinds.includes(k)));
    expect(PALETTE_GROUPS[0]?.kinds).toEqual(["trigger"]);
  });

  it("starts new nodes with fresh data that names only fields of the kind's schema", () => {
    for (const kind of NODE_KINDS) {
      const data = defaultData(kind);
      expect(data).not.toBe(defaultData(kind));
      expect(schemaKeys(kind)).toEqual(expect.arrayContaining(Object.keys(data)));
    }
    const cases = defaultData("switch").cases as Array<{ rules: object }>;
    expect(cases[0]?.rules).not.toBe((defaultData("switch").cases as Array<{ rules: object }>)[0]?.rules);
  });

  it("gives panel hints only for fields the kind's schema has", () => {
    for (const kind of NODE_KINDS) expect(schemaKeys(kind)).toEqual(expect.arrayContaining(Object.keys(EDITOR_KINDS[kind].fields ?? {})));
  });
});
