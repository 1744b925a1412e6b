// What a stopping HTTP server closes, and what it leaves to finish. Node's server.close() also
// destroys every connection with no request in progress, including one accepted a moment ago
// whose request has not been read yet: that reader gets a reset for a request the server never
// saw. Here a stop closes only connections that have been answered and are idle (kept alive);
// a fresh connection is read and answered (with Connection: close), like any request in flight.
import type { Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export function trackConnections(server: Server): void {
  const answered = new Set<Socket>(); // connections between requests, after at least one
  server.on('connection', (socket: Socket) => socket.once('close', () => answered.delete(socket)));
  server.on('request', (_request, response: ServerResponse) => {
    const socket = response.socket;
    if (!socket) return;
    answered.delete(socket);
    response.once('finish', () => {
      if (!socket.destroyed) answered.add(socket);
    });
  });
  // Called by server.close() (and by Fastify): idle kept-alive connections only.
  server.closeIdleConnections = () => {
    for (const socket of answered) socket.destroy();
    answered.clear();
  };
}
