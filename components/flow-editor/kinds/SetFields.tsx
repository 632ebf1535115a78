"use client";

import { PenLine } from "lucide-react";
import { str } from "../lib/node-summary";
import { defineEditorKind } from "./define-kind";
import { Line } from "./NodeShell";

export const setFieldsKind = defineEditorKind({
  kind: "set-fields",
  icon: PenLine,
  accent: "emerald",
  group: "Act",
  defaults: () => ({ label: "", fields: {} }),
  summary: (data) => (
    <>
      {str(data, "priority") && <Line k="Priority">{str(data, "priority")}</Line>}
      {str(data, "status") && <Line k="Status">{str(data, "status")}</Line>}
      <Line k="Custom fields">{Object.keys((data.fields as object | undefined) ?? {}).length}</Line>
    </>
  ),
  fields: { fields: { control: "field-map" } },
});
