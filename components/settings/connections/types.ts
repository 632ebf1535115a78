import type { RouterOutputs } from "@/server/api/root";

export type TConnectionRow = RouterOutputs["connections"]["list"][number];
export type TConnectionDetailView = RouterOutputs["connections"]["get"];
export type TConnectionKindOption = RouterOutputs["connections"]["kinds"][number];
export type TSetupGuideView = RouterOutputs["connections"]["setupGuide"];
export type TMappingSuggestionsView = RouterOutputs["connections"]["suggestMappings"];
