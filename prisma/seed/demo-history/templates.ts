import { pick, type Rand } from "./random";

/**
 * The canned replies the demo history plants: for these categories most agents paste the same macro, changing only
 * the greeting, the customer's name, a reference and their own name. The audit must find each as one cluster of
 * near-identical replies; `PlantedTemplate.tickets` says exactly how many replies use it.
 */
export interface PlantedTemplate {
  id: string;
  categories: string[];
  /** The canonical text, with its variable parts in [brackets]. */
  template: string;
  tickets: number;
}

export interface TemplateSpec {
  id: string;
  categories: string[];
  /** Share of the first agent replies in these categories that use the template. */
  share: number;
  /** The reply body between the greeting line and the sign-off. */
  body: string;
}

export interface TemplateFill {
  firstName: string;
  reference: string;
  agent: string;
}

export const TEMPLATE_SPECS: readonly TemplateSpec[] = [
  {
    id: "card-delivery",
    categories: ["card_arrival", "card_delivery_estimate"],
    share: 0.86,
    body:
      "Thank you for reaching out about your new card. Cards are dispatched within two working days of the order and usually arrive within 5 to 7 working days, depending on your country. You can follow the delivery in the app under Cards, then Card status. If the card for reference [reference] has not arrived after 10 working days, please reply to this message and we will cancel it and send a replacement free of charge. In the meantime you can already pay online and in shops with your virtual card.",
  },
  {
    id: "activate-card",
    categories: ["activate_my_card"],
    share: 0.8,
    body:
      "Activating your card only takes a minute. Open the app, tap Cards, choose the card ending [reference] and select Activate card, then enter the six-digit code printed on the letter that came with it. Once it is active you can set your PIN under Card settings. The first payment with a new card has to be a chip and PIN payment or a cash withdrawal before contactless starts working. If the app says the code is not valid, please send us a photo of the letter without the card and we will activate it for you.",
  },
  {
    id: "pin-unblock",
    categories: ["pin_blocked"],
    share: 0.74,
    body:
      "Your PIN is blocked after three incorrect attempts, which protects your money if somebody else tries to use the card. To unblock it, go to any ATM, choose PIN services and select Unblock PIN, then enter your correct PIN once. If you have forgotten it, you can view it securely in the app under Card settings, then Show PIN, after confirming your identity. Your card ending [reference] keeps working for online payments while the PIN is blocked. If the ATM does not offer PIN services, reply here and we will reset it for you.",
  },
  {
    id: "exchange-rate",
    categories: ["exchange_rate"],
    share: 0.72,
    body:
      "We use the interbank exchange rate at the moment your payment or exchange is made, with no markup on weekdays. On weekends, when the currency markets are closed, we add a small markup of 0.5 percent to protect against price movements until the markets open again. You can check the live rate for any currency in the app under Payments, then Exchange, before you confirm. The rate applied to transaction [reference] is shown on its receipt in your statement. Our fees page on the help centre lists every currency we support and its limits.",
  },
  {
    id: "routing-number",
    categories: ["routing"],
    share: 0.83,
    body:
      "Your routing number and account number are in the app under Account, then Account details, and on the first page of every monthly statement. For direct deposits and incoming transfers within the country, please use routing number 021000089 together with your own account number. For international transfers the sender will also need our SWIFT code, which is shown on the same screen. For your security we never send full account numbers by message; the account we have on file ends in [reference]. Let us know if your employer needs a signed direct deposit form.",
  },
  {
    id: "rewards-balance",
    categories: ["rewards_balance", "redeem_rewards"],
    share: 0.78,
    body:
      "You can see your current rewards balance in the app under Credit card, then Rewards, and on every monthly statement. Points are added when a purchase posts, which is usually two to three days after the payment, and they never expire while your account is open. To redeem them, tap Redeem and choose a statement credit, a transfer to your savings or a gift card; the minimum redemption is 2,500 points. Your rewards account number is [reference]. If points from a recent purchase are missing after five days, reply with the date and amount and we will look into it.",
  },
  {
    id: "track-order",
    categories: ["track_order"],
    share: 0.88,
    body:
      "Thanks for your order. As soon as your parcel leaves our warehouse we send you an email with the tracking number, and you can follow it at any time under My account, then Orders. Your order [reference] is on its way and the courier usually delivers within three to five working days. If the tracking has not changed for more than two working days, please reply to this message and we will open an enquiry with the courier for you. You will not need to pay anything extra if the parcel has to be sent again.",
  },
  {
    id: "newsletter",
    categories: ["newsletter_subscription"],
    share: 0.7,
    body:
      "You can manage your newsletter subscription at any time in your account under Settings, then Email preferences, where you can subscribe, unsubscribe or choose which topics you want to hear about. Every newsletter also has an unsubscribe link at the bottom of the email. Changes take effect immediately, although an email that was already scheduled may still arrive within the next 48 hours. We have noted the request on your customer record [reference]. We only use your email address for the messages you have chosen and never share it with third parties.",
  },
  {
    id: "refund-status",
    categories: ["track_refund", "get_refund"],
    share: 0.75,
    body:
      "Once a return reaches our warehouse we inspect it within two working days and then issue the refund to the original payment method. Card refunds usually appear on your statement within five to ten working days, depending on your bank; refunds to store credit are immediate. You can check the progress under My account, then Returns and refunds, where refund [reference] is listed with its current status. If the refund has been marked as issued for more than ten working days and you still cannot see it, please reply and we will send you the payment confirmation for your bank.",
  },
];

const GREETINGS = ["Hi", "Hello", "Dear", "Hi there"];
const SIGN_OFFS = ["Best regards", "Kind regards", "Many thanks", "Best wishes"];

/** The canonical text of a template, as `PlantedTemplate.template` reports it. */
export function canonicalText(spec: TemplateSpec): string {
  return `Hi [first name],\n\n${spec.body}\n\nBest regards,\n[agent]`;
}

/** One use of a template: only the greeting, the name, the reference and the sign-off vary. */
export function renderTemplate(rand: Rand, spec: TemplateSpec, fill: TemplateFill): string {
  const body = spec.body.replace("[reference]", fill.reference);
  return `${pick(rand, GREETINGS)} ${fill.firstName},\n\n${body}\n\n${pick(rand, SIGN_OFFS)},\n${fill.agent}`;
}

const templateByCategory = new Map(TEMPLATE_SPECS.flatMap((t) => t.categories.map((c) => [c, t] as const)));

export const templateFor = (category: string): TemplateSpec | undefined => templateByCategory.get(category);
