import { z } from "zod";

/** Most tickets one "Label these as" labels: the examples a person has read on the AI models page. */
export const MAX_LABELLED_AT_ONCE = 20;

/** A person's label for some live tickets the model was unsure of: the intent they are really about. */
export const ZLabelTicketsSchema = z.object({
  ticketIds: z.array(z.string().min(1)).min(1, "Pick at least one ticket").max(MAX_LABELLED_AT_ONCE),
  intent: z.string().trim().min(1, "Name the intent").max(100, "An intent name is at most 100 characters"),
});
export type TLabelTickets = z.infer<typeof ZLabelTicketsSchema>;
