import "server-only";
import { z } from "zod";
import { pathVariableProblem, templateNames } from "../../../lib/lookups/template";

export const LOOKUP_FIELD_TYPES = ["string", "number", "boolean"] as const;

/** One declared field of the answer: its name in templates (`{{fields.status}}`) and where it is in the JSON. */
export const ZLookupFieldSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Give the field a name")
    .max(60)
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "Use letters, digits and _ only, starting with a letter (e.g. status)"),
  path: z
    .string()
    .trim()
    .min(1, "Say where the field is in the answer, e.g. order.status")
    .max(300)
    .refine((p) => p.split(".").every((s) => s.length > 0), "Separate the steps of the path with single dots, e.g. items.0.name"),
  type: z.enum(LOOKUP_FIELD_TYPES),
});
export type TLookupField = z.infer<typeof ZLookupFieldSchema>;

/**
 * A data source as the admin's form sends it. `secret` is the auth header's value: empty on an update keeps the
 * saved one (the form never holds it); `clearSecret` removes it.
 */
export const ZDataSourceInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Give the data source a name")
    .max(40)
    .regex(/^[a-z][a-z0-9-]*$/, "Use lower-case letters, digits and dashes, starting with a letter (e.g. orders)"),
  description: z.string().trim().max(500).default(""),
  baseUrl: z
    .string()
    .trim()
    .max(500)
    .url("Enter the address of the API, e.g. https://orders.example.com/api")
    .refine((u) => u.startsWith("http://") || u.startsWith("https://"), "The address must start with http:// or https://"),
  pathTemplate: z
    .string()
    .trim()
    .min(1, "Enter the path to ask, e.g. /orders/{{text.number}}")
    .max(500)
    .superRefine((template, ctx) => {
      if (!template.startsWith("/")) ctx.addIssue({ code: "custom", message: "Start the path with “/”, e.g. /orders/{{text.number}}" });
      for (const name of templateNames(template)) {
        const problem = pathVariableProblem(name);
        if (problem !== null) ctx.addIssue({ code: "custom", message: problem });
      }
    }),
  authHeaderName: z
    .string()
    .trim()
    .max(100)
    .regex(/^[A-Za-z0-9-]*$/, "A header name has only letters, digits and dashes (e.g. Authorization)")
    .default("Authorization"),
  secret: z.string().max(4000).refine((v) => !/[\r\n]/.test(v), "The value must be on one line").default(""),
  clearSecret: z.boolean().default(false),
  intents: z.array(z.string().trim().min(1).max(100)).max(200).default([]),
  fields: z
    .array(ZLookupFieldSchema)
    .max(50)
    .superRefine((fields, ctx) => {
      const seen = new Set<string>();
      fields.forEach((f, i) => {
        if (seen.has(f.name)) ctx.addIssue({ code: "custom", path: [i, "name"], message: `Two fields are named “${f.name}”` });
        seen.add(f.name);
      });
    }),
  answerTemplate: z.string().trim().max(4000).nullish(),
  timeoutMs: z.number().int().min(200, "Allow at least 200 ms").max(30_000, "Wait at most 30 seconds (30000 ms)").default(3000),
  enabled: z.boolean().default(true),
});
export type TDataSourceInput = z.input<typeof ZDataSourceInputSchema>;
export type TDataSourceValues = z.output<typeof ZDataSourceInputSchema>;

export const ZUpdateDataSourceSchema = ZDataSourceInputSchema.extend({ id: z.string().min(1) });

/** "Test lookup": sample values for the path's `text.*`/`args.*` names, and optionally a real ticket to read the rest from. */
export const ZTestLookupSchema = z.object({
  id: z.string().min(1),
  ticketId: z.string().trim().max(200).nullish(),
  values: z.record(z.string(), z.string().max(500)).default({}),
});
export type TTestLookup = z.infer<typeof ZTestLookupSchema>;
