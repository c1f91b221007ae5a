import type { ChoiceId } from '../machine/choices.js';

/**
 * The words a locale's interpreter looks for besides what its classifier learned: questions, contrast, facts people
 * volunteer. Every pattern runs on normalized text (lower case, no accents) and must be linear: alternations of
 * literal words, no nested repetition.
 */
export interface Vocabulary {
  /** a question rather than an answer (never taken as a yes, a no or a fact) */
  question: RegExp;
  /** where one clause ends and a contrasting one starts ("sending is broken, syncing is fine") */
  clauseBreak: RegExp;
  /** a clause saying something works */
  healthy: RegExp;
  /** a clause saying something does not */
  unhealthy: RegExp;
  /** a clause that says something is not the trouble ("not a sending problem") */
  notTheProblem: RegExp;
  sendingTopic: RegExp;
  syncingTopic: RegExp;
  /** "disconnects" alone: the article's sending case */
  disconnectTopic: RegExp;
  /** an answer that starts with yes or no, whatever follows ("no, still failing") */
  leadingYes: RegExp;
  leadingNo: RegExp;
  /** an explicit request for a person ("someone" inside a problem description is not one) */
  human: RegExp;
  startOver: RegExp;
  back: RegExp;
  /** a promise rather than a report ("I'll forward it"): never read as done */
  future: RegExp;
  /** a report that something is not (yet) so ("not done yet", "it did not work"): never read as yes, done or working */
  negated: RegExp;
  /** words that say it still fails ("yes but it still fails" is not a yes) */
  stillFailing: RegExp;
  /** a clause that is only a courtesy ("thanks", "hi there"): set aside when the message says more */
  courtesy: RegExp;
  /** a bare acknowledgement ("ok", "got it"): a yes only to an offer, elsewhere the person is on it */
  acknowledge: RegExp;
  /** the person is on it ("one sec", "let me check", "will do"): never an answer */
  holdOn: RegExp;
  /** the message for an admin or a provider went out ("sent it to him"): that is not their reply */
  handedOver: RegExp;
  /** uncertainty ("not sure", "no idea", "can't tell"): a sentence with it states nothing about the setting or the step */
  hedged: RegExp;
  /** not done yet ("they haven't fixed it yet", "still waiting"): while an admin or a provider is to act, not their reply */
  notYet: RegExp;
  /** the rest of a message that is nothing but an address ("it's jo@contoso.com") */
  addressFiller: RegExp;
  facts: {
    notAdmin: RegExp;
    /** someone else looks after Microsoft 365, or the person is not "the IT person": not an admin, unless they say they are one too */
    othersHandleIt?: RegExp;
    isAdmin: RegExp;
    /**
     * access refused, or only once ("it says I don't have permission", "last year, not now"): beside words that read
     * as an admin, or as the answer to being one, it means not an admin
     */
    adminDenied: RegExp;
    /** "I think I am", said about being an admin where that was the question ("are you an admin?", the message for one) */
    amOne: RegExp;
    toggleOn: RegExp;
    toggleOff: RegExp;
    /** the change was made a while ago */
    changedEarlier: RegExp;
    microsoftSignIn: RegExp;
    password: RegExp;
    selfManaged: RegExp;
    /** near a provider's name: it is not (or no longer) the one */
    notProvider: RegExp;
    /** a provider by name, and the name to use for it */
    providers: ReadonlyArray<readonly [RegExp, string]>;
    /** words just before the address connected in Close ("in close i use") */
    closeAddressCue: RegExp;
    /** words just before the mailbox's sign-in name ("the username is") */
    usernameCue: RegExp;
  };
  /** words that pick one offered choice in the states that offer it (checked before the classifier) */
  choices: Partial<Record<ChoiceId, RegExp>>;
}
