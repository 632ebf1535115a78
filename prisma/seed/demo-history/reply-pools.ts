/**
 * Sentence pools for the agent replies that are NOT templates. Each sentence has inline alternatives
 * ("[checked|looked at|went through]") every few words and the ticket's own details ({first}, {topic},
 * {quote}, {day}, {agent}, {team}), so two composed replies share almost no run of five words: the audit must
 * not find clusters of near-identical replies that the generator did not plant.
 */
export const OPENINGS = [
  "[Hi|Hello|Dear|Hey] {first}, [thanks|thank you|many thanks] for [getting in touch|writing to us|reaching out|your message] about {topic}.",
  "[Hi|Hello|Good morning|Good afternoon] {first}, [I have|I've] [picked up|taken over|been given] your [question|case|request] on {topic}.",
  "[Hi|Hello] {first}, {agent} [here|speaking] from [the {team} team|{team}|our {team} desk].",
  "[Hello|Hi|Dear] {first}, I [read|saw|went through] your [note|message|email] where you [wrote|said|asked] \"{quote}\".",
  "[Thanks|Thank you] {first}, I [can|will|am able to] [help|sort this out|look after this] [today|right away|for you].",
  "[Hi|Hello] {first}, [sorry|apologies] for [the wait|the slow reply|keeping you waiting] on [this|{topic}|your question].",
  "{first}, [thanks|thank you] for [explaining|describing|laying out] [what happened|the problem|the situation] [so clearly|in detail|step by step].",
  "[Hi|Hello|Dear] {first}, [you|your message] [asked|said]: \"{quote}\". [Let me help|Here is what I found|I can explain].",
];

export const EMPATHY = [
  "I [know|understand|realise] [questions|worries|problems] about {topic} can be [stressful|frustrating|annoying], so [let me be precise|I will keep this clear|here are the facts].",
  "I can [see|understand] why {topic} [would be|is|looks] [confusing|unclear|odd] from [the app|your statement|the website] alone.",
  "[You were right|It was a good idea|It was sensible] to [ask|check with us|write in] [before doing anything else|first|before trying again].",
  "I [checked|looked at|reviewed] the [history|notes|activity] on your [profile|account|file] [before answering|first|this {day}].",
  "[Thanks for|I appreciate] your [patience|understanding] while I [checked|confirmed|verified] this with [{team}|my colleagues|the team].",
  "[It helps|It really helps|That helps] [a lot|a great deal] that you [told us|mentioned|said] when [this started|it began|you first noticed it].",
  "",
  "",
];

export const ACTIONS: Record<string, readonly string[]> = {
  billing: [
    "I [went through|checked|reviewed] the [charges|lines|entries] on your [last|latest|most recent] statement, and the [fee|amount|charge] [you mention|you asked about] is [a {topic} item|linked to {topic}], [not a duplicate|not charged twice].",
    "[Each|Every] [amount|charge|fee] is [itemised|listed|broken down] under [Statements|Billing|Account activity]; [tap|open|select] the [line|entry] to [see|check|read] how it was [calculated|worked out].",
    "I [asked|have asked|requested] [billing|our billing team|a colleague in billing] to [review|check|look at] the fee, and [if it was wrong|if it was applied in error] it [will be|gets] [credited|refunded|reversed] by {day}.",
    "[Fees for {topic}|{topic} fees] [depend on|vary with|are set by] your [plan|account type], and the pro plan [waives|removes|covers] [most of them|nearly all of them].",
    "A [payment|charge|transaction] [still marked|that is still|shown as] pending [can change|may change|can still move] [amount|in amount] before it [settles|is final|completes].",
    "[Your next|The next] [bill|payment|statement balance] is due on the [date|day] [shown|listed|given] under [Billing|Payments|your statement], and [paying early|an early payment] [costs nothing extra|is free|has no fee].",
  ],
  cards: [
    "I [checked|looked up|verified] the [card status|status of your card|card order] [on our side|in our system|here], and it [shows|reads|is marked] as {topic} [in progress|being handled|underway].",
    "The [tracking|delivery status|courier scan] for your card [was updated|changed|moved] on {day}, so it [should|will probably|ought to] [be with you|arrive|reach you] [soon|shortly|within days].",
    "I [have ordered|ordered|requested] a [replacement|new card|fresh card] for you, and the old [one|card] [stops working|is switched off|is cancelled] [once|as soon as] the new one is [active|activated|switched on].",
    "Your [virtual card|digital card|card in the app] [works|can be used|is usable] [straight away|right now|immediately] for [online payments|online shopping|paying online] while you [wait|are waiting].",
    "[Limits|Spending limits|The limits] for {topic} are [set|configured|kept] [per card|for each card|card by card], and you can [change|adjust|edit] them under [Card settings|Cards|Settings].",
    "I [added|left|put] a [note|request|flag] [so|asking that] the courier [calls|phones|rings] you [before|ahead of] delivery, {first}.",
  ],
  transfers: [
    "I [traced|followed|checked] the transfer and it [left|went out of|was sent from] your account [on our side|from here] [without any error|with no problem|cleanly].",
    "[Transfers|Payments] in the same currency [normally|usually|typically] [arrive|land|come through] within a working day; [international ones|foreign transfers|those abroad] [can take|may need|take] up to five.",
    "The [receiving|other|recipient's] bank [still has to|must still|needs to] [credit|release|apply] the money, so it [may help|can help|is worth it] if the recipient [asks them|calls them|checks with them].",
    "I [asked|have asked|requested] our [payments team|payments colleagues|transfer desk] to [send|open|raise] a trace [request|query|enquiry] with the other bank, and [they answer|we hear back|a reply comes] by {day}.",
    "A [transfer|payment] that [was returned|bounced|came back] [goes back|returns|is credited] to your balance, [minus|less] any [fee|charge] the other bank [took|charged|applied].",
    "[Top-ups|Top ups|Card top-ups] from a card [arrive|land|show up] [instantly|at once|immediately], while bank transfers [follow|depend on|keep to] [the usual|normal|standard] banking hours.",
  ],
  "account-security": [
    "I [froze|have frozen|paused] the card [for now|for the moment|temporarily], so [nobody|no one] can [use|spend with|pay with] it while we [sort this out|fix this|look into it].",
    "For your [safety|security|protection] I [signed out|logged out|removed] every [device|phone|session] that was [logged in|signed in|connected] to your account.",
    "[Please|Could you] [set|choose|create] a new passcode from the [login|sign-in|start] screen and [pick|use|choose] one you have [not used before|never used|not had before].",
    "We [need|have] to [confirm|check|verify] your identity [once more|again|one more time]; it [takes|needs|only needs] a [photo|picture|scan] of your ID and a [short|quick] selfie.",
    "The [checks|identity checks|verification steps] for {topic} are [required|demanded|set] by [law|regulation|our regulator], and we [cannot skip|can't waive|must keep] them [even for|for] [long-standing|loyal|existing] customers.",
    "[Nothing|No activity|Nothing I can see] [suggests|indicates|shows] your money was [touched|moved|used], but I will [keep an eye on|watch|monitor] the account until {day}.",
  ],
  disputes: [
    "I [opened|have opened|raised] a dispute for the [payment|charge|transaction] you [do not recognise|don't know|did not make], and you [will get|receive|get] an update by {day}.",
    "While the dispute is [open|running|in progress] we [credit|refund|return] the amount [temporarily|for now|provisionally], so you are [not out of pocket|covered|not left short].",
    "The merchant has [fifteen|15] days to [respond|answer|reply], after which we [decide|make a decision|rule] based on what [both sides|each side|everyone] [sent|provided|shared].",
    "[Some|Many|A lot of] merchants [show|use|print] a [different|another|separate] name on statements [than|from the one] on their [shop|website|receipts], which [explains|accounts for|is behind] [many|most|a lot of] unknown payments.",
    "I can see two [entries|lines|charges], but one of them is a [pre-authorisation|hold|temporary hold] that will [drop off|disappear|fall away] on its own [soon|within days|shortly].",
    "[Please|Could you] [send|forward|share] any [receipt|invoice|email] from the merchant about {topic}; it [speeds things up|helps a lot|makes this faster].",
  ],
  general: [
    "You can [update|change|edit] most [details|information|fields] on your profile [yourself|on your own|directly] under [Account|Profile|Settings], then [Personal details|Your details|About you].",
    "Our service is [available|offered|open] in [most|nearly all|many] countries of the region, and the [full|complete] list is on the [help centre|help pages|support site].",
    "I [made|have made|applied] the change [for you|on your behalf|myself], and it [shows|appears|will show] in the app [next time|the next time|when] you [log in|sign in|open it].",
    "[Statements|Your statements|Transaction history] go back to the [day|date] you [opened|started|created] the account, and you can [export|download|save] them as PDF.",
    "[Your balance|The balance] in the app [includes|counts|takes in] pending payments, which is why it [can differ|may differ|looks different] from the statement.",
    "For {topic}, the [quickest|fastest|easiest] way is the [self-service page|help screen|settings page] in the app, but I am [happy|glad] to [do it|handle it|take care of it] here too.",
  ],
  escalations: [
    "I have [read|gone through|reviewed] the [whole|entire|full] conversation [so far|until now|from the start], and I am [sorry|very sorry|truly sorry] it [got this far|came to this|took this long].",
    "I am taking [personal ownership|charge|responsibility] of [this case|your case|this] until it is [resolved|fixed|closed], {first}.",
    "[My colleague|Our team lead|A colleague of mine] {agent} has the [full|complete|whole] history, so you [will not need|won't have|do not need] to [repeat anything|explain it again|start over].",
    "We [should have|ought to have|could have] [handled|dealt with|answered] {topic} [better|more quickly|properly] the first time, and [I apologise|I am sorry|we are sorry] for that.",
    "I have [arranged|booked|set up] a [call back|phone call|call] from a team lead on {day}, at a time that [suits you|works for you|you choose].",
    "Your complaint is [logged|recorded|registered] [formally|officially], and we [reply|respond|answer] in writing within eight weeks [at the latest|at most|as a maximum].",
  ],
  technical: [
    "This [looks like|seems to be|appears to be] a [problem|bug|fault] with the app version, so [please|could you] [update|upgrade|refresh] it from the store and [try again|retry|give it another go].",
    "[Contactless|Tap to pay|Contactless payment] only [starts|works|begins] after the first chip and PIN [payment|purchase|transaction] on a new card.",
    "Apple Pay and Google Pay [need|require|want] the card [added|set up|registered] again after a [replacement|new] card is [issued|sent|activated].",
    "I have [reset|refreshed|re-synced] the card in our system, which [fixes|solves|clears] [most cases|nearly every case|the usual cases] where it is [declined|refused|rejected] everywhere.",
    "Our [engineers|developers|technical team] are [aware of|looking at|working on] an issue with {topic} and [expect|plan|hope] to [fix it|ship a fix|have it solved] by {day}.",
    "[Please|Could you] [send|attach|share] a [screenshot|screen capture|picture] of the [error|message|screen]; it [tells|shows] our engineers [exactly|precisely] where it [fails|breaks|goes wrong].",
  ],
  orders: [
    "I [found|located|pulled up] your order and it is [packed|ready|boxed] and [waiting for|ready for|set aside for] the courier.",
    "[Changes|Edits|Updates] to an order are [possible|allowed|fine] until it [leaves|ships from|goes out of] the warehouse, and [yours has not yet|yours is still here|yours has not left].",
    "I have [updated|changed|corrected] the delivery address on the order, and the courier [gets|receives|will get] the new one [automatically|on its own|without you doing anything].",
    "[Standard|Normal|Regular] delivery [takes|needs|usually takes] three to five working days, [express|next-day|fast] delivery [arrives|comes|lands] the next working day.",
    "I [cancelled|have cancelled|stopped] the order [for you|on your behalf|as asked], and the payment [goes back|returns|is refunded] to the card you [used|paid with].",
    "The courier [tried to deliver|came by|attempted delivery] on {day}, so the parcel is [now|currently|at the moment] at the [local depot|nearest depot|sorting centre].",
  ],
  credit: [
    "Your credit limit is [reviewed|checked|looked at] every six months, and you can [request|ask for|apply for] a review [sooner|earlier|any time] in the app.",
    "The APR on your card is [shown|listed|printed] on your statement [together with|next to|along with] the interest [charged|applied|added] this month.",
    "[Paying|Clearing|Settling] the full balance by the due date [means|ensures|lets] you pay no interest on [purchases|spending|card payments].",
    "Your application is with our credit team and we [reply|answer|decide] by {day} [at the latest|at the very latest|or sooner].",
    "[Checking|Looking at|Viewing] your credit score in the app [does not affect|never changes|has no effect on] the score itself.",
    "A higher limit [needs|requires|calls for] [up-to-date|current|recent] income details, which you can [add|enter|update] under Credit, then [Profile|Income|Your details].",
  ],
};

export const NEXT_STEPS = [
  "I will [check back|follow up|get back to you] on {day} to [make sure|confirm|see] it [worked|is fixed|went through].",
  "If anything [still looks off|is still wrong|seems odd] after {day}, [just reply|reply|answer] here and it [comes straight back to me|lands with me again|reaches me directly].",
  "You [do not need|don't have|have no need] to do anything [else|more] on your side [for now|at the moment|at this point].",
  "[Let me know|Tell me|Drop me a line] once you have [tried this|given it a go|had a chance to try], {first}.",
  "I will keep [this conversation|your ticket|the case] [open|active] until {day} in case you [need me|have questions|want to add something].",
  "",
];

export const CLOSINGS = [
  "[Best regards|Kind regards|Warm regards|Best wishes|All the best],\n{agent}",
  "[Thanks again|Many thanks|Speak soon|Cheers],\n{agent} ({team})",
  "[Have a good|Enjoy your|Have a nice] {day},\n{agent}",
];

/** The agent's second reply, after the customer wrote again. */
export const SECOND_OPENINGS = [
  "[Thanks|Thank you] for [coming back to me|your reply|writing again], {first}.",
  "[Hi|Hello] {first}, I have [an update|news|more information] on {topic}.",
  "[Hello|Hi] {first}, I [checked again|took another look|dug deeper] after your [message|reply|note].",
  "{first}, [thanks|thank you] for your [patience|understanding] on [this|{topic}].",
  "[Hi|Hello] again {first}, [here is where things stand|this is the latest|here is the update] on \"{quote}\".",
];

export const SECOND_WRAPS = [
  "This should now be [fully|completely] [sorted|resolved|fixed], and I am [closing|solving|marking as done] the ticket.",
  "I have [marked|set] this as solved, but a reply [reopens|opens|brings back] it [at once|straight away|immediately].",
  "Everything is [in place|done|set], {first}, and nothing more is [needed|required] from you.",
  "You should [see|notice] the change by {day}.",
];

/** The customer's follow-ups (generated: the datasets hold one message per customer). */
export const FOLLOW_UPS = [
  "Thanks, but it still is not working.",
  "I tried that and nothing changed.",
  "Any update on this? It has been a while.",
  "Ok, I did what you said. What happens now?",
  "Sorry, one more question about this.",
  "Still waiting on this, can someone please check?",
  "That did not help, I need this sorted today.",
  "Thank you. Can you confirm when it will be done?",
  "I am getting the same error again.",
  "Hello? I have not heard back.",
  "Can I speak to a manager about this please",
  "It worked for a day and now it is the same problem again.",
];

/** Internal notes on escalated tickets (the audit ignores internal notes when it looks for templates). */
export const ESCALATION_REASONS = [
  "customer asked for a supervisor",
  "repeat contact, third message on the same issue",
  "possible fraud, needs a second pair of eyes",
  "enterprise account, account manager informed",
  "customer mentions legal action",
  "customer threatens to close the account",
  "outside first-line permissions",
  "negative sentiment, handle with care",
];
