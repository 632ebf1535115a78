import "server-only";
import { allConnectors } from "../../helpdesk/connectors";
import type { ConnectionField, TConnectionKind } from "../../helpdesk/contract";

export interface TConnectionKindView {
  kind: TConnectionKind;
  title: string;
  /** How the "Which helpdesk?" choice names it. */
  label: string;
  /** The other side takes the studio's own queue names and agent emails: there is nothing to map. */
  takesStudioNames: boolean;
  fields: ConnectionField[];
}

/** The helpdesks the studio connects to and the form fields each needs, for the "Add connection" form. */
export function connectionKinds(): TConnectionKindView[] {
  return allConnectors().map((c) => ({ kind: c.kind, title: c.title, label: c.choiceLabel ?? c.title, takesStudioNames: c.takesStudioNames === true, fields: c.fields }));
}
