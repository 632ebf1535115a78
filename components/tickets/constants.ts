// Kept out of the "use client" table module: a server page importing a constant from there would get a
// client reference, not the number.
export const INBOX_PAGE_SIZE = 50;
