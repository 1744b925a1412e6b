// The Meridian Ledger's standing pages, written for the demo: who we are, how to reach us, how
// we correct mistakes, and the rules we report by. Shown in the footer menu.
import type { PageInput } from '../../content/content.ts';

export const demoPages: (PageInput & { slug: string })[] = [
  {
    slug: 'about',
    title: 'About The Meridian Ledger',
    description: 'Who we are, what we cover and how we are paid for.',
    status: 'published',
    bodyMarkdown: [
      'The Meridian Ledger is an independent newsroom with reporters in eight cities. We cover business, climate, culture, politics and the places where they meet, and we try to explain not only what happened but why it matters to the people it happens to.',
      '## Who pays for our work',
      'Readers do. Most of our income comes from members who pay a monthly amount of their choosing; the rest comes from a small number of foundations whose names and grants we list each year. No funder sees a story before it is published or has a say in what we cover.',
      '## How we work',
      'Every story is read by at least one editor before it goes out. We name our sources wherever we can, and when we cannot we say why. Our [ethics code](/ethics) sets out the rules, and our [corrections policy](/corrections-policy) explains what happens when we get something wrong.',
    ].join('\n\n'),
  },
  {
    slug: 'contact',
    title: 'Contact us',
    description: 'How to reach the newsroom, send a tip or ask for a correction.',
    status: 'published',
    bodyMarkdown: [
      'We read everything that reaches us, though we cannot answer every message.',
      '## Tips and story ideas',
      'Write to the news desk at tips@meridian-ledger.example. If what you have to share is sensitive, say so in a first short message without details, and an editor will suggest a safer way to continue.',
      '## Corrections',
      'If you think we have made a mistake, write to corrections@meridian-ledger.example with the story\'s address and what you believe is wrong. The standards editor reads every request.',
      '## Everything else',
      'Membership questions go to members@meridian-ledger.example; press and partnership enquiries to office@meridian-ledger.example.',
    ].join('\n\n'),
  },
  {
    slug: 'corrections-policy',
    title: 'Corrections policy',
    description: 'What we do when we get something wrong.',
    status: 'published',
    bodyMarkdown: [
      'We correct errors of fact as soon as we confirm them, and we say that we have done so.',
      '- A **correction** fixes something that was wrong: a name, a number, a date, a claim. It is noted at the top of the story with the date, and listed on our [corrections page](/corrections).',
      '- An **update** adds information that was not available when we published. It is noted at the foot of the story.',
      '- Spelling and grammar slips that do not change the meaning are fixed without a note.',
      'We do not remove published stories except for legal reasons or to protect someone\'s safety, and when we do, we say so in the place the story used to be.',
    ].join('\n\n'),
  },
  {
    slug: 'ethics',
    title: 'Ethics code',
    description: 'The rules our reporters and editors work by.',
    status: 'published',
    bodyMarkdown: [
      'These are the commitments every member of our staff makes.',
      '## Independence',
      'We do not accept gifts, trips or payments from people we cover. Reporters tell their editor about any personal connection to a story, and step away from it when that connection could be seen to affect their judgement.',
      '## Fairness',
      'Before we publish a serious claim about someone, we give them a fair chance to respond, and we report what they said or that they declined.',
      '## Sources',
      'We identify sources by name unless doing so would put them at risk or cost them their livelihood. An anonymous source must be known to an editor, and we tell readers why we granted anonymity.',
      '## Images',
      'We do not alter news photographs beyond ordinary adjustments of light and colour. Illustrations are labelled as such.',
    ].join('\n\n'),
  },
];
