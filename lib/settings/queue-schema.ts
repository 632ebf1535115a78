import { z } from "zod";

/** A skill an agent has and a queue or route asks for: "spanish", "chargebacks". */
export const ZSkillSchema = z.string().trim().min(1, "A skill needs a name").max(40, "Keep each skill under 40 characters");

/** A list of skills, each once; the order people typed them in is kept. */
export const ZSkillsSchema = z
  .array(ZSkillSchema)
  .max(30, "Keep at most 30 skills")
  .refine((skills) => new Set(skills.map((s) => s.toLowerCase())).size === skills.length, { message: "A skill is listed twice" });

/** What a person edits about a queue. Flows route to a queue by its name. */
export const ZQueueFormSchema = z.object({
  name: z.string({ error: "Name the queue" }).trim().min(1, "Name the queue").max(60, "Keep the name under 60 characters"),
  description: z.string().trim().max(300, "Keep the description under 300 characters"),
  skills: ZSkillsSchema,
});
export type TQueueForm = z.infer<typeof ZQueueFormSchema>;

/** Skills as typed in one box, separated by commas: "spanish, chargebacks". */
export function skillsOfText(text: string): string[] {
  return text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
