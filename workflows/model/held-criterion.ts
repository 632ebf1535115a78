/** One criterion that held when the run handed the ticket to a person, in words, with the value the run saw. */
export interface HeldCriterion {
  /** The node whose step recorded it. */
  nodeId: string;
  says: string;
  /** The value the run read, when the words do not already carry it. */
  was: string | null;
}
