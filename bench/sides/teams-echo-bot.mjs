// The Teams baseline, in a process of its own: botbuilder's own CloudAdapter on a bare node server, echoing each
// message back as one reply (sent to the activity's serviceUrl, as Teams expects). Prints {"port": n} when ready.
import { createServer } from 'node:http';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';

/** CloudAdapter as botbuilder ships it, its entry point for a parsed request made public. */
class BareAdapter extends CloudAdapter {
  run(authorization, activity, logic) {
    return this.processActivity(authorization, activity, logic);
  }
}
const adapter = new BareAdapter(new ConfigurationBotFrameworkAuthentication({}));
const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    adapter
      .run(String(req.headers.authorization ?? ''), JSON.parse(Buffer.concat(chunks).toString('utf8')), async (context) => {
        await context.sendActivity(context.activity.text ?? '');
      })
      .then((response) => {
        res.writeHead(response?.status ?? 200);
        res.end();
      })
      .catch(() => {
        res.writeHead(500);
        res.end();
      });
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`));
process.on('SIGTERM', () => process.exit(0)); // a normal exit, so that --cpu-prof writes its profile
