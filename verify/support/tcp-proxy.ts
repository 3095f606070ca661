import { connect, createServer, type Server, type Socket } from 'node:net';

export interface CuttingProxy {
  port: number;
  /** Connections seen, and those cut after the request went through and before the response came back. */
  stats: { connections: number; cut: number };
  setCutRate(rate: number): void;
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of the API that, for a share of the connections, lets the request reach
 * the server and then drops the connection the moment the response starts to come back: the
 * server did the work, the client never hears of it. The worst case for "saved exactly once".
 */
export async function startCuttingProxy(targetPort: number, cutRate: number): Promise<CuttingProxy> {
  const stats = { connections: 0, cut: 0 };
  let rate = cutRate;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    stats.connections += 1;
    const cut = Math.random() < rate;
    const upstream = connect(targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {});
    }
    client.on('data', (chunk) => upstream.write(chunk));
    client.on('end', () => upstream.end());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    upstream.on('data', (chunk) => {
      if (cut) {
        stats.cut += 1;
        // Reset, not a clean close: the client sees "connection reset" with no status line.
        client.resetAndDestroy();
        upstream.destroy();
        return;
      }
      client.write(chunk);
    });
    upstream.on('end', () => client.end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    stats,
    setCutRate: (next) => (rate = next),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
