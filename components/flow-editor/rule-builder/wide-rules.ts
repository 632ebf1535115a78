"use client";

import { createContext, useContext } from "react";

/** True inside the wide rule editor: rule rows lay field, operator and value out side by side. */
export const WideRules = createContext(false);

export function useWideRules(): boolean {
  return useContext(WideRules);
}
