import { filingKit, type FilingKit, type KitPart, type KitSection } from '../../dialogs/filingKit.js';
import { escapeHtml } from './html.js';
import type { Plan } from './planStore.js';

/**
 * The filing kit (issue 18) as a section of the plan page: escaped text only, styled by the page's
 * one stylesheet (kitCss is part of it, so the Content-Security-Policy hash covers it). On paper the
 * kit starts on its own page, each draft stays on one page, and blanks print as lines to write on.
 */

export const kitCss = `
.kit { margin-top: 2.5rem; }
.kit > h2 { border-bottom-width: 3px; }
.kit-notice { font-weight: 600; }
.kit-part { margin: 1.5rem 0; }
.kit-part dl { grid-template-columns: minmax(7rem, 12rem) 1fr; }
.checklist { list-style: none; padding-left: .25rem; }
.checklist li::before { content: "\\2610\\00a0\\00a0"; }
.draft { border: 1px solid #8c8c8c; border-radius: 6px; padding: .5rem 1rem; margin: 1rem 0; background: #fcfcfc; }
.draft h4 { font-size: 1rem; margin: .25rem 0; }
.draft-text p { margin: .6rem 0; }
.blank { background: #fff3c4; border-bottom: 1px dashed #7a5c00; font-style: italic; padding: 0 .15em; }
.kit-sources { font-size: .9rem; color: #444; }
@media print {
  .kit { break-before: page; margin-top: 0; }
  .draft, .checklist li, .kit-part dt, .kit-part dd { break-inside: avoid; }
  .kit-part dl { break-inside: auto; }
  .draft { background: none; border-color: #000; }
  .blank { background: none; border-bottom: 1px solid #000; }
  .kit-sources a::after { content: none; }
}
`;

const text = (value: string): string => escapeHtml(value);

function draftParagraph(parts: readonly KitPart[]): string {
  // The blank keeps its brackets in the text, so a copied draft still shows where to write.
  return `<p>${parts.map((part) => ('blank' in part ? `<span class="blank">[${text(part.blank)}]</span>` : text(part.text))).join('')}</p>`;
}

function sectionHtml(part: KitSection, index: number): string {
  const id = `kit-${index}`;
  const pieces = [
    `<h3 id="${id}">${text(part.title)}</h3>`,
    ...part.paragraphs.map((line) => `<p>${text(line)}</p>`),
    part.items.length ? `<dl>\n${part.items.map((item) => `<dt>${text(item.label)}</dt><dd>${text(item.text)}</dd>`).join('\n')}\n</dl>` : '',
    part.checklist.length ? `<ul class="checklist">\n${part.checklist.map((line) => `<li>${text(line)}</li>`).join('\n')}\n</ul>` : '',
    part.draft
      ? `<div class="draft" role="group" aria-labelledby="${id}-draft">\n<h4 id="${id}-draft">${text(part.draft.title)}</h4>\n` +
        `<p class="meta">${text(part.draft.lead)}</p>\n<div class="draft-text">\n${part.draft.paragraphs.map(draftParagraph).join('\n')}\n</div>\n</div>`
      : '',
    part.links.length
      ? `<ul>\n${part.links.map((link) => `<li><a href="${text(link.url)}" rel="noopener noreferrer">${text(link.label)}</a></li>`).join('\n')}\n</ul>`
      : '',
  ];
  return `<section class="kit-part kit-${part.kind}" aria-labelledby="${id}">\n${pieces.filter((piece) => piece !== '').join('\n')}\n</section>`;
}

export function kitHtml(kit: FilingKit): string {
  return [
    '<section class="kit" aria-labelledby="kit">',
    `<h2 id="kit">${text(kit.title)}</h2>`,
    `<p class="kit-notice">${text(kit.notice)}</p>`,
    `<p class="meta">${text(kit.privacy)}</p>`,
    ...kit.sections.map(sectionHtml),
    '<section class="kit-sources" aria-labelledby="kit-sources">',
    `<h3 id="kit-sources">${text(kit.sourcesTitle)}</h3>`,
    `<ul>\n${kit.sources.map((source) => `<li><a href="${text(source.url)}" rel="noopener noreferrer">${text(source.url)}</a> (${text(source.checked)})</li>`).join('\n')}\n</ul>`,
    '</section>',
    '</section>',
  ].join('\n');
}

/** The plan's kit, written now in the plan's language and voice; '' when its outcome leads to no filing. */
export function renderKitSection(plan: Plan): string {
  return plan.kit ? kitHtml(filingKit(plan.kit, plan.locale, plan.audience)) : '';
}
