import { createServer } from 'node:http';

/**
 * A fast local imitation of Rokt for the proxy benchmark: a token endpoint, the event endpoints
 * answering 202, and GET /__stats with how many token requests it saw. Prints its port as JSON.
 */
let tokenRequests = 0;
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    if (req.method === 'GET' && req.url === '/__stats') return json(200, { tokenRequests });
    if (req.method === 'POST' && req.url === '/oauth2/token') {
      tokenRequests++;
      return json(200, {
        access_token: `bench-token-${tokenRequests}`,
        token_type: 'bearer',
        expires_in: 3600,
      });
    }
    if (req.method === 'POST' && req.url?.startsWith('/v1/subscriptionevent/')) {
      if (!req.headers.authorization?.startsWith('Bearer ')) return json(401, { message: 'Unauthorized' });
      return json(202, { status: 'Accepted', bytes: Buffer.concat(chunks).length });
    }
    json(404, { message: 'Not found' });
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') console.log(JSON.stringify({ port: address.port }));
});
