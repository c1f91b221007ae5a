import type { Config } from '../../config.js';

// apart from slack-app.ts, so that a server without Slack never loads Bolt to find out

/** Why Slack stays off, or null when it can start. Names the variables, never their values. */
export function slackOffReason(config: Config): string | null {
  const { SLACK_BOT_TOKEN: bot, SLACK_SIGNING_SECRET: secret, SLACK_APP_TOKEN: app } = config;
  if (!bot && !secret && !app) return 'Slack is off: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode) to turn it on';
  if (!bot) return 'Slack is off: SLACK_BOT_TOKEN is not set (the Bot User OAuth Token, xoxb-…, from the app settings)';
  if (!bot.startsWith('xoxb-')) return 'Slack is off: SLACK_BOT_TOKEN is not a bot token (it should start with xoxb-)';
  if (app && !app.startsWith('xapp-')) return 'Slack is off: SLACK_APP_TOKEN is not an app-level token (it should start with xapp-)';
  if (!app && !secret) return 'Slack is off: set SLACK_SIGNING_SECRET (Basic Information in the app settings), or SLACK_APP_TOKEN for Socket Mode';
  return null;
}

/** Slack is on when there is a bot token and a way to receive: a signing secret (HTTP) or an app token (Socket Mode). */
export function slackConfigured(config: Config): boolean {
  return slackOffReason(config) === null;
}
