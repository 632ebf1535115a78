import { z } from "zod";
import { ZWeekHoursSchema } from "../../workflows/model/calendar";
import { ZSkillsSchema } from "./queue-schema";

export const MAX_AGENT_CAPACITY = 200;

/** What a person edits about an agent. */
export const ZAgentFormSchema = z.object({
  name: z.string({ error: "Enter a name" }).trim().min(1, "Enter a name").max(120, "Keep the name under 120 characters"),
  email: z.email("Enter an email address such as sam@example.com").trim().toLowerCase(),
  skills: ZSkillsSchema,
  /** The most open tickets the agent takes at once. */
  capacity: z
    .number({ error: "Enter how many open tickets the agent can take, such as 10" })
    .int("Capacity is a whole number of tickets")
    .min(1, "Capacity must be at least 1 open ticket")
    .max(MAX_AGENT_CAPACITY, `Capacity can be at most ${MAX_AGENT_CAPACITY} open tickets`),
  /** The agent's own working week; null: the workspace's business hours. */
  workingHours: ZWeekHoursSchema.min(1, "Pick at least one working day, or use the workspace's hours").nullable(),
  queueId: z.string().min(1).nullable(),
});
export type TAgentForm = z.infer<typeof ZAgentFormSchema>;
