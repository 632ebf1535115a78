import "server-only";
import { allConnectors } from "../../helpdesk/connectors";
import type { ConnectionField, TConnectionKind } from "../../helpdesk/contract";

export interface TConnectionKindView {
  kind: TConnectionKind;
  title: string;
  fields: ConnectionField[];
}

/** The helpdesks the studio connects to and the form fields each needs, for the "Add connection" form. */
export function connectionKinds(): TConnectionKindView[] {
  return allConnectors().map((c) => ({ kind: c.kind, title: c.title, fields: c.fields }));
}
