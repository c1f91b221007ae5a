import type { TerminalWords } from './terminal.en.js';

export const terminalEs: TerminalWords = {
  intro: 'Escribe un número o responde con tus palabras. Escribe quit para salir.',
  tooLong: (limit) => `Eso pasa de ${limit} caracteres; acórtalo un poco, por favor.`,
  failed: 'Vaya, eso no llegó. Inténtalo de nuevo.',
  bye: '¡Hasta luego! La conversación queda guardada; con "mailbox-doctor chat --resume" la retomas.',
  feedbackHint: 'Escribe s o n.',
  feedbackYes: ['s', 'si', 'sí'],
  feedbackNo: ['n', 'no'],
  commentPrompt: '¿Qué faltó? Escribe una línea, o pulsa Intro para saltarlo.',
  signInPrompt: (uri, code) => `Para iniciar sesión, abre ${uri} y escribe el código ${code}. La comprobación sigue sola en cuanto hayas iniciado sesión.`,
  checkProgress: (done, total) => `Comprobando… ${done} de ${total} comprobaciones hechas.`,
};
