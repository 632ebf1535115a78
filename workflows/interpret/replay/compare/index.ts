export { outcomeChanged, outcomeDifferences } from "./outcome-differences";
export { divergenceOf } from "./divergence";
export { nodeNamer, differencesPhrase, differencePhrase } from "./explain-step";
export { describeOutcome, kindWords, aiReplyWords } from "./outcome-words";
