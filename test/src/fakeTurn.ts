import type { ConversationData, TurnInput, TurnResult } from '../../dialogs/contract.js';

/**
 * A stand-in for dialogs/turn.ts, so the hosting ring is tested on its own: it counts messages in
 * `misses`, asks with two choices, states outcome O1 on the third message, erases on deleteData.
 */
export const fakeInputs: TurnInput[] = [];

export function fakeTurn(input: TurnInput, stored: unknown): TurnResult {
  fakeInputs.push(input);
  const previous = stored as ConversationData | undefined;
  const count = (previous?.misses ?? 0) + (input.kind === 'message' ? 1 : 0);
  const data: ConversationData = { v: 1, locale: 'en', session: { v: 1, trail: [] }, welcomed: true, misses: count };
  if (input.value && typeof input.value === 'object' && 'command' in input.value && input.value.command === 'deleteData') {
    return { replies: [{ kind: 'confirm', text: 'Deleted.' }], data: null, events: [{ type: 'command', command: 'deleteData' }] };
  }
  if (count >= 3) {
    return {
      replies: [
        {
          kind: 'outcome',
          outcome: 'O1',
          title: 'You can ask the DMHC for an IMR',
          text: `Message ${count}.`,
          steps: ['Fill in the form.', 'Send it.'],
          facts: [{ label: 'Phone', value: '1-888-466-2219' }],
          links: [{ label: 'Apply online', url: 'https://www.dmhc.ca.gov/' }],
        },
      ],
      data,
      events: [{ type: 'outcome', id: 'O1' }],
    };
  }
  return {
    replies: [
      {
        kind: input.kind === 'join' ? 'welcome' : 'question',
        text: `Message ${count}. Pick one.`,
        choices: [
          { label: 'Yes', value: { answer: { urgency: 'urgent' } } },
          { label: 'No', value: { answer: { urgency: 'not_urgent' } } },
        ],
      },
    ],
    data,
    events: [{ type: 'question', slot: 'urgency' }],
  };
}
