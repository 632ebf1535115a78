import "server-only";
import type { ActivityResult } from "../../../workflows/interpret/activities";
import type { AiProvider, ConversationMessage, KbPassage, TRetrieveContext } from "../provider";
import { checkGuardrails } from "./check-guardrails";
import { GuardrailPatternError, type TGuardrailRule } from "./rule";

export type LoadGuardrails = () => Promise<readonly TGuardrailRule[]>;

/**
 * A provider whose drafts are checked against the workspace's guardrails. A draft that breaks a rule
 * comes back with `blockedBy` set to the rule's sentence; the ai-reply step then never sends it and hands
 * the ticket to a person with "Guardrail "<rule>" blocked the draft" (workflows/kinds/ai-reply.ts).
 * A rule that cannot be checked (invalid pattern) blocks too: failing closed is the point of a guardrail.
 * The draft's category is the ticket's intent, so rules limited to categories apply to those intents.
 */
export function withGuardrails(provider: AiProvider, loadRules: LoadGuardrails): AiProvider {
  return new GuardedProvider(provider, loadRules);
}

class GuardedProvider implements AiProvider {
  constructor(
    private readonly inner: AiProvider,
    private readonly loadRules: LoadGuardrails,
  ) {}

  get name(): string {
    return this.inner.name;
  }

  get modelVersion(): string {
    return this.inner.modelVersion;
  }

  classifyIntent(text: string, context?: TRetrieveContext): Promise<ActivityResult<"classifyIntent">> {
    return context === undefined ? this.inner.classifyIntent(text) : this.inner.classifyIntent(text, context);
  }

  detectSentiment(text: string): Promise<ActivityResult<"detectSentiment">> {
    return this.inner.detectSentiment(text);
  }

  retrieve(query: string, limit: number, context?: TRetrieveContext): Promise<KbPassage[]> {
    return context === undefined ? this.inner.retrieve(query, limit) : this.inner.retrieve(query, limit, context);
  }

  summarise(messages: ConversationMessage[]): Promise<{ summary: string; model: string }> {
    return this.inner.summarise(messages);
  }

  async draftReply(input: Parameters<AiProvider["draftReply"]>[0]): Promise<ActivityResult<"draftReply">> {
    const draft = await this.inner.draftReply(input);
    if (draft.blockedBy || draft.text.trim() === "") return draft;
    try {
      const rules = await this.loadRules();
      const verdict = checkGuardrails(draft.text, rules, input.intent);
      return verdict.ok ? draft : { ...draft, blockedBy: verdict.rule };
    } catch (err) {
      if (err instanceof GuardrailPatternError) return { ...draft, blockedBy: `${err.rule} (could not be checked: ${err.message})` };
      throw err;
    }
  }
}
