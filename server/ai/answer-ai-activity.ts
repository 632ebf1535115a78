import "server-only";
import type { ActivityInputs, ActivityResult } from "../../workflows/interpret/activities";
import { answerDraft, type DraftDeps } from "./draft-reply";
import type { AiProvider } from "./provider";

/** The activities a model answers; every other activity acts on the ticket or the outside world. */
export type AiActivity = "classifyIntent" | "detectSentiment" | "draftReply";

/**
 * What drafting reaches besides the model: the data sources (the live port calls out, a backtest's recorded port
 * only reads results kept, a test-ticket panel brings its own) and the ticket as the sources' templates see it.
 */
export type AiActivityDeps = DraftDeps;

/**
 * A model's answer to an AI activity, exactly as the live Temporal activity returns it. The live activities
 * and the backtest's answer cache both call this, so a backtest sees the answers a live run would get.
 */
export async function answerAiActivity<N extends AiActivity>(ai: AiProvider, name: N, input: ActivityInputs[N], deps: AiActivityDeps = {}): Promise<ActivityResult<N>> {
  const answer = await answerOf(ai, name, input, deps);
  return answer as ActivityResult<N>;
}

async function answerOf(ai: AiProvider, name: AiActivity, input: ActivityInputs[AiActivity], deps: AiActivityDeps): Promise<ActivityResult<AiActivity>> {
  switch (name) {
    case "classifyIntent": {
      const { text, pageUrl } = input as ActivityInputs["classifyIntent"];
      return pageUrl ? ai.classifyIntent(text, { pageUrl }) : ai.classifyIntent(text);
    }
    case "detectSentiment":
      return ai.detectSentiment(input.text);
    case "draftReply":
      return answerDraft(ai, input as ActivityInputs["draftReply"], deps);
    default: {
      const never: never = name;
      throw new Error(`Not an AI activity: ${String(never)}`);
    }
  }
}
