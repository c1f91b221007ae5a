import { findEmailAddresses } from '../probes/address.js';
import type { Vocabulary } from './vocabulary.js';

/** Where an address stood in the text the interpreter reads (a word no one types). */
export const ADDRESS_MARK = 'xaddressx';

export interface FoundAddresses {
  all: string[];
  /** the address connected in Close, when the text says which */
  close: string | null;
  /** the mailbox's Microsoft 365 username, when the text says which */
  username: string | null;
  /** the text with each address replaced by ADDRESS_MARK */
  rest: string;
}

/** The words just before an address (within its clause), to tell "in Close I use X" from "the username is Y". */
function before(text: string, index: number): string {
  return text.slice(Math.max(0, index - 40), index).toLowerCase();
}

export function findAddresses(raw: string, vocabulary: Vocabulary): FoundAddresses {
  const all: string[] = [];
  let close: string | null = null;
  let username: string | null = null;
  const found = findEmailAddresses(raw);
  let rest = '';
  let restFrom = 0;
  for (const match of found) {
    const address = match.address.toLowerCase();
    if (!all.includes(address)) all.push(address);
    rest += `${raw.slice(restFrom, match.index)} ${ADDRESS_MARK} `;
    restFrom = match.index + match.address.length;
    const lead = before(raw, match.index);
    if (close === null && vocabulary.facts.closeAddressCue.test(lead)) close = address;
    else if (username === null && (vocabulary.facts.usernameCue.test(lead) || address.endsWith('.onmicrosoft.com'))) username = address;
  }
  // two addresses and the username named: the other is the one in Close (never the other way round: a second
  // address beside the Close one may be anything, "reply to me at …")
  if (all.length === 2 && username && !close) close = all.find((a) => a !== username) ?? null;
  return { all, close, username, rest: rest + raw.slice(restFrom) };
}
