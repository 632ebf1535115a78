import { webPorts } from "@/composition/web";
import { rateConversation } from "@/server/services/widget/rate-conversation";
import { authoriseConversation, limitRate, widgetBody, widgetResponse } from "@/server/services/widget/widget-http";
import { WIDGET_RATE } from "@/server/services/widget/widget-limits";
import { ZWidgetRatingSchema } from "@/server/services/widget/widget-schemas";

export const dynamic = "force-dynamic";

/** The customer's 1–5 rating of the conversation, with an optional comment: sets the ticket's CSAT. */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  return widgetResponse(async () => {
    const token = authoriseConversation(request, id);
    limitRate(WIDGET_RATE.rate, token);
    const input = await widgetBody(request, ZWidgetRatingSchema);
    return { body: { conversation: await rateConversation(webPorts().prisma, id, input) } };
  });
}
