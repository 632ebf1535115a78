import "server-only";
import { RECHECK_MS, type LoadedIntentModel } from "./active-model";

/**
 * Loads the active model now, runs its encoder once, and asks again on the loader's own cadence, so neither the
 * first tickets after a worker starts nor the first after another version is made active wait for a model load
 * (deserialising the model, creating the ONNX session). Returns the function that stops it.
 */
export function keepIntentModelLoaded(load: () => Promise<LoadedIntentModel | null>, everyMs = RECHECK_MS + 1_000): () => void {
  let warmed: LoadedIntentModel | null = null;
  const tick = async () => {
    try {
      const loaded = await load();
      if (loaded === null || loaded === warmed) return;
      await loaded.encoder?.embed(["warm up"]);
      warmed = loaded;
    } catch (error) {
      console.warn(`[ai] could not load the active intent model ahead of tickets: ${(error as Error).message}`);
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
