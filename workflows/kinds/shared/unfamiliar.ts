/**
 * The trace's words for a ticket the intent model flags as unlike every intent it was trained on: the classify
 * step takes "unsure" on it and the AI reply hands it to an agent, both saying so in the same plain words.
 */
export const NOT_LIKE_ANY_INTENT = "not like any intent the model was trained on";
