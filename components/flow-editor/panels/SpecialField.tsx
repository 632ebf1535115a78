"use client";

import { assertNever } from "@/workflows/model";
import type { SpecialEditor } from "../lib/schema-fields";
import { RuleBuilder } from "../rule-builder/RuleBuilder";
import { DataSourcePicker } from "./DataSourcePicker";
import { BoostsEditor, CasesEditor } from "./ListEditors";
import { FieldMapEditor, ModesEditor, ThresholdsEditor, TierMapEditor } from "./MapEditors";

export function SpecialField({ editor, value, onChange }: { editor: SpecialEditor; value: unknown; onChange: (v: unknown) => void }) {
  switch (editor) {
    case "rules":
      return <RuleBuilder value={value} onChange={onChange} />;
    case "cases":
      return <CasesEditor value={value} onChange={onChange} />;
    case "boosts":
      return <BoostsEditor value={value} onChange={onChange} />;
    case "tier-map":
      return <TierMapEditor value={value} onChange={onChange} />;
    case "field-map":
      return <FieldMapEditor value={value} onChange={onChange} />;
    case "thresholds":
      return <ThresholdsEditor value={value} onChange={onChange} />;
    case "modes":
      return <ModesEditor value={value} onChange={onChange} />;
    case "data-source":
      return <DataSourcePicker value={value} onChange={onChange} />;
    default:
      return assertNever(editor);
  }
}
