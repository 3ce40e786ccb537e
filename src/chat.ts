import { userInfo } from 'node:os';
import { createInterface } from 'node:readline';
import type { Activity, CardAction } from 'botbuilder';
import { buildApp } from './app.js';
import { loadConfigOrExit } from './config.js';
import { createLogger } from './log.js';

/**
 * `npm run chat`: the same bot in a terminal, through the same adapter, bot and storage as
 * POST /api/messages (in-process, expectReplies). Choices are printed numbered; typing a number
 * presses that choice. With STORAGE=sqlite the conversation is picked up where it was left.
 */

interface CardBody {
  type?: string;
  text?: string;
  items?: CardBody[];
  facts?: { title: string; value: string }[];
}
interface CardContent {
  body?: CardBody[];
  actions?: { title?: string; url?: string }[];
}

function cardLines(elements: CardBody[] = []): string[] {
  return elements.flatMap((element) => [
    ...(element.text ? [element.text] : []),
    ...(element.facts ?? []).map((fact) => `  ${fact.title}: ${fact.value}`),
    ...cardLines(element.items),
  ]);
}

function print(replies: Partial<Activity>[]): CardAction[] {
  let choices: CardAction[] = [];
  for (const reply of replies) {
    if (reply.text) console.log(`\nbot: ${reply.text}`);
    for (const attachment of reply.attachments ?? []) {
      const card = attachment.content as CardContent;
      console.log(`\n${cardLines(card.body).join('\n')}`);
      for (const action of card.actions ?? []) console.log(`  ${action.title ?? ''}: ${action.url ?? ''}`);
    }
    if (reply.suggestedActions?.actions.length) choices = reply.suggestedActions.actions;
  }
  choices.forEach((choice, i) => console.log(`  ${i + 1}) ${choice.title}`));
  return choices;
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  // The terminal is for the conversation: logs only when something goes wrong.
  const app = await buildApp(config, { logger: createLogger('error') });
  const user = { id: 'terminal-user', name: 'you', role: 'user' };
  const base: Partial<Activity> = {
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1',
    conversation: { id: `terminal-${userInfo().username}`, isGroup: false, conversationType: 'personal', name: 'terminal' },
    from: user,
    recipient: { id: 'imr-bot', name: 'IMR guide', role: 'bot' },
    locale: Intl.DateTimeFormat().resolvedOptions().locale,
  };
  const send = (activity: Partial<Activity>) =>
    app.deps.deliver({ ...base, ...activity, id: `t${Date.now()}`, timestamp: new Date() });

  let choices = print(await send({ type: 'conversationUpdate', membersAdded: [user] }));
  // The async iterator queues lines typed (or piped) while a turn is still running.
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: '\nyou: ' });
  try {
    rl.prompt();
    for await (const raw of rl) {
      const line = raw.trim();
      if (line !== '') {
        const picked = /^\d+$/.test(line) ? choices[Number(line) - 1] : undefined;
        const activity: Partial<Activity> = picked
          ? { type: 'message', text: typeof picked.text === 'string' ? picked.text : picked.title, value: picked.value as unknown }
          : { type: 'message', text: line };
        choices = print(await send(activity));
      }
      rl.prompt();
    }
  } finally {
    rl.close();
    await app.close();
  }
}

await main();
