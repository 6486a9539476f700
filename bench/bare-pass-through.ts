import { createServer, request, Agent } from 'node:http';

/**
 * The least a proxy can do, for comparison with ours: a bare node:http server that forwards each POST body to
 * the stand-in's event endpoint over a keep-alive agent with a fixed Bearer token and pipes the answer back.
 * Usage: tsx bench/bare-pass-through.ts <stand-in base URL>; prints its port as JSON.
 */
const target = new URL('/v1/subscriptionevent/brazetest', process.argv[2] ?? 'http://127.0.0.1:9');
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const upstream = request(
      target,
      {
        method: 'POST',
        agent,
        headers: {
          authorization: 'Bearer bench-token',
          'content-type': 'application/json',
          'content-length': body.length,
        },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, { 'content-type': 'application/json' });
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    upstream.end(body);
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') console.log(JSON.stringify({ port: address.port }));
});
