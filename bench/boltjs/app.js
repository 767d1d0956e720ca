// Baseline for bench/run.sh: the minimal bolt-js app a team would start from. ExpressReceiver, Bolt's
// own signature check, acks app_mention and does nothing else. The Web API client points at the
// benchmark's fake Slack (SLACK_API_URL), which answers the auth.test Bolt makes at start-up.
const { App, ExpressReceiver, LogLevel } = require('@slack/bolt');

for (const name of ['SLACK_SIGNING_SECRET', 'SLACK_BOT_TOKEN', 'SLACK_API_URL', 'PORT']) {
  if (!process.env[name]) {
    console.error(`bolt-js baseline: ${name} is not set`);
    process.exit(2);
  }
}

const receiver = new ExpressReceiver({ signingSecret: process.env.SLACK_SIGNING_SECRET });
const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  receiver,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  logLevel: LogLevel.WARN,
});

app.event('app_mention', async () => {});

(async () => {
  await app.start({ port: Number(process.env.PORT), host: '127.0.0.1' });
  console.log(`bolt-js baseline listening on 127.0.0.1:${process.env.PORT}/slack/events`);
})();

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => app.stop().finally(() => process.exit(0)));
}
