import type { TCsvTargetField } from "@/lib/history-import/csv-mapping";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";
import { CSV_FIELD_LABELS } from "./csv-fields";

const SHOWN: TCsvTargetField[] = ["externalId", "createdAt", "subject", "body", "category", "queue", "agentReply"];

/** The file's first rows as the mapped fields will read them, so a wrong column shows before the import. */
export function MappingPreview({ header, rows, columns }: { header: string[]; rows: string[][]; columns: Partial<Record<TCsvTargetField, string>> }) {
  const fields = SHOWN.filter((f) => columns[f]);
  if (fields.length === 0 || rows.length === 0) return null;
  return (
    <Table caption="Preview of the first rows as mapped">
      <THead>
        <tr>
          {fields.map((f) => (
            <TH key={f}>{CSV_FIELD_LABELS[f].label}</TH>
          ))}
        </tr>
      </THead>
      <TBody>
        {rows.map((row, i) => (
          <TR key={i}>
            {fields.map((f) => (
              <TD key={f} className="max-w-64 truncate" title={row[header.indexOf(columns[f]!)]}>
                {row[header.indexOf(columns[f]!)] ?? ""}
              </TD>
            ))}
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
