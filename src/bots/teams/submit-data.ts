import { z } from 'zod';
import { FEEDBACK_ANSWERS } from '../../machine/feedback.js';

/**
 * What an Adaptive Card's Action.Submit sends back (its `data` merged with the card's inputs). `md` names the
 * action; inputs have ids that never collide with data keys, so a button never picks up another input's value.
 */
export const INPUT_IDS = {
  pickedChoice: 'mdPickedChoice',
  text: 'mdText',
  address: 'mdAddress',
  adminEmail: 'mdAdminEmail',
  feedbackComment: 'mdComment',
} as const;

const base = { session: z.uuid(), version: z.number().int().positive() };
const inputs = {
  [INPUT_IDS.pickedChoice]: z.string().optional(),
  [INPUT_IDS.text]: z.string().optional(),
  [INPUT_IDS.address]: z.string().optional(),
  [INPUT_IDS.adminEmail]: z.string().optional(),
  [INPUT_IDS.feedbackComment]: z.string().optional(),
};

export const submitData = z.discriminatedUnion('md', [
  z.object({ md: z.literal('choice'), choice: z.string().min(1), ...base, ...inputs }),
  z.object({ md: z.literal('choice-set'), ...base, ...inputs }),
  z.object({ md: z.literal('text'), ...base, ...inputs }),
  z.object({ md: z.literal('notify-admin'), ...base, ...inputs }),
  z.object({ md: z.literal('admin-done'), session: z.uuid(), admin: z.string().min(1) }),
  /** an answer to "did this help?" (taken whatever the session's version is now, as the engine takes it) */
  z.object({ md: z.literal('feedback'), answer: z.enum(FEEDBACK_ANSWERS), ...base, ...inputs }),
]);

export type SubmitData = z.infer<typeof submitData>;

/** Parses a card submit; null when the value is not one of ours (or is damaged). */
export function parseSubmit(value: unknown): SubmitData | null {
  const parsed = submitData.safeParse(value);
  return parsed.success ? parsed.data : null;
}
