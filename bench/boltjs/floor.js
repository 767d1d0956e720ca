// Reference point for bench/run.sh: Node's own http server answering POST /slack/events with an empty 200
// (no Bolt, no signature check, no JSON), to compare with the JVM floor (JavalinFloorApp).
const http = require('http');

const port = Number(process.env.PORT);
const server = http.createServer((req, res) => {
  req.on('data', () => {});
  req.on('end', () => {
    res.statusCode = 200;
    res.end('');
  });
});
server.listen({ port, host: '127.0.0.1' }, () => console.log(`Node http floor listening on 127.0.0.1:${port}/slack/events`));
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
