export * from "./definitions";
export * from "./contribution";
export * from "./duration-histogram";
export * from "./intervals";
export * from "./summarize";
export * from "./weeks";
