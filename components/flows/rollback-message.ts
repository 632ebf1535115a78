/**
 * The server always titles a rollback "Rollback to vN: <reason>" (and uses vN's own message when no reason
 * is given), so the dialog's prefilled "Rollback to vN" is not sent twice: only what the user adds is.
 */
export function rollbackReason(message: string, number: number): string | undefined {
  const prefix = new RegExp(`^\\s*rollback to v${number}(?!\\d)[\\s:.,;-]*`, "i");
  const reason = message.replace(prefix, "").trim();
  return reason.length > 0 ? reason : undefined;
}
