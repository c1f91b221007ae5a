import type { TerminalWords } from './terminal.en.js';

export const terminalPtBR: TerminalWords = {
  intro: 'Digite um número ou responda com suas palavras. Digite quit para sair.',
  tooLong: (limit) => `Isso passa de ${limit} caracteres; encurte um pouco, por favor.`,
  failed: 'Ops, isso não chegou. Tente de novo.',
  bye: 'Até logo! A conversa fica salva; rode "mailbox-doctor chat --resume" para continuar.',
  feedbackHint: 'Digite s ou n.',
  feedbackYes: ['s', 'sim'],
  feedbackNo: ['n', 'nao', 'não'],
  commentPrompt: 'O que faltou? Escreva uma linha, ou só aperte Enter para pular.',
  signInPrompt: (uri, code) => `Para entrar, abra ${uri} e digite o código ${code}. A verificação continua sozinha assim que você entrar.`,
  checkProgress: (done, total) => `Verificando… ${done} de ${total} verificações concluídas.`,
};
