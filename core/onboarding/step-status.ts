/** A step's derived state and why (DESIGN §4.6): states are derived from sign-offs, never stored. */
export type StepState = 'waiting' | 'ready' | 'done' | 'not_applicable';

export interface StepStatus {
  state: StepState;
  reason: string;
  /** Dependencies still open (waiting steps only). */
  waitingFor: string[];
}
