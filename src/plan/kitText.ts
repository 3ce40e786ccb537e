import { filingKit, kitPartsText, type FilingKit, type KitSection } from '../../dialogs/filingKit.js';
import type { Plan } from './planStore.js';

/**
 * The filing kit (issue 18) as plain text: the Teams message a clinic copies into a note or an email
 * (no markup, blanks in [brackets]), each draft between two rules so it can be copied on its own.
 */

const rule = '--------';

function sectionLines(part: KitSection): string[] {
  const lines = [part.title.toUpperCase(), ...part.paragraphs];
  for (const item of part.items) lines.push(`${item.label}: ${item.text}`);
  for (const line of part.checklist) lines.push(`[ ] ${line}`);
  if (part.draft) {
    lines.push('', `${part.draft.title} (${part.draft.lead})`, rule);
    lines.push(part.draft.paragraphs.map(kitPartsText).join('\n\n'));
    lines.push(rule);
  }
  for (const link of part.links) lines.push(`${link.label}: ${link.url}`);
  return lines;
}

export function kitText(kit: FilingKit): string {
  const blocks = [
    [kit.title, kit.notice, kit.privacy],
    ...kit.sections.map(sectionLines),
    [`${kit.sourcesTitle}:`, ...kit.sources.map((source) => `- ${source.url} (${source.checked})`)],
  ];
  return blocks.map((lines) => lines.join('\n')).join('\n\n');
}

/** The plan's kit as text, in the plan's language and voice; undefined when the outcome leads to no filing. */
export function planKitText(plan: Plan): string | undefined {
  return plan.kit ? kitText(filingKit(plan.kit, plan.locale, plan.audience)) : undefined;
}
