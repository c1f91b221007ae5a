import type { CheckLine, CheckSummary } from '../machine/check-summary.js';
import type { CheckId, CheckStatus } from '../probes/types.js';
import type { ProbeRefusalReason } from '../probes/safety/probe-gate.js';
import { probesPtBR } from './probes.pt-BR.js';
import type { Prose } from './types.js';

const MARKS: Record<CheckLine['status'], string> = { pass: '✅', warn: '⚠️', fail: '❌', skip: '➖', error: '❔' };

/** Uma linha por verificação: uma marca, o nome da verificação, o que ela quer dizer e o que foi visto. */
export function checkLines(check: CheckSummary): string[] {
  return check.checks
    .filter((c) => c.status !== 'skip')
    .map((c) => {
      const words = probesPtBR.checks[c.id as CheckId] as ({ name: string } & Record<CheckStatus, string>) | undefined;
      if (!words) return `${MARKS[c.status]} ${c.summary}`;
      const seen = c.status === 'pass' || !c.summary ? '' : ` (${c.summary})`;
      return `${MARKS[c.status]} ${words.name}: ${words[c.status]}${seen}`;
    });
}

function refusalText(check: CheckSummary): string {
  const reason = check.refused as ProbeRefusalReason | undefined;
  const say = reason ? probesPtBR.refusals[reason] : undefined;
  return say ? say(check.retryAfterMinutes) : 'Não consigo fazer essa verificação agora. Podemos seguir sem ela.';
}

/** As palavras de uma verificação ao vivo terminada (ou não terminada). */
export function checkReport(check: CheckSummary | null): Prose {
  if (!check || check.outcome === 'interrupted') {
    return { text: 'A verificação foi interrompida antes de terminar (o serviço reiniciou). Você pode rodar de novo.' };
  }
  if (check.outcome === 'failed') {
    return { text: 'Desculpe, a própria verificação falhou, então não dá para tirar nada dela. Você pode tentar de novo ou seguir em frente.' };
  }
  if (check.outcome === 'refused') return { text: refusalText(check) };
  const found = check.diagnoses.length > 0;
  return {
    text: found
      ? `Veja o que encontrei para ${check.address ?? 'a caixa de correio'}:`
      : `Tudo o que consigo ver de fora parece certo para ${check.address ?? 'a caixa de correio'}:`,
    steps: checkLines(check),
    after: found ? 'Vamos em frente, que eu te mostro como corrigir.' : 'Então a causa provavelmente é uma configuração dentro do Microsoft 365 ou do Close. Vamos em frente.',
  };
}
