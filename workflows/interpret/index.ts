export { advance, initialState } from "./advance";
export { outcomeOf } from "./outcome";
export { ticketViewOf } from "./ticket-view";
export { describeGroup, describeRule } from "./describe-rule";
export * from "./activities";
export type * from "./types";
