import type { NodeProps } from "@xyflow/react";
import type { LucideIcon } from "lucide-react";
import type { ComponentType, ReactNode } from "react";
import type { TNodeData, TNodeKind } from "@/workflows/model";
import type { SpecialEditor } from "../lib/schema-fields";
import type { EditorNode, EditorNodeData } from "../lib/types";
import type { Accent } from "./accent-classes";

/** Palette sections, in the order a flow is usually built. */
export const PALETTE_GROUP_TITLES = ["Start", "Decide", "Act", "Wait", "Finish"] as const;
export type PaletteGroup = (typeof PALETTE_GROUP_TITLES)[number];

/**
 * How the config panel shows one field when the schema alone does not say: a clearer label, a multi-line
 * text box, a duration input, or a special editor for shapes with no generic control (rule trees, maps).
 */
export interface FieldHint {
  label?: string;
  control?: "multiline" | "duration" | SpecialEditor;
}

/** What a kind's editor module declares; `defineEditorKind` adds the canvas component. */
export interface EditorKindSpec<K extends TNodeKind> {
  kind: K;
  icon: LucideIcon;
  accent: Accent;
  group: PaletteGroup;
  /**
   * The config a new node starts with: the schema's defaults plus placeholders the user must fill, so a
   * fresh node shows what it still needs as compile errors instead of failing silently.
   */
  defaults: () => { [F in keyof TNodeData<K>]?: unknown };
  /** The lines under the node's label on the canvas. The data may be half-edited, so read it with the node-summary readers. */
  summary: (data: EditorNodeData) => ReactNode;
  fields?: { [F in keyof TNodeData<K>]?: FieldHint };
}

export interface EditorKindDef<K extends TNodeKind> extends EditorKindSpec<K> {
  /** The canvas node React Flow renders for this kind. */
  Node: ComponentType<NodeProps<EditorNode>>;
}

/** Shared by the kinds that gate on classifier confidence. */
export const THRESHOLDS_BY_INTENT_FIELD: FieldHint = { label: "Thresholds by intent (override the one above)", control: "thresholds" };
