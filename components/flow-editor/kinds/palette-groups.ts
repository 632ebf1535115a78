import { NODE_KINDS, type TNodeKind } from "@/workflows/model";
import { EDITOR_KINDS } from ".";
import { PALETTE_GROUP_TITLES } from "./kind-def";

/** The palette's sections; within one, kinds keep the flow model's order. */
export const PALETTE_GROUPS: ReadonlyArray<{ title: string; kinds: readonly TNodeKind[] }> = PALETTE_GROUP_TITLES.map((title) => ({
  title,
  kinds: NODE_KINDS.filter((kind) => EDITOR_KINDS[kind].group === title),
}));
