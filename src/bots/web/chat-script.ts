import { readFileSync } from 'node:fs';

/** The browser side of the chat (chat.client.js), read once at start and served as /chat.js. */
export const CHAT_SCRIPT = readFileSync(new URL('./chat.client.js', import.meta.url), 'utf8');
