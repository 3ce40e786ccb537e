import type { AddressInfo } from 'node:net';
import ICAL from 'ical.js';
import restify from 'restify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIcs, createCalendarLink, registerCalendarRoute, type CalendarContent } from '../../src/reminders/ics.js';
import { createReminders, reminderPersonKey } from '../../src/reminders/reminders.js';
import { createSealer } from '../../src/reminders/sealed.js';
import { SqliteReminderStore } from '../../src/reminders/store.js';

/**
 * issue 8, the website: a calendar file behind an unguessable, expiring link. It must parse with a
 * real iCalendar parser (ical.js) and put each date at the right time in America/Los_Angeles,
 * with alarms 14 and 2 days before.
 */

const SECRET = 'test-key-secret-for-reminders-0123456789';

interface ParsedEvent {
  summary: string;
  description: string;
  start: Date;
  zone: string;
  localDate: string;
  alarms: number[];
}

function parse(ics: string): { name: string; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const start = event.startDate;
    return {
      summary: event.summary,
      description: event.description,
      start: start.toJSDate(),
      zone: start.zone?.tzid ?? '',
      localDate: `${start.year}-${String(start.month).padStart(2, '0')}-${String(start.day).padStart(2, '0')} ${String(start.hour).padStart(2, '0')}:${String(start.minute).padStart(2, '0')}`,
      alarms: component.getAllSubcomponents('valarm').map((alarm) => (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds() / 86_400),
    };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), events };
}

const content: CalendarContent = {
  entries: [
    { subject: 'planAnswerDue', date: '2026-11-01' },
    { subject: 'imrDeadline', date: '2027-03-14' },
    { subject: 'hearingDeadline', date: '2027-03-01' },
  ],
  agency: 'DMHC',
  locale: 'en',
};

describe('the deadline calendar file', () => {
  it('parses with ical.js and puts each date at 10:00 America/Los_Angeles, across the clock changes', () => {
    const ics = buildIcs(content, { now: new Date('2026-10-01T12:00:00Z'), uidSeed: 'abc' });
    const { name, events } = parse(ics);
    expect(name).toBe('IMR deadlines');
    expect(events.map((e) => [e.localDate, e.zone, e.start.toISOString()])).toEqual([
      // 2026-11-01: clocks went back that night, 10:00 PST.
      ['2026-11-01 10:00', 'America/Los_Angeles', '2026-11-01T18:00:00.000Z'],
      // 2027-03-14: clocks went forward that night, 10:00 PDT.
      ['2027-03-14 10:00', 'America/Los_Angeles', '2027-03-14T17:00:00.000Z'],
      ['2027-03-01 10:00', 'America/Los_Angeles', '2027-03-01T18:00:00.000Z'],
    ]);
    expect(events.map((e) => e.alarms)).toEqual([[-14, -2, 0], [-14, -2], [-14, -2]]);
    expect(events[1]?.summary).toBe('Last day to file an IMR with DMHC');
    expect(events[1]?.description).toContain('1-888-466-2219');
    expect(events[2]?.description).toContain('1-800-743-8525');
  });

  it('uses CRLF line ends, folds lines at 75 octets, and has a UID and DTSTAMP per event', () => {
    const ics = buildIcs({ ...content, locale: 'es' }, { now: new Date('2026-10-01T12:00:00Z'), uidSeed: 'abc' });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line, 'utf8')))).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(lines.filter((line) => line.startsWith('UID:'))).toEqual([
      'UID:abc-planAnswerDue@imr-guide-bot',
      'UID:abc-imrDeadline@imr-guide-bot',
      'UID:abc-hearingDeadline@imr-guide-bot',
    ]);
    expect(lines.filter((line) => line === 'DTSTAMP:20261001T120000Z')).toHaveLength(3);
    // The Spanish text survives folding inside multi-byte characters.
    expect(parse(ics).events[0]?.summary).toBe('Último de los 30 días del plan: sin respuesta hoy, IMR a DMHC desde mañana');
  });

  it('escapes text and folds without splitting a character', () => {
    const awkward = `a,b;c\\d\ne ${'í'.repeat(80)}`;
    const ics = buildIcs({ ...content, entries: [{ subject: 'imrDeadline', date: '2027-03-14' }] }, { now: new Date('2026-10-01T12:00:00Z'), uidSeed: 'abc', catalog: () => awkward });
    expect(ics).toContain('SUMMARY:a\\,b\\;c\\\\d\\ne ');
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    expect(ics).not.toContain('\uFFFD');
    expect(parse(ics).events[0]?.summary).toBe(awkward);
  });
});

async function listen(server: restify.Server): Promise<string> {
  await new Promise<void>((resolve) => server.server.listen(0, '127.0.0.1', () => resolve()));
  return `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
}

describe('GET /calendar/:token.ics', () => {
  const servers: restify.Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => new Promise<void>((resolve) => server.server.close(() => resolve()))));
  });

  async function serve(now: () => Date) {
    const store = new SqliteReminderStore({ path: ':memory:' });
    const deps = { store, sealer: createSealer(SECRET, 'reminders/calendar'), now };
    const server = restify.createServer();
    registerCalendarRoute(server, deps);
    servers.push(server);
    return { deps, store, base: await listen(server) };
  }

  it('serves the file behind a 32-byte token, and 404 once expired, deleted or unknown', async () => {
    let now = new Date('2026-11-27T20:00:00Z');
    const { deps, store, base } = await serve(() => now);
    const personKey = reminderPersonKey(SECRET, 'directline', 'user-1');
    const link = await createCalendarLink(deps, { personKey, content: { entries: [{ subject: 'imrDeadline', date: '2027-05-20' }], agency: 'CDI', locale: 'en' } });
    expect(Buffer.from(link.token, 'base64url')).toHaveLength(32);

    const ok = await fetch(`${base}${link.path}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(ok.headers.get('cache-control')).toBe('no-store');
    const { events } = parse(await ok.text());
    expect(events.map((e) => [e.localDate, e.summary])).toEqual([['2027-05-20 10:00', 'Last day to file an IMR with CDI']]);
    expect(events[0]?.description).toContain('1-800-927-4357');

    expect((await fetch(`${base}/calendar/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await fetch(`${base}/calendar/not-a-token.ics`)).status).toBe(404);

    // A week after the last date the link expires.
    now = new Date('2027-05-28T12:00:00Z');
    expect((await fetch(`${base}${link.path}`)).status).toBe(404);

    now = new Date('2026-11-27T20:00:00Z');
    expect((await fetch(`${base}${link.path}`)).status).toBe(200);
    await store.cancelPerson(personKey, 'deleteData', now.getTime());
    expect((await fetch(`${base}${link.path}`)).status).toBe(404);
    await store.close();
  });

  it('is what a website visitor gets on yes: a link, the consent recorded, nothing to send', async () => {
    const now = () => new Date('2026-11-27T20:00:00Z');
    const reminders = createReminders(
      { STORAGE: 'memory', SQLITE_PATH: ':memory:', REDIS_URL: undefined, KEY_SECRET: SECRET, MicrosoftAppId: undefined, localMode: true, TWILIO_ACCOUNT_SID: undefined, TWILIO_AUTH_TOKEN: undefined, TWILIO_FROM: undefined, TWILIO_API_BASE_URL: 'https://api.twilio.com' },
      { now },
    );
    const server = restify.createServer();
    reminders.register(server);
    servers.push(server);
    const base = await listen(server);
    const personKey = reminderPersonKey(SECRET, 'directline', 'user-2');
    const accepted = await reminders.accept({
      personKey,
      channelId: 'directline',
      dates: { planAnswerDue: { date: '2026-12-10', daysLeft: 13 } },
      agency: 'DMHC',
      locale: 'es',
      target: { kind: 'calendar' },
    });
    expect(accepted.plan.map((p) => p.kind)).toEqual(['planAnswerDue.d2', 'planAnswerDue.d0']);
    expect(await reminders.store.forPerson(personKey)).toEqual([]);
    expect((await reminders.store.consents(personKey))[0]).toMatchObject({ delivery: 'calendar', channel: 'directline', locale: 'es' });
    const response = await fetch(`${base}${accepted.calendarPath ?? ''}`);
    expect(parse(await response.text()).events.map((e) => e.localDate)).toEqual(['2026-12-10 10:00']);
    await reminders.cancel(personKey, 'stopReminders');
    expect((await fetch(`${base}${accepted.calendarPath ?? ''}`)).status).toBe(404);
    await reminders.close();
  });
});
