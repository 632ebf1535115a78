import { z } from "zod";

/** Config fields several node kinds share, so each reads and validates alike everywhere. */
export const label = z.string().max(120).optional();

export const threshold = z
  .number({ error: "Threshold must be a number between 0 and 1" })
  .min(0, "Threshold must be between 0 and 1")
  .max(1, "Threshold must be between 0 and 1");

/** A duration such as "30m", "4h" or "1h30m"; the compiler parses it and rejects negative or malformed ones. */
export const duration = z.string({ error: "Enter a duration such as 30m, 4h or 2d" });

/**
 * Per-intent overrides of a node's confidence threshold: ops raise it for intents where a wrong answer costs
 * more, lower it where the calibration view shows the model is precise. Keyed by intent label.
 */
export const thresholdsByIntent = z.record(z.string().min(1, "Name the intent"), threshold).default({});

export const tier = z.union([z.literal(1), z.literal(2), z.literal(3)], { error: "Tier must be 1, 2 or 3" });
