import type { Locale } from './locales.js';
import type { Content } from './types.js';
import type { SlackContent } from './slack.en.js';
import type { TeamsContent } from './teams.en.js';
import type { WebContent } from './web.en.js';
import type { TerminalWords } from './terminal.en.js';
import type { HelpdeskContent } from './helpdesk.en.js';
import type { ProbeContent } from './probes.en.js';
import { en } from './en.js';
import { es } from './es.js';
import { de } from './de.js';
import { fr } from './fr.js';
import { ptBR } from './pt-BR.js';
import { slackEn } from './slack.en.js';
import { slackEs } from './slack.es.js';
import { slackDe } from './slack.de.js';
import { slackFr } from './slack.fr.js';
import { slackPtBR } from './slack.pt-BR.js';
import { teamsEn } from './teams.en.js';
import { teamsEs } from './teams.es.js';
import { teamsDe } from './teams.de.js';
import { teamsFr } from './teams.fr.js';
import { teamsPtBR } from './teams.pt-BR.js';
import { webEn } from './web.en.js';
import { webEs } from './web.es.js';
import { webDe } from './web.de.js';
import { webFr } from './web.fr.js';
import { webPtBR } from './web.pt-BR.js';
import { terminalEn } from './terminal.en.js';
import { terminalEs } from './terminal.es.js';
import { terminalDe } from './terminal.de.js';
import { terminalFr } from './terminal.fr.js';
import { terminalPtBR } from './terminal.pt-BR.js';
import { helpdeskEn } from './helpdesk.en.js';
import { helpdeskEs } from './helpdesk.es.js';
import { helpdeskDe } from './helpdesk.de.js';
import { helpdeskFr } from './helpdesk.fr.js';
import { helpdeskPtBR } from './helpdesk.pt-BR.js';
import { probesEn } from './probes.en.js';
import { probesEs } from './probes.es.js';
import { probesDe } from './probes.de.js';
import { probesFr } from './probes.fr.js';
import { probesPtBR } from './probes.pt-BR.js';

/** Every language's words, one record per part: a language missing anywhere fails to compile. */
export const CONTENT: Readonly<Record<Locale, Content>> = { en, es, de, fr, 'pt-BR': ptBR };
export const SLACK_WORDS: Readonly<Record<Locale, SlackContent>> = { en: slackEn, es: slackEs, de: slackDe, fr: slackFr, 'pt-BR': slackPtBR };
export const TEAMS_WORDS: Readonly<Record<Locale, TeamsContent>> = { en: teamsEn, es: teamsEs, de: teamsDe, fr: teamsFr, 'pt-BR': teamsPtBR };
export const WEB_WORDS: Readonly<Record<Locale, WebContent>> = { en: webEn, es: webEs, de: webDe, fr: webFr, 'pt-BR': webPtBR };
export const TERMINAL_WORDS: Readonly<Record<Locale, TerminalWords>> = {
  en: terminalEn,
  es: terminalEs,
  de: terminalDe,
  fr: terminalFr,
  'pt-BR': terminalPtBR,
};
export const HELPDESK_WORDS: Readonly<Record<Locale, HelpdeskContent>> = {
  en: helpdeskEn,
  es: helpdeskEs,
  de: helpdeskDe,
  fr: helpdeskFr,
  'pt-BR': helpdeskPtBR,
};
export const PROBE_WORDS: Readonly<Record<Locale, ProbeContent>> = { en: probesEn, es: probesEs, de: probesDe, fr: probesFr, 'pt-BR': probesPtBR };

/** The other languages, for an engine whose default language is English. */
export function otherLocales(): Partial<Record<Locale, Content>> {
  const { en: _default, ...others } = CONTENT;
  return others;
}
