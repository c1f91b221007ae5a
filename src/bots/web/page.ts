import { webEn, type InfoPage, type WebContent } from '../../content/web.en.js';
import { LANGUAGE_SWITCH_LABEL, LANGUAGE_WORDS } from '../../content/languages.js';
import { LOCALES, type Locale } from '../../content/locales.js';
import { PAGE_STYLE } from './page-style.js';
export { CHAT_SCRIPT } from './chat-script.js';

/** What a handoff link already knows, shown above the chat; the session it opens. */
export interface ChatPageContext {
  sessionId: string;
  ticketLine: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** JSON inside a non-executed script element: `<` escaped so no text can close the element. */
const jsonBlock = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function shell(title: string, body: string, locale: Locale = 'en'): string {
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
${body}
</body>
</html>`;
}

/**
 * The one chat page: a plain visit to `/`, or a handoff link that opens its session with the ticket shown.
 * Its script is served separately (/chat.js) so the CSP can forbid inline code; the words come in a JSON block.
 */
export function renderChatPage(content: WebContent = webEn, context?: ChatPageContext, locale: Locale = 'en'): string {
  const strings = {
    locale,
    speakers: content.speakers,
    followUpLabel: content.followUpLabel,
    status: content.status,
    checkProgress: content.checkProgress,
    signInPrompt: content.signInPrompt,
    startFailed: content.startFailed,
    sendFailed: content.sendFailed,
    stillChecking: content.stillChecking,
    emptyText: content.emptyText,
    feedbackComment: content.feedbackComment,
  };
  return shell(
    content.title,
    `<main id="chat"${context ? ` data-session="${escapeHtml(context.sessionId)}"` : ''}>
  ${languageSwitch(locale)}
  <h1>${escapeHtml(content.heading)}</h1>
  ${context ? `<p class="context" id="context">${escapeHtml(context.ticketLine)}</p>` : ''}
  <ol id="log" aria-label="${escapeHtml(content.conversationLabel)}" aria-live="polite" aria-relevant="additions"></ol>
  <p class="status" id="status" role="status" aria-live="polite"></p>
  <p class="alert" id="alert" role="alert"></p>
  <div id="choices" role="group" aria-label="${escapeHtml(content.choicesLabel)}"></div>
  <form id="form">
    <label class="sr" for="text">${escapeHtml(content.inputLabel)}</label>
    <input id="text" name="text" autocomplete="off" maxlength="4000" placeholder="${escapeHtml(content.inputPlaceholder)}">
    <button type="submit">${escapeHtml(content.send)}</button>
  </form>
</main>
<script type="application/json" id="strings">${jsonBlock(strings)}</script>
<script src="/chat.js"></script>`,
    locale,
  );
}

/** Links to the page in each language, each named in its own language; the current one marked. */
function languageSwitch(current: Locale): string {
  const links = LOCALES.map((locale) => {
    const mark = locale === current ? ' aria-current="true"' : '';
    return `<a href="?lang=${locale}" lang="${locale}" hreflang="${locale}" data-locale="${locale}"${mark}>${escapeHtml(LANGUAGE_WORDS[locale].name)}</a>`;
  });
  return `<nav class="languages" aria-label="${escapeHtml(LANGUAGE_SWITCH_LABEL[current])}">${links.join(' ')}</nav>`;
}

/** A page with one message and one way on (403, 404, 410, or the Slack/Teams handoff). */
export function renderInfoPage(page: InfoPage, href: string | null = '/?new=1', extra = '', locale: Locale = 'en'): string {
  return shell(
    page.title,
    `<main>
  <h1>${escapeHtml(page.title)}</h1>
  <p>${escapeHtml(page.text)}</p>
  ${extra}
  ${href ? `<p><a class="button" href="${escapeHtml(href)}">${escapeHtml(page.action)}</a></p>` : ''}
</main>`,
    locale,
  );
}

/** The plain chat page, as served at `/`. */
export const CHAT_PAGE = renderChatPage();

/** The plain chat page in each language, rendered once. */
export function chatPages(words: (locale: Locale) => WebContent): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, renderChatPage(words(locale), undefined, locale)])) as Record<Locale, string>;
}
