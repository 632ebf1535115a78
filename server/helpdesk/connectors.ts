import "server-only";
import { CONNECTION_KINDS, type HelpdeskConnector, type TConnectionKind } from "./contract";
import { freshdeskConnector } from "./freshdesk/connector";
import { intercomConnector } from "./intercom/connector";
import { studioConnector } from "./studio/connector";
import { zendeskConnector } from "./zendesk/connector";

/** Every helpdesk the studio connects to, by kind: adding one is a module and a line here. */
const CONNECTORS: { readonly [K in TConnectionKind]: HelpdeskConnector<any, any> } = {
  zendesk: zendeskConnector,
  intercom: intercomConnector,
  freshdesk: freshdeskConnector,
  studio: studioConnector,
};

export function isConnectionKind(kind: string): kind is TConnectionKind {
  return (CONNECTION_KINDS as readonly string[]).includes(kind);
}

export function connectorFor(kind: string): HelpdeskConnector<unknown, unknown> {
  if (!isConnectionKind(kind)) throw new Error(`Unknown helpdesk "${kind}"; one of: ${CONNECTION_KINDS.join(", ")}`);
  return CONNECTORS[kind];
}

export function allConnectors(): ReadonlyArray<HelpdeskConnector<unknown, unknown>> {
  return CONNECTION_KINDS.map((k) => CONNECTORS[k]);
}
