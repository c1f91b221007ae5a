import { checkReportIn } from './check-report.js';
import { diagnosesEs } from './diagnoses.es.js';
import { probesEs } from './probes.es.js';

export const { checkFinding, checkReport } = checkReportIn(probesEs, diagnosesEs, {
  colon: ': ',
  cannotRun: 'Ahora mismo no puedo hacer esa comprobación. Podemos seguir sin ella.',
  interrupted: 'La comprobación se interrumpió antes de terminar (el servicio se reinició). Puedes lanzarla otra vez.',
  failed: 'Lo siento, la comprobación en sí falló, así que no puedo sacar nada de ella. Puedes intentarlo de nuevo o seguir adelante.',
  mailbox: 'el buzón',
  found: (address) => `Esto es lo que encontré para ${address}:`,
  allFine: (address) => `Todo lo que puedo ver desde fuera parece correcto para ${address}:`,
  afterFound: 'Sigue y te llevo paso a paso a la solución.',
  afterFine: 'Así que lo más probable es que la causa sea una opción dentro de Microsoft 365 o de Close. Sigamos.',
});
