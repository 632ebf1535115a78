import "server-only";
import type { z } from "zod";
import { issueSentence } from "../../../lib/errors/issue-sentences";
import type { HelpdeskConnector } from "../../helpdesk/contract";
import { ServiceError } from "../lib/service-error";

type Connector = Pick<HelpdeskConnector<unknown, unknown>, "title" | "fields" | "settingsSchema" | "secretsSchema">;

/** The connector's settings from the form's text: blanks dropped (so optional settings stay optional), then its schema. */
export function parseSettings(connector: Connector, typed: Record<string, string>): Record<string, unknown> {
  return parseWith(connector, "settings", connector.settingsSchema, filled(connector, typed, false));
}

/**
 * The secrets to seal: each one typed replaces the saved one, each left empty keeps it; the result must satisfy the
 * connector's schema (a first save therefore needs every required secret).
 */
export function mergeSecrets(connector: Connector, saved: Record<string, unknown>, typed: Record<string, string>): { secrets: Record<string, unknown>; changed: string[] } {
  const fresh = filled(connector, typed, true);
  const secrets = parseWith(connector, "secrets", connector.secretsSchema, { ...saved, ...fresh });
  return { secrets, changed: Object.keys(fresh).sort() };
}

/**
 * The secrets the connector made up itself (a signing secret left empty on a new connection): neither typed nor
 * saved before. The one moment their values leave the server is the answer to that save, so the admin can copy them.
 */
export function generatedSecretsOf(
  connector: Pick<Connector, "fields">,
  saved: Record<string, unknown>,
  changed: readonly string[],
  secrets: Record<string, unknown>,
): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const field of connector.fields) {
    const value = secrets[field.key];
    if (field.secret && field.generated && typeof value === "string" && !changed.includes(field.key) && saved[field.key] !== value) out[field.key] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Which secret fields hold a value, for the form's "saved — leave empty to keep". Never the values themselves. */
export function secretsSetOf(connector: Pick<Connector, "fields">, opened: Record<string, unknown> | null): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const field of connector.fields) {
    if (!field.secret) continue;
    const value = opened?.[field.key];
    out[field.key] = value !== undefined && value !== null && value !== "";
  }
  return out;
}

function filled(connector: Connector, typed: Record<string, string>, secret: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of connector.fields) {
    if (field.secret !== secret) continue;
    const value = typed[field.key]?.trim();
    if (value) out[field.key] = value;
  }
  return out;
}

function parseWith(connector: Connector, group: "settings" | "secrets", schema: z.ZodType<unknown>, value: Record<string, unknown>): Record<string, unknown> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data as Record<string, unknown>;
  const issue = parsed.error.issues[0]!;
  const key = issue.path.length > 0 ? String(issue.path[0]) : undefined;
  const label = connector.fields.find((f) => f.key === key)?.label;
  // "Zendesk subdomain: ..." names the helpdesk and the input, as the admin sees them on the form.
  const what = !label ? connector.title : label.toLowerCase().startsWith(connector.title.toLowerCase()) ? label : `${connector.title} ${lowerFirstWord(label)}`;
  const sentence = issueSentence({ ...issue, path: [] });
  // zod's generic sentences start "This value ..." and read on from the name; a connector's own message follows a colon.
  const message = sentence.startsWith("This value ")
    ? `${what} ${sentence.slice("This value ".length)}`
    : label && sentence.toLowerCase().startsWith(label.toLowerCase())
      ? `${what}${sentence.slice(label.length)}`
      : `${what}: ${sentence}`;
  return failWith(new ServiceError("invalid", message, key ? { field: `${group}.${key}` } : undefined));
}

function failWith(error: ServiceError): never {
  throw error;
}

/** "Subdomain" reads "subdomain" after the helpdesk's name; "API token" keeps its capitals. */
function lowerFirstWord(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
