/**
 * The two answers to "did this help?", asked when a conversation ends. Like choice ids, they are the same in every
 * channel (a Slack feedback button, a Teams card action, the JSON API's `choice`); they are not the machine's events:
 * the engine records them beside the conversation, which stays ended.
 */
export const FEEDBACK_ANSWERS = ['helpful', 'not-helpful'] as const;

export type FeedbackAnswer = (typeof FEEDBACK_ANSWERS)[number];

export const isFeedbackAnswer = (value: unknown): value is FeedbackAnswer => FEEDBACK_ANSWERS.includes(value as FeedbackAnswer);

/** The longest comment kept with an answer. */
export const FEEDBACK_COMMENT_LIMIT = 500;
