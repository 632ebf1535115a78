import "server-only";
/**
 * The keyword baseline's intents and their cue words. Deliberately simple: it exists so the foundation
 * runs end to end; the AI issue replaces it with trained models behind the same interface.
 */
export const INTENT_KEYWORDS: Record<string, readonly string[]> = {
  password_reset: ["password", "reset password", "forgot password", "passcode", "pin", "locked out", "reset my"],
  account_access: ["log in", "login", "sign in", "can't access", "cannot access", "verify my identity", "verification", "two factor", "2fa"],
  card_issue: ["card", "cards", "atm", "contactless", "card arrival", "declined", "expired card", "new card"],
  transfer: ["transfer", "transfers", "wire", "send money", "beneficiary", "iban", "swift"],
  billing: ["fee", "fees", "charge", "charged", "invoice", "bill", "billing", "exchange rate", "top up", "top-up"],
  refund: ["refund", "refunds", "money back", "reimburse", "return my money"],
  dispute: ["dispute", "didn't make", "did not make", "unauthorized", "unauthorised", "don't recognise", "don't recognize"],
  fraud: ["fraud", "stolen", "scam", "hacked", "compromised", "lost my card"],
  cancel_account: ["cancel", "close my account", "delete my account", "terminate", "unsubscribe"],
  technical: ["app", "crash", "crashes", "error", "bug", "not working", "won't load", "website"],
};

export const FALLBACK_INTENT = "general";
