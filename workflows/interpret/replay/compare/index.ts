export { outcomeChanged } from "./outcome-changed";
export { divergenceOf, describeOutcome } from "./divergence";
