/** What a server action built with lib/actions/define-action.ts returns to its form. */
export interface FormState {
  ok?: boolean;
  /** A translated message for the whole form (success or failure). */
  message?: string;
  /** Translated messages by field name. */
  fieldErrors?: Record<string, string>;
  /** What was submitted, so React 19's form reset does not wipe a failed form. */
  values?: Record<string, string>;
  /** What the handler returned, when it is a plain record (e.g. an API key shown once). */
  data?: Record<string, unknown>;
}

export const INITIAL_FORM_STATE: FormState = {};
