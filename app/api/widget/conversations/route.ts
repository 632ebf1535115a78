import { webPorts } from "@/composition/web";
import { startConversation } from "@/server/services/widget/start-conversation";
import { clientAddress, limitRate, widgetBody, widgetKey, widgetResponse } from "@/server/services/widget/widget-http";
import { WIDGET_RATE } from "@/server/services/widget/widget-limits";
import { ZWidgetStartSchema } from "@/server/services/widget/widget-schemas";

export const dynamic = "force-dynamic";

/** The chat widget opens a conversation: a ticket of the studio's chat channel. Answers the conversation and its token. */
export async function POST(request: Request): Promise<Response> {
  return widgetResponse(async () => {
    limitRate(WIDGET_RATE.start, clientAddress(request), "Too many new conversations from here. Please wait a few minutes and try again.");
    const input = await widgetBody(request, ZWidgetStartSchema);
    const { prisma, outbox } = webPorts();
    return { status: 201, body: await startConversation({ prisma, outbox }, input, widgetKey()) };
  });
}
