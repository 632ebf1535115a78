import { lintForStorage } from "../../lib/knowledge/lint-article";

/**
 * What saving a 200,000-character article costs (read as CommonMark and linted, as the save stores it): ordinary
 * prose, and the shapes the parser finds hardest (nested markers on one line, a run of brackets or emphasis). The
 * knowledge list reads the stored lint, so this is paid once per save, never per list.
 */
export function benchKnowledge(): Record<string, unknown> {
  const n = 200_000;
  const shapes: Record<string, string> = {
    prose: "Open the app, tap **Cards** and then [Freeze](/knowledge/abc) to stop payments right away.\n\n".repeat(n / 90).slice(0, n),
    brackets: "[a](".repeat(n / 4),
    emphasis: "*_".repeat(n / 2),
    nestedLists: "- * ".repeat(n / 4),
  };
  lintForStorage(shapes.prose!.slice(0, 20_000)); // warm up
  const saveMs: Record<string, number> = {};
  for (const [name, body] of Object.entries(shapes)) {
    const started = process.hrtime.bigint();
    lintForStorage(body);
    saveMs[name] = +(Number(process.hrtime.bigint() - started) / 1e6).toFixed(1);
  }
  return { articleChars: n, lintAtSaveMs: saveMs };
}
