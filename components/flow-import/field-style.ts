/** The compact input style of the import form, shared by its parts. */
export const FIELD =
  "rounded-md border border-zinc-300 bg-white px-2 text-xs text-zinc-900 focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500";
