import { webPorts } from "@/composition/web";
import { sendWidgetMessage } from "@/server/services/widget/send-widget-message";
import { authoriseConversation, limitRate, widgetBody, widgetResponse } from "@/server/services/widget/widget-http";
import { WIDGET_RATE } from "@/server/services/widget/widget-limits";
import { ZWidgetMessageSchema } from "@/server/services/widget/widget-schemas";

export const dynamic = "force-dynamic";

/** The customer's next message; it reaches the ticket's live run as a customer reply. */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  return widgetResponse(async () => {
    const token = authoriseConversation(request, id);
    limitRate(WIDGET_RATE.send, token);
    const input = await widgetBody(request, ZWidgetMessageSchema);
    const { prisma, outbox } = webPorts();
    return { status: 201, body: { conversation: await sendWidgetMessage({ prisma, outbox }, id, input) } };
  });
}
