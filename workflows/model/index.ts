export * from "./duration";
export * from "./fields";
export * from "./rules";
export * from "./nodes";
export * from "./handles";
export * from "./graph";
export * from "./ticket";
export * from "./plan";
