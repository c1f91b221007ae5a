import { checkReportIn } from './check-report.js';
import { diagnosesPtBR } from './diagnoses.pt-BR.js';
import { probesPtBR } from './probes.pt-BR.js';

export const { checkFinding, checkReport } = checkReportIn(probesPtBR, diagnosesPtBR, {
  colon: ': ',
  cannotRun: 'Não consigo fazer essa verificação agora. Podemos seguir sem ela.',
  interrupted: 'A verificação foi interrompida antes de terminar (o serviço reiniciou). Você pode rodar de novo.',
  failed: 'Desculpe, a própria verificação falhou, então não dá para tirar nada dela. Você pode tentar de novo ou seguir em frente.',
  mailbox: 'a caixa de correio',
  found: (address) => `Veja o que encontrei para ${address}:`,
  allFine: (address) => `Tudo o que consigo ver de fora parece certo para ${address}:`,
  afterFound: 'Vamos em frente, que eu te mostro como corrigir.',
  afterFine: 'Então a causa provavelmente é uma configuração dentro do Microsoft 365 ou do Close. Vamos em frente.',
});
