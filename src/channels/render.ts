import type { Activity } from 'botbuilder';
import type { Reply, Surface } from '../../dialogs/contract.js';
import { renderPlain, renderWeb } from './webRender.js';

/**
 * Channel-neutral replies → activities. One renderer per channel family; this file only chooses.
 * SMS and Teams get their own modules (smsRender.ts, teamsRender.ts) added to `renderers` below;
 * until then SMS uses the numbered plain-text form and Teams the web form (both render there).
 */

export type Renderer = (replies: readonly Reply[], surface: Surface) => Partial<Activity>[];

const renderers: Record<string, Renderer> = {
  sms: renderPlain,
};

export function renderReplies(replies: readonly Reply[], surface: Surface, channelId: string): Partial<Activity>[] {
  const renderer = renderers[channelId] ?? (surface.buttons ? renderWeb : renderPlain);
  return renderer(replies, surface);
}
