import type { RouterOutputs } from "@/server/api/root";

export type TDataSourceRow = RouterOutputs["dataSources"]["list"][number];
export type TDataSourceDetail = RouterOutputs["dataSources"]["get"];
export type TTestLookupView = RouterOutputs["dataSources"]["test"];
export type TLookupFieldType = TDataSourceDetail["fields"][number]["type"];

/** What the form holds and sends: the auth header's value starts empty and, on an edit, empty keeps the saved one. */
export interface TDataSourceFormValues {
  name: string;
  description: string;
  baseUrl: string;
  pathTemplate: string;
  authHeaderName: string;
  secret: string;
  clearSecret: boolean;
  intents: string[];
  fields: Array<{ name: string; path: string; type: TLookupFieldType }>;
  answerTemplate: string | null;
  timeoutMs: number;
  enabled: boolean;
}
