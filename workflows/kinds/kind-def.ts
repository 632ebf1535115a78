import type { CompileNode } from "../compile/context";
import type { PerceptionName } from "../interpret/activities";
import type { ActivityOutcome, StepContext, StepOutcome } from "../interpret/step-kit";
import type { HandleSpec } from "../model/handles";
import type { NODE_DATA_SCHEMAS, TNodeData, TNodeKind } from "../model/nodes";
import type { CompileError, CompileOptions, FlowPlan, PlanNodeOf } from "../model/plan";

/**
 * Everything the flow language knows about one node kind, in one place: its config, its outputs, what
 * the compiler checks and precomputes, how the interpreter runs it, and how it is named. The optional
 * parts have a default where they are used, so a simple kind only says what makes it different.
 */
export interface KindDef<K extends TNodeKind> {
  /** The kind's name as the studio's palette and error messages show it. */
  readonly title: string;
  /** The config a node of this kind carries in `data`; the studio builds its config panel from it. */
  readonly schema: (typeof NODE_DATA_SCHEMAS)[K];
  /** Output handles, in the order plans list them; `data` is undefined when the config is not known. */
  outputs(data: TNodeData<K> | undefined): HandleSpec[];
  /**
   * Outputs of a node whose config did not parse, read from the raw data as far as it goes; undefined
   * when they cannot be known (the edge checks then skip the node). Absent: `outputs(undefined)`.
   */
  outputsOfUnparsed?(rawData: unknown): readonly HandleSpec[] | undefined;
  /** What the schema cannot check on its own (queues, rule trees, durations). Absent: nothing more to check. */
  check?(node: CompileNode, data: TNodeData<K>, options: CompileOptions): CompileError[];
  /** The duration the compiler parses once into the plan's `durationMs`. Absent: the plan node has none. */
  durationMs?(data: TNodeData<K>): number;
  /** The plan label of a node drawn without one. Absent: the kind's title. */
  defaultLabel?(data: TNodeData<K>): string;
  /**
   * The AI reads of the ticket's text this kind asks for on arrival. The live driver gathers every read a plan
   * has in one call the first time any of them is asked for. Absent: none.
   */
  readonly reads?: readonly PerceptionName[];
  /** Runs the node on arrival. */
  enter(node: PlanNodeOf<K>, ctx: StepContext, plan: FlowPlan): StepOutcome;
  /** Continues after the activity `enter` asked for has finished (or finally failed). Absent: the kind never calls one. */
  resume?(node: PlanNodeOf<K>, ctx: StepContext, phase: string, outcome: ActivityOutcome): StepOutcome;
  /** Wakes the node from a rest, by the awaited event or by its timer. Absent: the kind never rests. */
  wake?(node: PlanNodeOf<K>, ctx: StepContext, by: "event" | "timer"): StepOutcome;
}
