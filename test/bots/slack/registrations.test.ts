import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_HANDLERS } from '../../../src/bots/slack/action-handlers.js';
import { COMMAND_HANDLERS, SHORTCUT_HANDLERS, VIEW_HANDLERS } from '../../../src/bots/slack/entry-handlers.js';
import { EVENT_HANDLERS } from '../../../src/bots/slack/event-handlers.js';
import { slackEn } from '../../../src/content/slack.en.js';
import {
  ACTION_PATTERN,
  actionKey,
  ACTIONS,
  BOT_EVENTS,
  EVENTS_PATH,
  FEATURE_SCOPES,
  MESSAGE_SHORTCUTS,
  requiredBotScopes,
  SLASH_COMMANDS,
  VIEWS,
  WEB_API_METHODS,
} from '../../../src/bots/slack/registrations.js';

const root = join(import.meta.dirname, '../../..');
const manifest = JSON.parse(readFileSync(join(root, 'manifest/slack.json'), 'utf8'));
const sorted = (values: Iterable<string>) => [...values].sort();

describe('the Slack manifest', () => {
  it('subscribes to exactly the bot events the code handles', () => {
    expect(sorted(Object.keys(EVENT_HANDLERS))).toEqual(sorted(BOT_EVENTS));
    expect(sorted(manifest.settings.event_subscriptions.bot_events)).toEqual(sorted(BOT_EVENTS));
    expect(manifest.settings.event_subscriptions.request_url).toMatch(new RegExp(`${EVENTS_PATH}$`));
  });

  it('declares exactly the slash commands the code handles, sent to the events endpoint', () => {
    expect(sorted(Object.keys(COMMAND_HANDLERS))).toEqual(sorted(SLASH_COMMANDS));
    const commands = manifest.features.slash_commands as Array<{ command: string; url: string }>;
    expect(sorted(commands.map((c) => c.command))).toEqual(sorted(SLASH_COMMANDS));
    for (const c of commands) expect(c.url).toMatch(new RegExp(`${EVENTS_PATH}$`));
  });

  it('declares exactly the message shortcuts the code handles, with the names the code gives them', () => {
    expect(sorted(Object.keys(SHORTCUT_HANDLERS))).toEqual(sorted(Object.keys(MESSAGE_SHORTCUTS)));
    const shortcuts = manifest.features.shortcuts as Array<{ callback_id: string; name: string; type: string }>;
    expect(shortcuts.map((s) => [s.callback_id, s.name, s.type]).sort()).toEqual(
      Object.entries(MESSAGE_SHORTCUTS).map(([id, name]) => [id, name, 'message']).sort(),
    );
  });

  it('turns on interactivity at the events endpoint, since the code handles buttons, selects and a modal', () => {
    expect(sorted(Object.keys(ACTION_HANDLERS))).toEqual(sorted(Object.keys(ACTIONS)));
    expect(sorted(Object.keys(VIEW_HANDLERS))).toEqual(sorted(Object.keys(VIEWS)));
    expect(manifest.settings.interactivity).toEqual({ is_enabled: true, request_url: expect.stringMatching(new RegExp(`${EVENTS_PATH}$`)) });
  });

  it('turns on the Home tab and the Messages tab the code uses', () => {
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false });
  });

  it('turns on the agent experience with the prompts the code pins, so both say the same', () => {
    const agent = manifest.features.agent_view;
    expect(manifest.features.assistant_view).toBeUndefined();
    expect(typeof agent.agent_description).toBe('string');
    expect(agent.agent_description.length).toBeGreaterThan(0);
    expect(agent.agent_description.length).toBeLessThanOrEqual(300);
    expect(agent.suggested_prompts).toEqual(slackEn.agent.prompts);
    expect(agent.suggested_prompts.length).toBeLessThanOrEqual(4);
    // the Messages tab opened is the agent experience's signal of a direct message opened
    expect(BOT_EVENTS).toContain('app_home_opened');
    expect(WEB_API_METHODS['assistant.threads.setSuggestedPrompts']).toBe('assistant:write');
  });

  it('asks for exactly the bot scopes the handled events, commands and Web API calls need', () => {
    for (const event of BOT_EVENTS) expect(FEATURE_SCOPES).toHaveProperty([`event:${event}`]);
    for (const command of SLASH_COMMANDS) expect(FEATURE_SCOPES).toHaveProperty([`command:${command}`]);
    for (const shortcut of Object.keys(MESSAGE_SHORTCUTS)) expect(FEATURE_SCOPES).toHaveProperty([`shortcut:${shortcut}`]);
    expect(sorted(manifest.oauth_config.scopes.bot)).toEqual(requiredBotScopes());
    expect(manifest.oauth_config.scopes.user).toBeUndefined();
  });

  it('lists every Web API method the Slack code calls, so each one’s scope is accounted for', () => {
    const dir = join(root, 'src/bots/slack');
    const called = new Set<string>();
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), 'utf8');
      for (const match of source.matchAll(/this\.call\('([a-z]+(?:\.[a-zA-Z]+)+)'/g)) called.add(match[1] ?? '');
    }
    expect(called.size).toBeGreaterThan(5);
    expect(sorted(called)).toEqual(sorted(Object.keys(WEB_API_METHODS)));
  });
});

describe('the one block-action listener', () => {
  it('matches every action id the app uses, and no other, and finds the handler of each', () => {
    for (const [key, id] of Object.entries(ACTIONS)) {
      const actionId = key.endsWith('Prefix') ? `${id}sending-fails` : id;
      expect(ACTION_PATTERN.test(actionId)).toBe(true);
      expect(actionKey(actionId)).toBe(key);
    }
    for (const other of ['mbd_pick_admin_extra', 'someone_elses_button', 'xmbd_choice_yes']) {
      expect(ACTION_PATTERN.test(other)).toBe(false);
      expect(actionKey(other)).toBeNull();
    }
  });
});
