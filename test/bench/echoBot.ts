import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import restify, { type Request, type Response } from 'restify';

/**
 * The floor any bot on this stack pays: restify + the stock CloudAdapter in local mode (no
 * MicrosoftAppId), one reply per message. The benchmark compares the IMR bot against this.
 * PORT as the bot's own setting; the same body limit as src/app.ts so both parse alike.
 */

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
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
