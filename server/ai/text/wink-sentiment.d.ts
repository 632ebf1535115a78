// wink-sentiment ships no types; only the part the studio uses is declared.
declare module "wink-sentiment" {
  interface WinkSentimentResult {
    /** Sum of AFINN-165 scores of the words, emojis and emoticons (negation flips a word's score). */
    score: number;
    /** Average score per sentiment-bearing token, damped for long texts: within -5..5. */
    normalizedScore: number;
  }
  function sentiment(phrase: string): WinkSentimentResult;
  export default sentiment;
}
