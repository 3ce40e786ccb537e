import { describe, expect, it } from 'vitest';
import type { Locale, Reply, Surface, TurnResult } from '../../dialogs/contract.js';
import { runTurn } from '../../dialogs/turn.js';
import { smsMessages } from '../../src/channels/smsRender.js';
import { renderTeams } from '../../src/channels/teamsRender.js';
import { renderWeb } from '../../src/channels/webRender.js';
import { renderPlanPage } from '../../src/plan/planPage.js';
import { planReplies, planSchema } from '../../src/plan/planStore.js';
import { planSummaryText } from '../../src/plan/planSummaryText.js';

/**
 * Issue 15: "On phones citations belong on the plan page, not in the card." An outcome carries its
 * rules in Reply.citations; each channel places them. Runs the real turn, the real renderers and the
 * real plan page.
 */

const now = new Date('2026-11-27T20:00:00Z');
const web: Surface = { buttons: true, cards: true, brief: false, maxChars: 4000, audience: 'patient', shared: false };
const sms: Surface = { buttons: false, cards: false, brief: true, maxChars: 459, audience: 'patient', shared: false };
const teams: Surface = { ...web, audience: 'staff' };
/** Urgent, no appeal yet, a DMHC plan: O2 rests on HSC 1368.01(b), 1368.03(a) and 1374.31(a). */
const urgentDmhc = { coverage: 'dmhc_plan', reason: 'medical_necessity', appealStatus: 'not_filed', urgency: 'urgent' };

function outcome(surface: Surface, locale: Locale = 'en'): TurnResult {
  const joined = runTurn({ kind: 'join', now, surface, localeHint: locale }, undefined);
  return runTurn({ kind: 'message', value: { answer: urgentDmhc }, now, surface, localeHint: locale }, joined.data);
}

const plan = (replies: readonly Reply[], locale: Locale = 'en') =>
  planSchema.parse({
    v: 1,
    locale,
    audience: 'patient',
    outcome: 'O2',
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + 86_400_000).toISOString(),
    summary: [],
    replies: planReplies(replies),
    dates: [],
  });

const cardText = (activities: readonly { attachments?: { content?: unknown }[] }[]) => JSON.stringify(activities.map((a) => a.attachments?.[0]?.content ?? null));

describe('citations are a field of the reply that each channel places', () => {
  it('SMS never sends them, and the plan page made from the same replies shows them', () => {
    const { replies } = outcome(sms);
    const sent = smsMessages(replies, { locale: 'en' }).join('\n');
    expect(sent).not.toContain('HSC');
    expect(sent).not.toContain('Rule:');
    const page = renderPlanPage(plan(replies), { now });
    expect(page).toContain('HSC 1368.01(b); HSC 1368.03(a); HSC 1374.31(a)');
  });

  it('the plan page shows them in Spanish too, with the Spanish label', () => {
    const { replies } = outcome(sms, 'es');
    expect(renderPlanPage(plan(replies, 'es'), { now })).toContain('<dt>Regla</dt><dd>HSC 1368.01(b); HSC 1368.03(a); HSC 1374.31(a)</dd>');
  });

  it('the Web Chat card and the Teams card show them with the facts', () => {
    expect(cardText(renderWeb(outcome(web).replies, web))).toContain('HSC 1368.01(b)');
    expect(cardText(renderTeams(outcome(teams).replies, teams))).toContain('HSC 1368.01(b)');
  });

  it('the Teams clinic note includes them; the SMS plan text leaves them out', () => {
    const withRules = plan(outcome(sms).replies);
    expect(planSummaryText(withRules, { brief: false }).join('\n')).toContain('Rule: HSC 1368.01(b)');
    expect(planSummaryText(withRules, { brief: true }).join('\n')).not.toContain('HSC');
  });
});
