/**
 * A TCP server that accepts connections and never answers (a black hole), or refuses them after accepting.
 *
 * API:
 *   startBlackHole(): Promise<{ host: '127.0.0.1'; port; connections(): number; close() }>
 *     Every accepted socket is held open and silent until close().
 */
import { createServer, type AddressInfo, type Socket } from 'node:net';

export async function startBlackHole(): Promise<{ host: '127.0.0.1'; port: number; connections: () => number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  let count = 0;
  const server = createServer((socket) => {
    count++;
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    host: '127.0.0.1',
    port: (server.address() as AddressInfo).port,
    connections: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
