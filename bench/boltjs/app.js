// Baselines for bench/run.sh: the minimal bolt-js app a team would start from. ExpressReceiver, Bolt's
// own signature check. With BENCH_REPLY=1 ("bolt-js + reply", the fair baseline) the app_mention listener
// posts one canned reply in the event's thread with the listener's `client` (the SDK's normal WebClient);
// Bolt has acked the event before the listener runs. Without it ("bolt-js", the floor) it does nothing.
// The Web API client points at the benchmark's fake Slack (SLACK_API_URL), which answers the auth.test
// Bolt makes at start-up.
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

const REPLY = '*Stake:* 4.40% = investment / post-money valuation = `40 / 910` '
  + '(source: bench canned reply, as of 2026-01-01)';

if (process.env.BENCH_REPLY === '1') {
  app.event('app_mention', async ({ event, client, logger }) => {
    try {
      await client.chat.postMessage({ channel: event.channel, thread_ts: event.thread_ts || event.ts, text: REPLY });
    } catch (e) {
      logger.error(`reply failed: ${e}`);
    }
  });
} else {
  app.event('app_mention', async () => {});
}

(async () => {
  await app.start({ port: Number(process.env.PORT), host: '127.0.0.1' });
  console.log(`bolt-js baseline (${process.env.BENCH_REPLY === '1' ? 'replying' : 'ack only'}) listening on 127.0.0.1:${process.env.PORT}/slack/events`);
})();

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => app.stop().finally(() => process.exit(0)));
}
