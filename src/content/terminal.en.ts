/** The terminal's own sentences for a running check. */
export interface TerminalWords {
  signInPrompt: (uri: string, code: string) => string;
  checkProgress: (done: number, total: number) => string;
}

export const terminalEn: TerminalWords = {
  signInPrompt: (uri, code) => `To sign in, open ${uri} and enter the code ${code}. The check carries on by itself once you have signed in.`,
  checkProgress: (done, total) => `Checking… ${done} of ${total} checks done.`,
};
