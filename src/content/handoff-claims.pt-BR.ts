import type { ClaimRefusal } from '../handoff/handoff-claims.js';

/** O que um canal de chat diz quando um código de transferência não pode ser usado ali; `otherApps` diz onde ele vale. */
export function handoffRefusedPtBR(otherApps: string): Record<ClaimRefusal, string> {
  return {
    'not-claimable': `Não consigo começar com esse código aqui: ele pode ser de outro app (${otherApps}), ter expirado ou já ter sido usado. Abra de novo o link que o seu suporte enviou, ou me conte o que está acontecendo.`,
    'too-many-attempts': 'Foram muitos códigos tentados. Espere alguns minutos, ou me conte direto o que está acontecendo.',
  };
}
