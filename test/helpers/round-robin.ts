import { createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A load balancer in front of several servers: each HTTP request goes to the next one in turn (no sticky sessions,
 * no connection reuse towards them), unless `route` names another for it. `served` counts requests per server.
 */
export async function roundRobin(targets: string[]) {
  let next = 0;
  const served = targets.map(() => 0);
  const balancer = {
    url: '',
    served,
    /** picks the server (an index into targets) for a request; round-robin when it returns undefined */
    route: (_req: IncomingMessage): number | undefined => undefined,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = createServer((req, res) => {
    const index = balancer.route(req) ?? next++ % targets.length;
    served[index] = (served[index] ?? 0) + 1;
    const target = new URL(req.url ?? '/', targets[index]);
    const forwarded = request(target, { method: req.method, headers: { ...req.headers, host: target.host }, agent: false }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forwarded.on('error', () => {
      res.writeHead(502).end();
    });
    req.pipe(forwarded);
  });
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  balancer.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return balancer;
}
