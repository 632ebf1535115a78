import "server-only";
import type { PrismaClient } from "@prisma/client";
import { GuardrailPatternError, ZGuardrailKindSchema, type TGuardrailRule } from "./rule";

/**
 * The enabled guardrails, read fresh for every draft: the table is small, and a rule ops just added must
 * apply to the very next draft. A row with a kind the checker does not know throws GuardrailPatternError,
 * which withGuardrails turns into a block naming the rule (fail closed, never skip a rule silently).
 */
export async function loadEnabledGuardrails(prisma: PrismaClient): Promise<TGuardrailRule[]> {
  const rows = await prisma.guardrail.findMany({ where: { enabled: true }, orderBy: { createdAt: "asc" } });
  return rows.map((r) => {
    const kind = ZGuardrailKindSchema.safeParse(r.kind);
    if (!kind.success) throw new GuardrailPatternError(r.rule, r.kind, `unknown kind "${r.kind}" (use "phrases" or "regex")`);
    return { id: r.id, rule: r.rule, kind: kind.data, patterns: r.patterns, categories: r.categories, enabled: r.enabled };
  });
}
