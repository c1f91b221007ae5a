/** The terminal's own sentences for a running check. */
export interface TerminalWords {
  signInPrompt: (uri: string, code: string) => string;
  checkProgress: (done: number, total: number) => string;
  /** how to talk to it, said once at the start */
  intro: string;
  tooLong: (limit: number) => string;
  failed: string;
  bye: string;
  /** after "did this help?": how to answer it (the answers are read by `feedbackYes` / `feedbackNo`) */
  feedbackHint: string;
  /** what counts as yes / no to "did this help?", lower case */
  feedbackYes: readonly string[];
  feedbackNo: readonly string[];
  /** after "no": an optional line on what was missing */
  commentPrompt: string;
}

export const terminalEn: TerminalWords = {
  intro: 'Type a number, or answer in your own words. Type quit to leave.',
  tooLong: (limit) => `That is longer than ${limit} characters; please shorten it.`,
  failed: 'Sorry, that did not go through. Please try again.',
  bye: 'Bye! Your conversation is saved; run "mailbox-doctor chat --resume" to pick it up.',
  feedbackHint: 'Type y or n.',
  feedbackYes: ['y', 'yes'],
  feedbackNo: ['n', 'no'],
  commentPrompt: 'What was missing? Type a line, or just press Enter to skip.',
  signInPrompt: (uri, code) => `To sign in, open ${uri} and enter the code ${code}. The check carries on by itself once you have signed in.`,
  checkProgress: (done, total) => `Checking… ${done} of ${total} checks done.`,
};
