import { expect } from 'vitest';
import { call, type JsonResponse } from '../src/directlineHelpers.js';

/** What a Web Chat page does against the built-in Direct Line, step by step (directlinejs' requests). */

export interface Conversation {
  conversationId: string;
  token: string;
  expires_in: number;
}

export interface Transcript {
  activities: { id: string; type: string; text?: string; from: { id: string; role?: string }; attachments?: unknown[]; channelData?: unknown; [field: string]: unknown }[];
  watermark: string;
}

const base = (url: string) => `${url}/v3/directline`;

export async function openConversation(url: string, body?: unknown): Promise<Conversation> {
  const generated = await call(`${base(url)}/tokens/generate`, { method: 'POST', body });
  expect(generated.status, JSON.stringify(generated.body)).toBe(200);
  const { token } = generated.body as Conversation;
  const started = await call(`${base(url)}/conversations`, { method: 'POST', token, body: { locale: 'en-US' } });
  expect(started.status).toBe(201);
  return started.body as Conversation;
}

export function postActivity(url: string, conversation: Conversation, activity: unknown): Promise<JsonResponse> {
  return call(`${base(url)}/conversations/${conversation.conversationId}/activities`, { method: 'POST', token: conversation.token, body: activity });
}

export async function say(url: string, conversation: Conversation, text: string, value?: unknown): Promise<JsonResponse> {
  const sent = await postActivity(url, conversation, { type: 'message', text, ...(value === undefined ? {} : { value }), from: { id: 'page', role: 'user' }, locale: 'en-US', channelData: { clientActivityID: `c${Math.random()}` } });
  return sent;
}

export function readTranscript(url: string, conversation: Conversation, watermark = ''): Promise<JsonResponse> {
  return call(`${base(url)}/conversations/${conversation.conversationId}/activities?watermark=${watermark}`, { token: conversation.token });
}

export function refreshToken(url: string, token: string): Promise<JsonResponse> {
  return call(`${base(url)}/tokens/refresh`, { method: 'POST', token });
}
