/**
 * The documented request bodies of the Freshdesk v2 writes the studio makes (reply, note, ticket update), checked
 * field by field for the fake API in freshdesk-api.ts, with the field-error wording Freshdesk uses.
 */
export type FieldError = { field: string; message: string; code: string };
type Check = (value: unknown) => string | null;

const isString: Check = (v) => (typeof v === "string" ? null : "It should be a/an String");
const isBool: Check = (v) => (typeof v === "boolean" ? null : "It should be a/an Boolean");
const isInt: Check = (v) => (Number.isInteger(v) ? null : "It should be a/an Positive Integer");
const isIntOrNull: Check = (v) => (v === null || Number.isInteger(v) ? null : "It should be a/an Positive Integer");
const isStringArray: Check = (v) => (Array.isArray(v) && v.every((x) => typeof x === "string") ? null : "It should be a/an Array");
const oneOf =
  (values: number[]): Check =>
  (v) =>
    typeof v === "number" && values.includes(v) ? null : `It should be one of these values: '${values.join(",")}'`;
const customFields: Check = (v) => {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return "It should be a/an key/value pair";
  const bad = Object.entries(v).find(([k, x]) => !k.startsWith("cf_") || (x !== null && typeof x === "object"));
  return bad ? `${bad[0]}: not a custom field name (cf_...) with a plain value` : null;
};

/** Documented fields each write accepts (the ones the studio may send, and their neighbours), with their checks. */
const SHAPES: Record<"reply" | "note" | "update", { required: string[]; fields: Record<string, Check> }> = {
  reply: {
    required: ["body"],
    fields: { body: isString, from_email: isString, user_id: isInt, cc_emails: isStringArray, bcc_emails: isStringArray },
  },
  note: {
    required: ["body"],
    fields: { body: isString, private: isBool, incoming: isBool, notify_emails: isStringArray, user_id: isInt },
  },
  update: {
    required: [],
    fields: {
      status: oneOf([2, 3, 4, 5]),
      priority: oneOf([1, 2, 3, 4]),
      group_id: isIntOrNull,
      responder_id: isIntOrNull,
      tags: isStringArray,
      custom_fields: customFields,
      subject: isString,
      type: isString,
      description: isString,
    },
  },
};

/** Freshdesk's field errors for a write body, empty when it matches the documented shape. */
export function checkFreshdeskShape(kind: "reply" | "note" | "update", body: unknown): FieldError[] {
  const shape = SHAPES[kind];
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    return [{ field: "body", message: "Request body should be a JSON object", code: "invalid_value" }];
  }
  const errors: FieldError[] = [];
  const fields = body as Record<string, unknown>;
  for (const name of shape.required) {
    if (fields[name] === undefined || fields[name] === "") errors.push({ field: name, message: "It should not be blank", code: "missing_field" });
  }
  for (const [name, value] of Object.entries(fields)) {
    const check = shape.fields[name];
    if (check === undefined) errors.push({ field: name, message: "Unexpected/invalid field in request", code: "invalid_field" });
    else {
      const problem = check(value);
      if (problem !== null) errors.push({ field: name, message: problem, code: "datatype_mismatch" });
    }
  }
  if (kind === "update" && Object.keys(fields).length === 0) {
    errors.push({ field: "body", message: "Please provide at least one field to update", code: "missing_field" });
  }
  return errors;
}
