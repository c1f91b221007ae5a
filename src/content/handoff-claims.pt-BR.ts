import type { ClaimRefusal } from '../handoff/handoff-claims.js';

/** O que um canal de chat diz quando um código de transferência não pode ser usado ali; `otherApps` diz onde ele vale. */
export function handoffRefusedPtBR(otherApps: string): Record<ClaimRefusal, string> {
  return {
    'unknown-code': 'Não reconheço esse código. Confira o link que o atendente do suporte enviou, ou simplesmente me conte o que está acontecendo.',
    'wrong-channel': `Esse código é de outro app (${otherApps}). Abra o link de novo, ou me conte aqui o que está acontecendo.`,
    expired: 'Esse link expirou. Peça um novo ao atendente do suporte, ou me conte o que está acontecendo e começamos do zero.',
    'already-used': 'Esse link já foi usado. Continue na conversa que ele abriu, ou me conte o que está acontecendo.',
  };
}
