export { diffGraphs, type DiffableGraph, type EdgeRef, type GraphDiff, type NodeChange } from "./diff-graphs";
export { diffValues, jsonEqual, type FieldChange, type FieldChangeKind } from "./diff-values";
export { nodeNames } from "./node-names";
export { readableChange, readablePath, type ChangeWords } from "./readable-change";
export { readableValue } from "./readable-value";
