/**
 * Bitext's answers keep their variable parts as {{Placeholders}}: contact details ({{Customer Support Phone
 * Number}}), anonymised ids ({{Order Number Anonymized}}) and, mostly, names of buttons and pages ({{Order History}}).
 * The demo fills them as a helpdesk macro would: the company's contact details, the ticket's own reference, and
 * the button name itself.
 */
export interface PlaceholderValues {
  company: string;
  website: string;
  phone: string;
  email: string;
  hours: string;
  reference: string;
  customerName: string;
  date: string;
}

const PLACEHOLDER = /\{\{([^{}]+)\}\}/g;

export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER, (_, inner: string) => valueOf(inner.trim(), values));
}

function valueOf(name: string, v: PlaceholderValues): string {
  const key = name.toLowerCase();
  if (/^[0-9a-f]{8,}$/i.test(name) || /(order|purchase|invoice|bill|tracking) (number|id)|anonymized$/.test(key)) {
    if (key.startsWith("name")) return v.customerName;
    if (key.includes("date")) return v.date;
    if (key.includes("payment method")) return "the card on your account";
    if (key.includes("live chat")) return "live chat";
    if (key.includes("availability")) return v.hours;
    if (key.includes("website")) return v.company;
    return v.reference;
  }
  if (key.includes("phone number")) return v.phone;
  if (key.includes("email")) return v.email;
  if (/availability|hours|start time|end time|response time/.test(key)) return v.hours;
  if (/website name|website\/app name|company name|app name/.test(key)) return v.company;
  if (key.startsWith("review website")) return "our review page";
  if (/website|url/.test(key)) return v.website;
  if (key === "live chat" || key === "chat") return "live chat";
  if (key === "number of days") return "14";
  // Buttons, pages and sections: the label is what the customer looks for on screen.
  return name;
}
