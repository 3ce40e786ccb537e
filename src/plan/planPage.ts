import { createHash } from 'node:crypto';
import type { Storage } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import type { OrgIdentity } from '../../dialogs/contract.js';
import { orgLines } from '../../dialogs/org.js';
import { phones } from '../../machines/facts.js';
import type { Metrics } from '../metrics.js';
import { escapeHtml } from './html.js';
import { kitCss, renderKitSection } from './kitHtml.js';
import { readPlan, type Plan } from './planStore.js';
import { chrome, fill, formatPlanInstant, keyDates, withoutStaleCounts } from './planTexts.js';

/**
 * `GET /plan/:token`: the printable plan (issue 9). A page of escaped text and one stylesheet — no
 * script, no image, no font, nothing fetched — so the Content-Security-Policy can forbid everything
 * else, and the page prints the same from any browser. It holds health information behind a bearer
 * link: never cached, never indexed, never sent on as a Referer.
 */

const css = `
:root { color-scheme: light; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #fff; max-width: 44rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 1.75rem 0 .5rem; border-bottom: 2px solid #1f4e79; padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1rem 0 .25rem; }
.meta { color: #444; font-size: .95rem; margin: 0 0 1rem; }
.dates { border: 2px solid #1f4e79; border-radius: 6px; padding: .5rem 1rem; margin: 1rem 0; }
.dates h2 { border: 0; margin: .25rem 0; }
.dates .left { font-weight: 600; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: .5rem 0; }
dt { font-weight: 600; }
dd { margin: 0; overflow-wrap: anywhere; }
li { margin: .3rem 0; }
a { color: #0b5394; overflow-wrap: anywhere; }
.hint { background: #f3f6f9; border-left: 4px solid #1f4e79; padding: .5rem .75rem; }
footer { margin-top: 2rem; font-size: .9rem; color: #444; border-top: 1px solid #ccc; padding-top: .75rem; }
@media (max-width: 30rem) { dl { grid-template-columns: 1fr; } dd { margin-bottom: .4rem; } }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .9em; }
  .screen-only { display: none; }
  h2, h3, .dates, dl, li { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  @page { margin: 1.5cm; }
}
${kitCss}`;

/** The stylesheet is allowed by its hash, so not even an injected <style> could apply. */
const cssHash = createHash('sha256').update(css, 'utf8').digest('base64');
export const planPageCsp = `default-src 'none'; style-src 'sha256-${cssHash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

export { escapeHtml };

const paragraphs = (text: string): string =>
  text
    .split(/\n+/)
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n');

/** Only web pages and phone numbers become links; planStore validates this too. */
const linkHref = (url: string): string | undefined => (/^(https?:|tel:)/i.test(url) ? url : undefined);

export interface PlanPageOptions {
  now: Date;
  /** The deploying organisation (src/org.ts): named in the footer with its number and page (issue 17). */
  org?: OrgIdentity;
}

export function renderPlanPage(plan: Plan, { now, org }: PlanPageOptions): string {
  const words = chrome[plan.locale];
  const title = words.title[plan.audience];
  const dates = keyDates(plan, now);
  // The reminders module serves calendar files under its own token (src/reminders/ics.ts): no token, no link.
  const calendar = plan.calendarToken
    ? `<p class="screen-only"><a href="/calendar/${encodeURIComponent(plan.calendarToken)}.ics" download>${escapeHtml(words.calendar)}</a></p>`
    : '';

  const datesBlock =
    dates.length === 0
      ? ''
      : `<section class="dates" aria-labelledby="dates">
<h2 id="dates">${escapeHtml(words.keyDates)}</h2>
<dl>
${dates.map((line) => `<dt>${escapeHtml(line.label)}</dt><dd>${escapeHtml(line.date)} — <span class="left">${escapeHtml(words.daysLeft(line.daysLeft))}</span></dd>`).join('\n')}
</dl>
<p class="meta">${escapeHtml(fill(words.asOf, { today: formatPlanInstant(now, plan.locale) }))}</p>
${calendar}
</section>`;

  const replies = plan.replies
    .map((reply) => {
      const facts = [...withoutStaleCounts(reply.facts ?? []), ...(reply.citations ? [reply.citations] : [])];
      const parts = [
        reply.title !== undefined ? `<h2>${escapeHtml(reply.title)}</h2>` : '',
        paragraphs(reply.text),
        facts.length
          ? `<dl>\n${facts.map((fact) => `<dt>${escapeHtml(fact.label)}</dt><dd>${escapeHtml(fact.value)}</dd>`).join('\n')}\n</dl>`
          : '',
        reply.steps?.length
          ? `<h3>${escapeHtml(words.steps)}</h3>\n<ol>\n${reply.steps.map((step) => `<li>${escapeHtml(step)}</li>`).join('\n')}\n</ol>`
          : '',
        reply.links?.length
          ? `<h3>${escapeHtml(words.links)}</h3>\n<ul>\n${reply.links
              .map((link) => {
                const href = linkHref(link.url);
                return href === undefined
                  ? `<li>${escapeHtml(link.label)}</li>`
                  : `<li><a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(link.label)}</a></li>`;
              })
              .join('\n')}\n</ul>`
          : '',
      ];
      return `<section>\n${parts.filter((part) => part !== '').join('\n')}\n</section>`;
    })
    .join('\n');

  const summary =
    plan.summary.length === 0
      ? ''
      : `<section>\n<h2>${escapeHtml(words.answers[plan.audience])}</h2>\n<ul>\n${plan.summary
          .map((line) => `<li>${escapeHtml(line)}</li>`)
          .join('\n')}\n</ul>\n</section>`;

  const made = fill(words.made, {
    date: formatPlanInstant(plan.createdAt, plan.locale),
    until: formatPlanInstant(plan.expiresAt, plan.locale),
  });

  return page(plan.locale, title, [
    '<main>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">${escapeHtml(made)}</p>`,
    `<p class="hint screen-only">${escapeHtml(words.print)}</p>`,
    datesBlock,
    replies,
    summary,
    renderKitSection(plan),
    '</main>',
    `<footer>\n${orgFooter(plan, org)}<p>${escapeHtml(words.disclaimer)}</p>\n<p>${escapeHtml(words.privacy)}</p>\n</footer>`,
  ]);
}

/** Who runs the guide, as the chat says it (dialogs/org.ts), in the plan's language and voice. */
function orgFooter(plan: Plan, org: OrgIdentity | undefined): string {
  const lines = orgLines({ locale: plan.locale, brief: false, staff: plan.audience === 'staff', ...(org ? { org } : {}) }, { website: true });
  return lines.length ? `<p class="org">${escapeHtml(lines.join(' '))}</p>\n` : '';
}

/** The dead-link page, in both languages: with no plan, nothing says which one the person reads. */
export function renderMissingPlanPage(reason: 'missing' | 'unavailable'): string {
  const helpCenter = phones.dmhcHelpCenter.value;
  const en =
    reason === 'missing'
      ? ['This plan is no longer here', 'The link has expired, or the plan was deleted. Plans are kept only for a while, to protect your privacy. You can start the chat again to get a new plan.']
      : ['Your plan cannot be opened right now', 'Sorry, something went wrong on our side. Please try this link again in a few minutes.'];
  const es =
    reason === 'missing'
      ? ['Este plan ya no está aquí', 'El enlace venció o el plan se borró. Guardamos los planes solo por un tiempo, para proteger su privacidad. Puede empezar el chat otra vez para obtener un plan nuevo.']
      : ['Su plan no se puede abrir ahora', 'Lo sentimos, algo falló de nuestro lado. Pruebe este enlace otra vez en unos minutos.'];
  return page('en', en[0] ?? '', [
    '<main>',
    `<h1>${escapeHtml(en[0] ?? '')}</h1>`,
    `<p>${escapeHtml(en[1] ?? '')}</p>`,
    `<p>For free help from a person, call the DMHC Help Center at <a href="tel:${escapeHtml(helpCenter)}">${escapeHtml(helpCenter)}</a>.</p>`,
    '<p><a href="/">Open the chat</a></p>',
    '<section lang="es">',
    `<h2>${escapeHtml(es[0] ?? '')}</h2>`,
    `<p>${escapeHtml(es[1] ?? '')}</p>`,
    `<p>Para recibir ayuda gratis de una persona, llame al Centro de Ayuda del DMHC al <a href="tel:${escapeHtml(helpCenter)}">${escapeHtml(helpCenter)}</a>.</p>`,
    '<p><a href="/">Abrir el chat</a></p>',
    '</section>',
    '</main>',
  ]);
}

function page(lang: 'en' | 'es', title: string, body: string[]): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
${body.filter((part) => part !== '').join('\n')}
</body>
</html>
`;
}

export interface PlanRouteOptions {
  storage: Storage;
  /** Time is an input: tests pin it and move it past the expiry. */
  now: () => Date;
  metrics?: Metrics;
  org?: OrgIdentity;
}

function sendPage(res: Response, status: number, html: string): void {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Security-Policy', planPageCsp);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Robots-Tag', 'noindex, nofollow');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.sendRaw(status, html);
}

export function registerPlanRoute(server: Server, { storage, now, metrics, org }: PlanRouteOptions): void {
  server.get('/plan/:token', async (req: Request, res: Response) => {
    const params = req.params as Record<string, unknown> | undefined;
    const token = typeof params?.token === 'string' ? params.token : '';
    let plan: Plan | undefined;
    try {
      plan = await readPlan(storage, token, now());
    } catch {
      metrics?.recordStorageError('plan');
      sendPage(res, 503, renderMissingPlanPage('unavailable'));
      return;
    }
    if (!plan) {
      metrics?.recordPlan('missing');
      sendPage(res, 404, renderMissingPlanPage('missing'));
      return;
    }
    metrics?.recordPlan('viewed');
    sendPage(res, 200, renderPlanPage(plan, { now: now(), ...(org ? { org } : {}) }));
  });
}
