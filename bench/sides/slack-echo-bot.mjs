// The Slack baseline, in a process of its own: a bare Bolt app with Bolt's own HTTPReceiver and Bolt's own Web API
// client, answering each app_mention in its thread with one small Block Kit message. Prints {"port": n} when ready.
// Environment: SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN, SLACK_API_URL.
import bolt from '@slack/bolt';

const { App, HTTPReceiver, LogLevel } = bolt;
const quiet = { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => LogLevel.ERROR, setName() {} };
const receiver = new HTTPReceiver({ signingSecret: process.env.SLACK_SIGNING_SECRET, logger: quiet });
const app = new App({
  receiver,
  token: process.env.SLACK_BOT_TOKEN,
  botId: 'B0BOT',
  botUserId: 'U0BOT',
  logger: quiet,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
});
app.event('app_mention', async ({ event, client }) => {
  await client.chat.postMessage({
    channel: event.channel,
    thread_ts: event.ts,
    text: 'Hello!',
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: 'Hello! What are you seeing?' } },
      { type: 'actions', elements: [{ type: 'button', action_id: 'echo', text: { type: 'plain_text', text: 'Something' }, value: 'x' }] },
    ],
  });
});
const server = await app.start(0);
process.on('SIGTERM', () => process.exit(0)); // a normal exit, so that --cpu-prof writes its profile
process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
