import type { TerminalWords } from './terminal.en.js';

export const terminalFr: TerminalWords = {
  intro: 'Tapez un numéro, ou répondez avec vos mots. Tapez quit pour quitter.',
  tooLong: (limit) => `Ce message dépasse ${limit} caractères ; merci de le raccourcir.`,
  failed: "Désolé, ce message n'est pas passé. Merci de réessayer.",
  bye: 'À bientôt ! La conversation est enregistrée ; lancez "mailbox-doctor chat --resume" pour la reprendre.',
  feedbackHint: 'Tapez o ou n.',
  feedbackYes: ['o', 'oui'],
  feedbackNo: ['n', 'non'],
  commentPrompt: 'Qu’est-ce qui a manqué ? Écrivez une ligne, ou appuyez sur Entrée pour passer.',
  signInPrompt: (uri, code) => `Pour vous connecter, ouvrez ${uri} et saisissez le code ${code}. La vérification reprend d’elle-même une fois la connexion faite.`,
  checkProgress: (done, total) => `Vérification en cours… ${done} sur ${total} terminées.`,
};
