import { createHash, randomBytes } from 'node:crypto';
import ical, { escape, ICalAlarmType, ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';
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
 * (with its VTIMEZONE), alarms 14 and 2 days before (and on the plan's 30th day, its last), written
 * by ical-generator (CRLF line ends, lines folded at 75 octets, text escaped). Served at GET /calendar/:token.ics behind an
 * unguessable token (32 random bytes) that expires; only the token's SHA-256 is stored.
 */

export const calendarContentSchema = z.object({
  entries: z.array(z.object({ subject: z.enum(reminderSubjects), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) })).min(1),
  agency: z.enum(['DMHC', 'CDI']),
  locale: z.enum(['en', 'es']),
});
export type CalendarContent = z.infer<typeof calendarContentSchema>;

/** ical-generator writes the leading "-" of the formal public identifier. */
const PRODID = '//California IMR guide bot//Deadline reminders//EN';

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
].join('\r\n');

const ALARM_DAYS: Readonly<Record<ReminderSubject, readonly number[]>> = {
  imrDeadline: [14, 2],
  planAnswerDue: [14, 2, 0],
  hearingDeadline: [14, 2],
};

const DAY_SECONDS = 86_400;

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
  const calendar = ical({
    prodId: PRODID,
    scale: 'GREGORIAN',
    method: ICalCalendarMethod.PUBLISH,
    // ical-generator 10 writes NAME and X-WR-CALNAME unescaped (event texts it escapes).
    name: escape(catalog('calendar.name', {}, content.locale), false),
    // No calendar-wide zone (it would write DTSTAMP without its Z); the events name theirs, and the generator adds its VTIMEZONE.
    timezone: { name: null, generator: () => VTIMEZONE },
    x: { 'X-WR-TIMEZONE': CALIFORNIA_TIME_ZONE },
  });
  for (const entry of content.entries) {
    const { summary, description } = eventText(catalog, content, entry.subject);
    const event = calendar.createEvent({
      id: `${options.uidSeed}-${entry.subject}@imr-guide-bot`,
      stamp: options.now,
      // Local wall-clock times in the event's zone: 10:00 in California whatever the offset that day.
      start: `${entry.date}T10:00:00`,
      end: `${entry.date}T10:30:00`,
      timezone: CALIFORNIA_TIME_ZONE,
      summary,
      description,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
    for (const days of ALARM_DAYS[entry.subject]) event.createAlarm({ type: ICalAlarmType.display, triggerBefore: days * DAY_SECONDS, description: summary });
  }
  // RFC 5545 §3.1: every content line ends with CRLF, the last one too.
  return `${calendar.toString()}\r\n`;
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

