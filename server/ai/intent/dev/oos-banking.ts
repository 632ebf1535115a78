/**
 * `npx tsx --conditions=react-server server/ai/intent/dev/oos-banking.ts [BUDGET|off]`: Banking77's held-out 20% with
 * the sentence encoder, with or without the unfamiliar-text check, to see what the check costs where every text is
 * in scope (coverage at 97% precision, and at the threshold the model chose).
 */
import "server-only";
import { sharedSentenceEncoder } from "../../encoder/sentence-encoder";
import { evaluateIntentParallel } from "../evaluate";
import { banking77Split } from "./splits";

const budget = process.argv[2] === "off" ? false : process.argv[2] ? Number(process.argv[2]) : undefined;
const { train, test } = banking77Split();
const encoder = await sharedSentenceEncoder();
const { curve: _c, ...r } = await evaluateIntentParallel(train, test, { seed: 1, encoder, tuning: { familiarityBudget: budget } });
console.log(JSON.stringify({ budget, accuracy: r.accuracy, coverageAtPrecision97: r.coverageAtPrecision97, thresholdAtPrecision97: r.thresholdAtPrecision97, trainingThreshold: r.trainingThreshold, atTrainingThreshold: r.atTrainingThreshold, encodedShare: r.encodedShare, trainSeconds: r.trainSeconds }));
