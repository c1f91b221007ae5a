import type { TerminalWords } from './terminal.en.js';

export const terminalDe: TerminalWords = {
  intro: 'Tippe eine Zahl oder antworte in deinen eigenen Worten. Mit quit beendest du.',
  tooLong: (limit) => `Das ist länger als ${limit} Zeichen; bitte kürze es.`,
  failed: 'Das ist leider nicht angekommen. Versuch es bitte noch einmal.',
  bye: 'Tschüss! Das Gespräch ist gespeichert; mit "mailbox-doctor chat --resume" machst du weiter.',
  feedbackHint: 'Tipp j oder n.',
  feedbackYes: ['j', 'ja'],
  feedbackNo: ['n', 'nein'],
  commentPrompt: 'Was hat gefehlt? Schreib eine Zeile, oder drück einfach Enter zum Überspringen.',
  signInPrompt: (uri, code) => `Zum Anmelden öffne ${uri} und gib den Code ${code} ein. Sobald du angemeldet bist, läuft die Prüfung von selbst weiter.`,
  checkProgress: (done, total) => `Ich prüfe… ${done} von ${total} Prüfungen fertig.`,
};
