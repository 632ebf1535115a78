import { z } from "zod";

/** What an agent can say about an AI reply or draft; "incorrect" is what the knowledge base review counts as wrong. */
export const AI_FEEDBACK_VERDICTS = ["incorrect", "incomplete", "suboptimal", "good"] as const;
export type TAiFeedbackVerdict = (typeof AI_FEEDBACK_VERDICTS)[number];

export const AI_FEEDBACK_VERDICT_LABELS: Record<TAiFeedbackVerdict, string> = {
  incorrect: "Incorrect",
  incomplete: "Incomplete",
  suboptimal: "Could be better",
  good: "Good",
};

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v === undefined || v === "" ? undefined : v));

/** An agent's flag on one AI message: the verdict, and optionally the right answer, the ticket's real intent and why. */
export const ZAiFeedbackSchema = z.object({
  ticketId: z.string().min(1),
  messageId: z.string().min(1),
  verdict: z.enum(AI_FEEDBACK_VERDICTS, { error: "Pick a verdict" }),
  correctAnswer: optionalText(5000),
  correctedIntent: optionalText(100),
  comment: optionalText(1000),
});
export type TAiFeedback = z.infer<typeof ZAiFeedbackSchema>;
export type TAiFeedbackInput = z.input<typeof ZAiFeedbackSchema>;
