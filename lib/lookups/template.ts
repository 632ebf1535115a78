/**
 * The `{{name}}` templates of data sources (request paths and answers), split in one left-to-right pass: no regular
 * expression of the admin's is ever run, so a template cannot make the scan slow. Shared by the server (which fills
 * them) and the settings page (which lists the names a path uses).
 */
export type TTemplatePart = { text: string } | { name: string };

export function templateParts(template: string): TTemplatePart[] {
  const parts: TTemplatePart[] = [];
  let at = 0;
  while (at < template.length) {
    const open = template.indexOf("{{", at);
    const close = open === -1 ? -1 : template.indexOf("}}", open + 2);
    if (open === -1 || close === -1) {
      parts.push({ text: template.slice(at) });
      break;
    }
    if (open > at) parts.push({ text: template.slice(at, open) });
    parts.push({ name: template.slice(open + 2, close).trim() });
    at = close + 2;
  }
  return parts;
}

/** The names a template uses, each once, in order. */
export function templateNames(template: string): string[] {
  const names = templateParts(template).flatMap((p) => ("name" in p ? [p.name] : []));
  return [...new Set(names)];
}

/** What a request path may name: the ticket's and customer's own values, a number found in the text, a tool call's argument. */
export const PATH_VARIABLES = [
  { name: "ticket.externalId", help: "the ticket's id in the helpdesk" },
  { name: "ticket.customFields.NAME", help: "one of the ticket's custom fields" },
  { name: "customer.email", help: "the customer's email address" },
  { name: "customer.externalId", help: "the customer's id in the helpdesk" },
  { name: "text.number", help: "the first number of 4–20 digits (e.g. “#48213”) in the customer's latest message, then the subject and body" },
  { name: "args.NAME", help: "a value the AI reply's tool call supplies" },
] as const;

/** Why a path template's name is not one it may use, or null when it is. */
export function pathVariableProblem(name: string): string | null {
  if (name === "ticket.externalId" || name === "customer.email" || name === "customer.externalId" || name === "text.number") return null;
  for (const prefix of ["ticket.customFields.", "args."]) {
    if (name.startsWith(prefix)) return isIdentifier(name.slice(prefix.length)) ? null : `“{{${name}}}” needs a name after “${prefix}” (letters, digits, _ or -)`;
  }
  return `“{{${name}}}” is not a value the studio knows; use ${PATH_VARIABLES.map((v) => `{{${v.name}}}`).join(", ")}`;
}

/** The names a tool call or a sample value may fill: `text.*` and `args.*` (the ticket may not hold them). */
export function fillableVariables(pathTemplate: string): string[] {
  return templateNames(pathTemplate).filter((n) => n.startsWith("text.") || n.startsWith("args."));
}

function isIdentifier(name: string): boolean {
  if (name.length === 0 || name.length > 100) return false;
  for (const ch of name) {
    const ok = (ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z") || (ch >= "0" && ch <= "9") || ch === "_" || ch === "-";
    if (!ok) return false;
  }
  return true;
}
