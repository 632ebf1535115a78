import { webPorts } from "@/composition/web";
import { readConversation } from "@/server/services/widget/read-conversation";
import { authoriseConversation, limitRate, widgetResponse } from "@/server/services/widget/widget-http";
import { WIDGET_RATE } from "@/server/services/widget/widget-limits";

export const dynamic = "force-dynamic";

/** The conversation as its customer sees it (never internal notes); the chat polls it for new replies. */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  return widgetResponse(async () => {
    const token = authoriseConversation(request, id);
    limitRate(WIDGET_RATE.read, token, "The chat is checking for replies too often. It will try again in a moment.");
    return { body: { conversation: await readConversation(webPorts().prisma, id) } };
  });
}
