import { Agent, request } from 'node:http';

/**
 * The load client: complete conversations over keep-alive HTTP, each turn `expectReplies`, so a
 * turn's latency is the whole round trip of one activity and its replies. Lean on purpose (node:http,
 * no JSON parse except the last turn): the client shares the machine's two cores with the server.
 */

/** The O1 path with a free-text date (docs/benchmark.md): five turns, the last one the outcome. */
export const o1Conversation = ['Kaiser', 'not medically necessary', 'they said no in writing', 'October 3', 'not urgent'] as const;

/** The DMHC Help Center's number: the O1 outcome must name it (machines/facts.ts). */
export const dmhcPhone = '1-888-466-2219';

export interface PostResult {
  status: number;
  body: string;
}

export function createClient(baseUrl: string, sockets: number) {
  const url = new URL('/api/messages', baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
  const post = (body: string): Promise<PostResult> =>
    new Promise((resolve, reject) => {
      const req = request(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return { post, close: () => agent.destroy() };
}

export type Client = ReturnType<typeof createClient>;

export function messageBody(conversationId: string, text: string, sequence: number): string {
  return JSON.stringify({
    type: 'message',
    id: `m${sequence}`,
    channelId: 'webchat',
    serviceUrl: 'http://127.0.0.1:9',
    locale: 'en-US',
    conversation: { id: conversationId },
    from: { id: `user-${conversationId}`, role: 'user' },
    recipient: { id: 'bot', role: 'bot' },
    deliveryMode: 'expectReplies',
    text,
  });
}

export interface PhaseResult {
  turns: number;
  conversations: number;
  errors: number;
  /** What the errors were: an HTTP status or a socket error code, with counts. */
  errorKinds: Record<string, number>;
  /** Finished conversations whose last reply was not the O1 outcome (or the echo, for the echo bot). */
  wrongReplies: number;
  seconds: number;
  latenciesMs: number[];
  finishedIds: string[];
}

export interface PhaseOptions {
  client: Client;
  concurrency: number;
  seconds: number;
  maxTurns: number;
  idPrefix: string;
  /** Is this the reply a finished conversation should end with? */
  checkLast: (body: string) => boolean;
}

/** `concurrency` conversations at a time, each a fresh id, until the time or the turn budget runs out. */
export async function runPhase(options: PhaseOptions): Promise<PhaseResult> {
  const result: PhaseResult = { turns: 0, conversations: 0, errors: 0, errorKinds: {}, wrongReplies: 0, seconds: 0, latenciesMs: [], finishedIds: [] };
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  let nextId = 0;
  let sequence = 0;
  const more = () => performance.now() < deadline && result.turns < options.maxTurns;
  const worker = async () => {
    while (more()) {
      const id = `${options.idPrefix}-${nextId++}`;
      let ok = true;
      for (const [index, text] of o1Conversation.entries()) {
        if (!more()) return;
        const t0 = performance.now();
        let reply: PostResult;
        try {
          reply = await options.client.post(messageBody(id, text, sequence++));
        } catch (error) {
          countError(result, (error as NodeJS.ErrnoException).code ?? 'socket');
          ok = false;
          break;
        }
        result.latenciesMs.push(performance.now() - t0);
        result.turns += 1;
        if (reply.status !== 200) {
          countError(result, `HTTP ${reply.status}`);
          ok = false;
          break;
        }
        if (index === o1Conversation.length - 1 && !options.checkLast(reply.body)) result.wrongReplies += 1;
      }
      if (ok) {
        result.conversations += 1;
        result.finishedIds.push(id);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

function countError(result: PhaseResult, kind: string): void {
  result.errors += 1;
  result.errorKinds[kind] = (result.errorKinds[kind] ?? 0) + 1;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}
