import type { Fact } from './contract.js';
import { say, type Voice } from './say.js';

/**
 * The deploying organisation in the bot's words (issue 17): who offers the guide, how to reach a
 * person there. Said only when the host handed an organisation in (Voice.org); each sentence only
 * with the part it needs, so no setting left unset leaves a gap ("call  at").
 */

/** "This guide comes from X. To talk with someone there, call N." (+ "Website: U" where asked). */
export function orgLines(voice: Voice, { website }: { website: boolean }): string[] {
  const org = voice.org;
  if (!org) return [];
  const lines = [say(voice, 'org.offers')];
  if (org.phone) lines.push(say(voice, 'org.call'));
  if (website && org.url) lines.push(say(voice, 'org.visit'));
  return lines;
}

/** The outcome's "Free help" line: the organisation and its number (and page, where there is room). */
export function orgFact(voice: Voice): Fact | undefined {
  const org = voice.org;
  if (!org) return undefined;
  // SMS: the number only (a web address costs a segment, and HELP gives it).
  const url = voice.brief ? undefined : org.url;
  if (!org.phone && !url) return undefined;
  const parts = [org.name, org.phone, url].filter((part): part is string => part !== undefined);
  return { label: say(voice, 'l.freeHelp'), value: parts.join(', ') };
}
