import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import restify, { type Request, type Response } from 'restify';
import { createAdapter } from '../../src/adapter.js';
import { createLogger } from '../../src/log.js';

/**
 * The floor any bot on this stack pays: restify + CloudAdapter in local mode (no MicrosoftAppId),
 * one reply per message, the same body limit as src/app.ts so both parse alike. ECHO_ADAPTER=stock
 * (default) is botbuilder's CloudAdapter as the samples build it; ECHO_ADAPTER=ours is the same echo
 * on src/adapter.ts's adapter (connector and token clients reused), the floor of our own path.
 */

const adapter: CloudAdapter =
  process.env.ECHO_ADAPTER === 'ours' ? createAdapter({ MicrosoftAppType: 'MultiTenant' }, createLogger('silent')).adapter : new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const server = restify.createServer({ name: 'echo-bot', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));

const logic = async (context: TurnContext): Promise<void> => {
  if (context.activity.type === 'message') await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
};

server.post('/api/messages', async (req: Request, res: Response) => {
  await adapter.process(req, res, logic);
});

server.listen(Number(process.env.PORT ?? 3979), '127.0.0.1');
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
});
