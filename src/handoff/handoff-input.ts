import { z } from 'zod';
import { parseDuration } from './duration.js';
import { matchLocale } from '../content/locales.js';

/** What an agent may put in a link, from the CLI or POST /api/handoffs. */
export const handoffInput = z
  .object({
    ticket: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a ticket id is 1 to 64 letters, digits, - or _'),
    address: z.email('not an email address').max(254).optional(),
    symptom: z.enum(['sending', 'syncing', 'smtp-auth-not-supported', 'error']).optional(),
    error: z.string().min(1).max(2000, 'keep the error text under 2000 characters').optional(),
    channel: z.enum(['web', 'slack', 'teams']).default('web'),
    expires: z
      .string()
      .refine((v) => parseDuration(v) !== null, 'write a duration such as 30m, 12h or 7d (at most a year)')
      .optional(),
    singleUse: z.boolean().default(false),
    /** the language the ticket is in (en, es, de, fr, pt-BR): the conversation starts in it */
    lang: z
      .string()
      .max(35)
      .refine((v) => matchLocale(v) !== undefined, 'the assistant speaks en, es, de, fr and pt-BR')
      .transform((v) => matchLocale(v))
      .optional(),
    /** API only: also post the link to the customer as a public reply on the Zendesk ticket */
    replyOnTicket: z.boolean().default(false),
  })
  .strict();

export type HandoffInput = z.input<typeof handoffInput>;
export type ParsedHandoffInput = z.output<typeof handoffInput>;

/** One readable line per problem, naming the field. */
export function describeInputProblems(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.join('.') || 'body';
      if (issue.code === 'unrecognized_keys') return `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
      if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return `${field} is required`;
      if (issue.code === 'invalid_value' && 'values' in issue) return `${field} must be one of ${issue.values.join(', ')}`;
      return `${field}: ${issue.message}`;
    })
    .join('; ');
}
