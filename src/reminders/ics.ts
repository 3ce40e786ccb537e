import { createHash, randomBytes } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { CALIFORNIA_TIME_ZONE } from '../../machines/dateRules.js';
import { reminderSubjects, type ReminderSubject } from '../../machines/reminderPlan.js';
import type { Sealer } from './sealed.js';
import type { ReminderStore } from './store.js';
import { agencyPhone, defaultReminderCatalog, type ReminderCatalog } from './texts.js';

/**
 * The website's reminders (issue 8): a calendar file the person adds to their own calendar, so
 * nothing has to reach them later. RFC 5545: one VEVENT per date at 10:00 America/Los_Angeles
 * (with its VTIMEZONE), alarms 14 and 2 days before (and on the plan's 30th day, its last), CRLF
 * line ends, lines folded at 75 octets, text escaped. Served at GET /calendar/:token.ics behind an
 * unguessable token (32 random bytes) that expires; only the token's SHA-256 is stored.
 */

export const calendarContentSchema = z.object({
  entries: z.array(z.object({ subject: z.enum(reminderSubjects), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) })).min(1),
  agency: z.enum(['DMHC', 'CDI']),
  locale: z.enum(['en', 'es']),
});
export type CalendarContent = z.infer<typeof calendarContentSchema>;

const CRLF = '\r\n';
const PRODID = '-//California IMR guide bot//Deadline reminders//EN';

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT values. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF + one space). Counted in UTF-8
 * bytes, never splitting a character ("Revisión", "días" are 2-byte characters).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  let limit = 75;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
      // A continuation line's leading space counts toward its 75 octets.
      limit = 74;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** America/Los_Angeles as the U.S. has observed it since 2007 (Energy Policy Act of 2005). */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${CALIFORNIA_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:-0800',
  'TZOFFSETTO:-0700',
  'TZNAME:PDT',
  'DTSTART:20070311T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:-0700',
  'TZOFFSETTO:-0800',
  'TZNAME:PST',
  'DTSTART:20071104T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const ALARM_DAYS: Readonly<Record<ReminderSubject, readonly number[]>> = {
  imrDeadline: [14, 2],
  planAnswerDue: [14, 2, 0],
  hearingDeadline: [14, 2],
};

const utcStamp = (instant: Date): string => instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const localStamp = (iso: string, time: string): string => `${iso.replace(/-/g, '')}T${time}`;

export interface IcsOptions {
  /** DTSTAMP: when the file was made. */
  now: Date;
  /** Stable per person and link, so downloading the file again updates the events instead of doubling them. */
  uidSeed: string;
  catalog?: ReminderCatalog;
}

function eventText(catalog: ReminderCatalog, content: CalendarContent, subject: ReminderSubject): { summary: string; description: string } {
  const vars = { agency: content.agency, agencyPhone: agencyPhone(content.agency) };
  const summary = catalog(`calendar.${subject}`, vars, content.locale);
  const call = catalog(subject === 'hearingDeadline' ? 'calendar.call.hearing' : 'calendar.call.agency', vars, content.locale);
  return { summary, description: `${summary}. ${call}` };
}

export function buildIcs(content: CalendarContent, options: IcsOptions): string {
  const catalog = options.catalog ?? defaultReminderCatalog;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  lines.push(`X-WR-CALNAME:${escapeText(catalog('calendar.name', {}, content.locale))}`, `X-WR-TIMEZONE:${CALIFORNIA_TIME_ZONE}`);
  lines.push(...VTIMEZONE);
  for (const entry of content.entries) {
    const { summary, description } = eventText(catalog, content, entry.subject);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${options.uidSeed}-${entry.subject}@imr-guide-bot`,
      `DTSTAMP:${utcStamp(options.now)}`,
      `DTSTART;TZID=${CALIFORNIA_TIME_ZONE}:${localStamp(entry.date, '100000')}`,
      `DTEND;TZID=${CALIFORNIA_TIME_ZONE}:${localStamp(entry.date, '103000')}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      'TRANSP:TRANSPARENT',
    );
    for (const days of ALARM_DAYS[entry.subject]) {
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:${days === 0 ? 'PT0S' : `-P${days}D`}`, `DESCRIPTION:${escapeText(summary)}`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

export interface CalendarDeps {
  store: ReminderStore;
  /** createSealer(KEY_SECRET, 'reminders/calendar'). */
  sealer: Sealer;
  now: () => Date;
  catalog?: ReminderCatalog;
}

const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const DAY = 86_400_000;

export interface CalendarLinkRequest {
  personKey: string;
  content: CalendarContent;
  /** Epoch ms; default: a week after the last date (the file is of no use after the dates). */
  expiresAt?: number;
}

/** Makes a calendar link for a person; returns the token for `/calendar/{token}.ics` (shown once, never stored). */
export async function createCalendarLink(deps: CalendarDeps, request: CalendarLinkRequest): Promise<{ token: string; path: string; expiresAt: number }> {
  const content = calendarContentSchema.parse(request.content);
  const now = deps.now().getTime();
  const last = Math.max(...content.entries.map((entry) => Date.parse(`${entry.date}T23:59:59-08:00`)));
  const expiresAt = request.expiresAt ?? last + 7 * DAY;
  const token = randomBytes(32).toString('base64url');
  await deps.store.saveCalendar({ tokenHash: hashToken(token), personKey: request.personKey, expiresAt, payload: deps.sealer.seal(JSON.stringify(content)) }, now);
  return { token, path: `/calendar/${token}.ics`, expiresAt };
}

/** Mounts GET /calendar/:token.ics. Unknown, expired or deleted links are 404, all alike. */
export function registerCalendarRoute(server: Server, deps: CalendarDeps): void {
  server.get('/calendar/:token.ics', async (req: Request, res: Response) => {
    const param = (req.params as Record<string, unknown> | undefined)?.token;
    const token = typeof param === 'string' ? param : '';
    const now = deps.now();
    const link = TOKEN.test(token) ? await deps.store.findCalendar(hashToken(token), now.getTime()) : undefined;
    let content: CalendarContent | undefined;
    if (link) {
      try {
        content = calendarContentSchema.parse(JSON.parse(deps.sealer.open(link.payload)));
      } catch {
        content = undefined;
      }
    }
    if (!link || !content) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end('Not found');
      return;
    }
    const body = buildIcs(content, { now, uidSeed: link.tokenHash.slice(0, 16), catalog: deps.catalog });
    res.writeHead(200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': 'attachment; filename="imr-deadlines.ics"',
      // The link is the only secret: keep it out of caches, referrers and search engines.
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-robots-tag': 'noindex',
    });
    res.end(body);
  });
}

