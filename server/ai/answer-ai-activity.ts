import "server-only";
import type { ActivityInputs, ActivityResult } from "../../workflows/interpret/activities";
import type { AiProvider } from "./provider";

/** The activities a model answers; every other activity acts on the ticket or the outside world. */
export type AiActivity = "classifyIntent" | "detectSentiment" | "draftReply";

/**
 * A model's answer to an AI activity, exactly as the live Temporal activity returns it. The live activities
 * and the backtest's answer cache both call this, so a backtest sees the answers a live run would get.
 */
export async function answerAiActivity<N extends AiActivity>(ai: AiProvider, name: N, input: ActivityInputs[N]): Promise<ActivityResult<N>> {
  const answer = await answerOf(ai, name, input);
  return answer as ActivityResult<N>;
}

async function answerOf(ai: AiProvider, name: AiActivity, input: ActivityInputs[AiActivity]): Promise<ActivityResult<AiActivity>> {
  switch (name) {
    case "classifyIntent":
      return ai.classifyIntent(input.text);
    case "detectSentiment":
      return ai.detectSentiment(input.text);
    case "draftReply": {
      const { text, intent, maxPassages } = input as ActivityInputs["draftReply"];
      const passages = await ai.retrieve(text, maxPassages);
      return ai.draftReply({ text, intent, passages });
    }
    default: {
      const never: never = name;
      throw new Error(`Not an AI activity: ${String(never)}`);
    }
  }
}
