// A labelled corpus of reader comments for bench/comment-filter.bench.ts, generated from a seed.
// Every template was written for Byline. Ham is readers talking about local news: agreeing,
// disagreeing, asking, correcting, telling their own story, sometimes shouting, sometimes
// citing a source. Spam is pharma, casino, SEO link drops, crypto, loans, "great post" with
// a link in the author field, work-from-home, essays, replicas, dating and spell-casters. The
// two overlap on purpose: readers discuss casinos, loans, crypto and prices; spam opens with a
// sentence about the article; both praise; both have typos. Hostnames for spam are invented.
import type { CommentText, SpamLabel } from '../src/comments/moderation/spam-filter.ts';

export interface Labelled {
  label: SpamLabel;
  comment: CommentText;
}

export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Topic {
  things: string[];
  actors: string[];
  details: string[];
}

const topics: Topic[] = [
  { things: ['the council budget', 'the rise in council tax', 'the library closures', 'the cuts to bin collections', 'the new parking charges'], actors: ['the council', 'the cabinet member for finance', 'councillors', 'the council leader'], details: ['the reserves', 'the consultation', 'the audit', 'the ward forum'] },
  { things: ['the housing scheme on the old mill site', 'rents in this city', 'the affordable housing quota', 'the planning decision', 'the new tower blocks'], actors: ['the developers', 'the planning committee', 'landlords', 'the housing minister'], details: ['the viability report', 'the section 106 money', 'the waiting list', 'the height limit'] },
  { things: ['the new bus timetable', 'the tram extension', 'the cycle lanes on the high street', 'rail fares', 'the bridge closure'], actors: ['the transport authority', 'the rail operator', 'the mayor', 'the bus company'], details: ['the night buses', 'the detour', 'the fare cap', 'the rush hour service'] },
  { things: ['the school funding formula', 'this year\'s exam results', 'the teachers\' strike', 'the academy trust takeover', 'free school meals'], actors: ['the education secretary', 'head teachers', 'the union', 'the governors'], details: ['class sizes', 'the catchment area', 'the inspection report', 'the supply teachers'] },
  { things: ['waiting times at the hospital', 'the shortage of GPs', 'the medicine shortage at pharmacies', 'the new weight-loss injections', 'ambulance response times'], actors: ['the health trust', 'the nurses', 'the health secretary', 'the pharmacists'], details: ['the A&E figures', 'the prescription backlog', 'the night shifts', 'the agency staff'] },
  { things: ['the flood defences', 'the pollution in the river', 'the sewage discharges', 'the solar farm plan', 'the tree felling on the ring road'], actors: ['the water company', 'the environment agency', 'the farmers', 'the campaigners'], details: ['the monitoring data', 'the storm overflows', 'the bathing water tests', 'the fines'] },
  { things: ['the factory closure', 'inflation', 'the interest rate rise', 'the minimum wage increase', 'the cost of living'], actors: ['the central bank', 'employers', 'the chancellor', 'small businesses'], details: ['energy bills', 'food prices', 'the redundancy terms', 'the pension fund'] },
  { things: ['the sentence handed down', 'the fraud trial', 'the rise in shoplifting', 'police numbers', 'the inquiry report'], actors: ['the judge', 'the police', 'the prosecution', 'the defence'], details: ['the evidence', 'the appeal', 'the victims\' statements', 'the CCTV'] },
  { things: ['the stadium plans', 'Saturday\'s match', 'the new manager', 'season ticket prices', 'the cup run'], actors: ['the club', 'the owners', 'the board', 'the referee'], details: ['the away end', 'the youth academy', 'the transfer window', 'the penalty'] },
  { things: ['the by-election', 'the boundary changes', 'the latest polling', 'the manifesto', 'the coalition talks'], actors: ['the candidates', 'the opposition', 'the government', 'the returning officer'], details: ['the turnout', 'the postal votes', 'the hustings', 'the recount'] },
  { things: ['the crypto exchange collapse', 'the data breach at the council', 'the broadband rollout', 'the new rules on AI', 'the rise in online scams'], actors: ['the regulator', 'the company', 'the investors', 'the tech firms'], details: ['the compensation scheme', 'the customer data', 'the bitcoin price', 'the passwords'] },
  { things: ['the casino licence on the waterfront', 'the betting shop on Market Street', 'gambling adverts at football grounds', 'the new limits on slot machines'], actors: ['the licensing committee', 'the gambling commission', 'the operators', 'the addiction charities'], details: ['the opening hours', 'the free bets', 'the problem gambling figures', 'the planning objections'] },
  { things: ['the theatre closure', 'the museum\'s new exhibition', 'the summer festival', 'the arts funding cuts', 'the restoration of the town hall'], actors: ['the arts council', 'the organisers', 'the trustees', 'the volunteers'], details: ['the ticket prices', 'the lottery grant', 'the opening night', 'the programme'] },
  { things: ['the storm damage', 'the gritting of side roads', 'the power cut on Tuesday', 'the potholes on Station Road'], actors: ['the highways team', 'the power company', 'the emergency services', 'the contractors'], details: ['the repair bill', 'the warnings', 'the compensation', 'the road closures'] },
  { things: ['student loans', 'payday lenders', 'mortgage rates', 'the pension changes', 'the energy price cap'], actors: ['the lenders', 'the regulator', 'the treasury', 'the banks'], details: ['the interest', 'the repayments', 'the fixed-rate deals', 'the small print'] },
];

const firstNames = ['Ann', 'Tom', 'Priya', 'Gareth', 'Siobhan', 'Kwame', 'Marta', 'Dave', 'Helen', 'Yusuf', 'Chen', 'Joanna', 'Pete', 'Aisha', 'Rob', 'Fiona', 'Olu', 'Kasia', 'Ian', 'Bernadette', 'Luis', 'Mei', 'Graham', 'Zainab', 'Steve', 'Ruth', 'Tariq', 'Niamh', 'Colin', 'Ewa', 'Hamish', 'Femi', 'Rosa', 'Declan', 'Leila', 'Keith'];
const lastNames = ['Okafor', 'Price', 'Patel', 'Jones', 'Murphy', 'Mensah', 'Nowak', 'Hughes', 'Ali', 'Wong', 'Kowalski', 'Baker', 'Campbell', 'Adeyemi', 'Reid', 'Fernandes', 'Walsh', 'Li', 'Thompson', 'Rahman', 'MacLeod', 'Evans', 'Byrne', 'Singh'];
const handles = ['river_watcher', 'OldGit1952', 'northward', 'Dave1971', 'concerned resident', 'tram_nerd', 'MumOfThree', 'retired teacher', 'lifelong Rovers fan', 'bus_user_42', 'GreenStreet', 'nightshift nurse', 'ex-councillor', 'Sceptic', 'local cabbie', 'anon', 'Pedant', 'allotment Al'];
const legitSources = [
  'https://www.ons.gov.uk/economy/inflationandpriceindices/bulletins/consumerpriceinflation/latest',
  'https://www.gov.uk/government/publications/local-authority-revenue-expenditure',
  'https://www.legislation.gov.uk/ukpga/2005/19/contents',
  'https://committees.parliament.uk/work/1234/local-government-finance/',
  'https://www.nhs.uk/nhs-services/hospitals/what-to-expect-in-a-and-e/',
  'https://www.who.int/news-room/fact-sheets/detail/drinking-water',
  'https://www.bls.gov/news.release/cpi.nr0.htm',
  'https://en.wikipedia.org/wiki/Combined_sewer',
  'https://en.wikipedia.org/wiki/Single_transferable_vote',
  'https://www.bbc.co.uk/news/uk-england-12345678',
  'https://www.reuters.com/markets/rates-bonds/central-bank-holds-rates',
  'https://apnews.com/article/crypto-exchange-bankruptcy',
  'https://www.theguardian.com/society/housing',
  'https://archive.org/details/town-council-minutes-1998',
  'https://www.environment-agency.gov.uk/bathing-water/river-reports',
  'https://data.police.uk/data/',
  'https://www.gamblingcommission.gov.uk/statistics-and-research',
  'https://www.youtube.com/watch?v=dQ2council42',
  'https://github.com/opencouncil/budget-tracker',
  'https://www.citizensadvice.org.uk/debt-and-money/',
  'https://fullfact.org/economy/council-tax-claims/',
  'council.gov.uk/consultations',
];
const readerSites = ['https://annokafor.blog', 'https://tram-nerd.substack.com', 'https://github.com/riverwatcher', 'https://mastodon.social/@northward', 'https://www.flickr.com/photos/oldgit1952', 'https://ruthmurphy.me', 'https://allotment-diaries.net', 'https://keithwalsh.photography'];

const agree = [
  'Spot on. {thing} has been a mess for years and {actor} keep pretending otherwise.',
  'Exactly right about {thing}.',
  'Finally someone says it: {thing} is not working.',
  'This is the best piece I have read on {thing} in a long time.',
  'Good reporting. {Actor} should be asked harder questions about {detail}.',
  'Agree with every word. Nobody mentions {detail} but it matters most.',
  'Couldn\'t have put it better myself.',
  'Well said. {Actor} have had {n} years to sort out {thing}.',
  'This matches what my neighbours have been saying about {thing} for months.',
];
const disagree = [
  'I don\'t agree with this at all. {thing} is better than what we had before.',
  'With respect, the article misses the point about {detail}.',
  'Rubbish. {Actor} did exactly what they promised at the election.',
  'This is one-sided. Where is the response from {actor}?',
  'Sorry but the numbers don\'t add up: {thing} cost {money} and nobody has explained where it went.',
  'Easy to complain. What would the critics actually cut instead?',
  'I think you are being unfair to {actor}; {detail} was never their decision.',
  'Not convinced. Every few years we get the same story about {thing}.',
  'The headline overstates it. Read the report: {detail} improved slightly.',
];
const questions = [
  'Does anyone know when {thing} is supposed to start?',
  'Can the reporter clarify whether {actor} actually voted on this?',
  'What happens to people already affected by {thing}?',
  'Is there a link to the full report on {detail}?',
  'How much of this was known before the vote?',
  'Who is paying for {detail}, in the end?',
  'Genuine question: has anyone asked {actor} to comment?',
  'Will there be a public meeting about {thing}?',
];
const corrections = [
  'Small correction: the meeting was on {day}, not {day2}.',
  'The article says {n} per cent but the report I read says {n2}.',
  'Minor point, but {street} is in the north ward, not the east.',
  'The caption has the wrong name, that is {name} not {name2}.',
  'Typo in the third paragraph, "their" should be "there".',
  'Correction: it was {actor}, not the government, who made that call.',
  'Just to be accurate, the figure for {detail} was {money}, not {money2}.',
];
const personal = [
  'I have lived on {street} for {n} years and {thing} has never been this bad.',
  'My daughter is directly affected by {thing}, so this hits home.',
  'I work as a {job} and I can tell you {detail} is worse from the inside.',
  'We waited {n} hours last week. Nobody apologised.',
  'My {relative} was caught up in {thing} last winter and it took months to sort out.',
  'As a {job}, I see the effect of {thing} every single day.',
  'I was at the meeting on {day} and {actor} didn\'t answer a single question.',
  'Moved here {n} years ago and honestly {thing} is the reason we are thinking of leaving.',
  'I paid {money} last month because of {thing}.',
];
const praise = ['Thanks for covering this.', 'Great article, really well explained.', 'Brilliant piece, thank you.', 'Great post, thanks for writing it.', 'Very informative, thanks.', 'Really useful, thank you for the detail.', 'Excellent work by the reporter.', 'Nice one.'];
const shouts = ['THIS IS A DISGRACE.', 'ENOUGH IS ENOUGH!!', 'WHY DOES NOBODY ASK {ACTOR} ABOUT THIS??', 'ABSOLUTELY SHAMEFUL, {THING} IS A JOKE!!!', 'WAKE UP PEOPLE. {THING} AFFECTS ALL OF US.', 'UNBELIEVABLE!!! WHO SIGNED THIS OFF?'];
const citations = ['The full figures are here: {source}', 'There is a good explainer at {source}', 'Source: {source}', 'Worth reading the original report ({source}).', 'For anyone interested, {source} has the data going back years.', 'See {source} and {source2} before jumping to conclusions.'];
const asides = ['Anyway, rant over.', 'Just my two pence.', 'Happy to be corrected.', 'Not holding my breath.', 'We will see.', 'Thanks to the Ledger for keeping on this.', 'Typical.', 'Shocking, but not surprising.', 'Sad times.'];
const jobs = ['nurse', 'bus driver', 'teacher', 'paramedic', 'shop owner', 'carer', 'planning officer', 'solicitor', 'builder', 'pharmacist', 'student', 'retired engineer'];
const relatives = ['mum', 'dad', 'brother', 'sister', 'neighbour', 'grandson', 'husband', 'wife', 'son'];
const streets = ['Station Road', 'Mill Lane', 'the Crescent', 'Market Street', 'Harbour View', 'Elm Grove', 'Canal Street', 'Victoria Terrace'];
const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const drugs = ['sildenafil', 'tadalafil', 'tramadol', 'modafinil', 'xanax', 'v1agra', 'c1alis', 'oxycodone', 'phentermine', 'semaglutide', 'weight loss pills'];
const seoTopics = ['roof repair', 'kitchen renovation', 'digital marketing', 'best vpn', 'car insurance quotes', 'mattress reviews', 'web design', 'window cleaning', 'seo services', 'personal injury lawyer', 'garden furniture', 'hair transplant', 'dog training', 'essay writing'];
const spamWords = ['cheap', 'best', 'top', 'pro', 'easy', 'fast', 'mega', 'lucky', 'smart', 'global', 'prime', 'royal', 'gold', 'rx', 'med', 'win', 'cash', 'loan', 'bet', 'spin', 'crypto', 'coin', 'seo', 'rank', 'deal', 'shop', 'pill', 'care', 'health', 'slot', 'trade', 'promo'];
const spamTlds = ['com', 'net', 'xyz', 'top', 'online', 'site', 'info', 'biz', 'shop', 'club', 'io', 'co', 'ru', 'click', 'live', 'store', 'pro'];
const spamNamesKeyword = ['Cheap Jerseys Online', 'best casino bonus', 'buy tramadol online', 'SEO Agency London', 'Payday Loans Fast', 'Crypto Recovery Expert', 'replica watches', 'Essay Writing Service', 'Roof Repair Near Me', 'Buy Instagram Followers', 'Online Pharmacy Store', 'best vpn deals 2026', 'Dating Site Reviews', 'Forex Trading Signals'];
const spamNamesPlain = ['Jessica', 'Mark Wilson', 'Emily', 'sarah', 'John Smith', 'Linda Johnson', 'Mike', 'Anna K.', 'Robert', 'Olivia Brown', 'David Miller', 'Jennifer', 'Alex', 'Maria Garcia'];
const mentors = ['Mr James Carter', 'Mrs Susan Hill', 'Dr Adamu', 'Mr Kevin Ross', 'Dr Ogun', 'Mrs Lisa Meyer'];

const spamTemplates: Record<string, string[]> = {
  pharma: [
    'Buy {drug} online without prescription at {link}',
    'Cheap {drug} {n}0mg, fast discreet shipping, {pct}% off today only: {link}',
    'Best online pharmacy, {drug} and {drug2} from {price}. Order now {link}',
    'Looking for {drug}? No doctor needed, overnight delivery {link} {link2}',
    'GET {DRUG} NOW!!! LOWEST PRICES {link}',
    '{drug} {drug} {drug2} cheap {link}',
  ],
  casino: [
    'Best online casino bonus 2026, {n}0 free spins no deposit at {link}',
    'I won {price} playing slots last night, try it yourself {link}',
    'Top rated casino sites with instant withdrawal {link}',
    'Free bets and {pct}% deposit match, sign up at {link}',
    'c.a.s.i.n.o bonus codes here {link}',
    'Play poker online for real money, {n}000 players online now {link}',
  ],
  seo: [
    'Nice post. I also wrote about {seo} here {link}',
    'Thanks for the information. For more about {seo} visit {link}',
    '{seo} {seo2} {seo} best price {link}',
    'Very helpful article! If anyone needs {seo} in your area check {link}',
    'I found this useful. We offer professional {seo}, contact us at {link}',
    'Informative. Read more on {seo}: {link} and {link2}',
  ],
  crypto: [
    'I made {price} in {n} weeks trading bitcoin with {mentor}. Contact him on WhatsApp {phone}',
    'Lost your crypto to scammers? {mentor} helped me recover everything. Email {email}',
    'New token presale, 100x guaranteed, join before the listing {link}',
    'Bitcoin investment platform paying {pct}% weekly profit, withdraw anytime {link}',
    'Thanks to {mentor} my portfolio is now worth {price}!!! Text {phone}',
  ],
  loans: [
    'Need a loan? We offer fast loans at 2% interest, bad credit ok. Contact {email} or call {phone}',
    'Instant payday loans approved in 5 minutes {link}',
    'Are you in debt? Get a personal loan of up to {price} today, no credit check {link}',
    'Legit loan lender, I got {price} in 24 hours. Email {email}',
  ],
  praise: [
    'Great post! Very informative. Thanks for sharing.',
    'I really like your blog, keep up the good work.',
    'This is really interesting, you are a very skilled blogger. I have joined your feed and look forward to more of your great posts.',
    'Hi there, I found your site via search and it is truly informative. I will bookmark it.',
    'Wonderful article, thanks for sharing such useful information with us.',
    'Nice article, thanks for the information.',
    'Great content! Keep it up.',
    'Awesome post, I learned a lot. Please visit my website too {link}',
  ],
  work: [
    'I get paid over {price} per hour working from home with two kids. I never thought it was possible {link}',
    'Start earning $500 a day from home, no experience needed {link}',
    'My neighbour makes {price} a month on her laptop. Details here {link}',
    'Google is paying {price} per week for simple online jobs. Copy this site {link}',
  ],
  essays: ['Need help with your dissertation? Professional essay writers, {pct}% off {link}', 'Buy instagram followers and likes cheap, real accounts {link}', 'Do my homework for me, top grades guaranteed {link}'],
  replica: ['Cheap replica watches and designer handbags outlet {link}', 'Discount sneakers sale {pct}% off, free shipping worldwide {link}', 'Luxury bags at factory price {price} {link}'],
  dating: ['Lonely tonight? Meet hot singles in your area {link}', 'Real women looking for fun tonight, free signup {link}', 'I am a girl, 24, write me {link}'],
  spells: ['I want to thank {mentor} for bringing my husband back after 3 years. Email {email} and he will help you too.', 'Powerful love spell caster, results in 48 hours. WhatsApp {phone}', 'My lottery win of {price} came from {mentor}\'s spell. Contact {email}'],
};
const spamCategoryWeights: [string, number][] = [['pharma', 14], ['casino', 11], ['seo', 16], ['crypto', 10], ['loans', 8], ['praise', 16], ['work', 8], ['essays', 5], ['replica', 5], ['dating', 4], ['spells', 3]];

export function generateCorpus(seed: number, size = { ham: 2800, spam: 1200 }): Labelled[] {
  const rng = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
  const chance = (p: number) => rng() < p;
  const int = (min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const money = () => (chance(0.7) ? `£${int(2, 900)}${chance(0.3) ? `,${int(100, 999)}` : ''}` : `${int(1, 40)} million pounds`);
  const price = () => `${pick(['$', '£', '€', ''])}${int(2, 95)}${chance(0.5) ? ',000' : '0'}${chance(0.15) ? ' dollars' : ''}`;
  const spamHost = () => `${pick(spamWords)}${pick(['', '-'])}${pick(spamWords)}${chance(0.3) ? int(1, 99) : ''}.${pick(spamTlds)}`;
  const spamLink = (subject: string) => {
    const path = chance(0.6) ? `/${subject.toLowerCase().replace(/[^a-z0-9]+/g, '-')}${chance(0.3) ? `?ref=${int(100, 9999)}` : ''}` : chance(0.5) ? '' : `/?id=${int(1000, 99999)}`;
    const style = rng();
    if (style < 0.1) return `bit.ly/${Math.floor(rng() * 1e8).toString(36)}`;
    if (style < 0.25) return `${spamHost()}${path}`;
    if (style < 0.32) return `${pick(spamWords)}${pick(spamWords)} dot com`;
    return `${pick(['https://', 'http://', 'https://www.'])}${spamHost()}${path}`;
  };
  const fill = (template: string, slots: Record<string, () => string>) =>
    template.replace(/\{(\w+)\}/g, (_, slot: string) => {
      const lower = slot.toLowerCase();
      const value = slots[slot] ?? slots[lower];
      if (!value) throw new Error(`no slot ${slot}`);
      const text = value();
      return slot === slot.toUpperCase() && slot !== lower ? text.toUpperCase() : /^[A-Z]/.test(slot) ? cap(text) : text;
    });

  function typos(text: string, rate: number): string {
    return text.replace(/\S+/gu, (piece) => (/[./@]\S/u.test(piece) ? piece : piece.replace(/\p{L}{4,}/gu, (word) => {
      if (!chance(rate)) return word;
      const i = int(1, word.length - 2);
      return chance(0.5) ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word.slice(0, i) + word.slice(i + 1);
    })));
  }

  function ham(): Labelled {
    const topic = pick(topics);
    const slots: Record<string, () => string> = {
      thing: () => pick(topic.things), actor: () => pick(topic.actors), detail: () => pick(topic.details),
      n: () => String(int(2, 40)), n2: () => String(int(2, 40)), money, money2: money,
      day: () => pick(days), day2: () => pick(days), street: () => pick(streets), job: () => pick(jobs), relative: () => pick(relatives),
      name: () => `${pick(firstNames)} ${pick(lastNames)}`, name2: () => `${pick(firstNames)} ${pick(lastNames)}`,
      source: () => pick(legitSources), source2: () => pick(legitSources),
    };
    const parts: string[] = [];
    const kind = rng();
    if (kind < 0.08) parts.push(pick(praise));
    else if (kind < 0.14) parts.push(fill(pick(shouts), slots), fill(pick([...agree, ...disagree]), slots).toUpperCase());
    else {
      const pools = [agree, disagree, questions, corrections, personal];
      for (let i = 0, n = int(1, 4); i < n; i += 1) parts.push(fill(pick(pick(pools)), slots));
    }
    if (chance(0.1)) parts.push(fill(pick(citations), slots));
    if (chance(0.2)) parts.push(pick(asides));
    if (chance(0.06)) parts.push(pick(['Anyone else paying more than £40 a week for this?', 'The helpline is 0300 123 4567 if anyone needs it.', 'They want £1,200 a year for parking now.', 'Council tax here is £2,100 for a band D.', 'I earn £11 an hour and cannot afford it.']));
    if (chance(0.04)) parts.push(pick(praise));
    const body = typos(parts.join(chance(0.15) ? '\n\n' : ' '), chance(0.25) ? 0.08 : 0);
    const authorName = chance(0.7) ? `${pick(firstNames)} ${pick(lastNames)}` : chance(0.6) ? pick(handles) : `${pick(firstNames)} ${pick(firstNames)} ${pick(lastNames)}`;
    return { label: 'ham', comment: { body, authorName, authorUrl: chance(0.1) ? pick(readerSites) : null } };
  }

  function spam(): Labelled {
    let roll = rng() * spamCategoryWeights.reduce((sum, [, w]) => sum + w, 0);
    const category = spamCategoryWeights.find(([, w]) => (roll -= w) < 0)![0];
    const topic = pick(topics);
    const subject = pick(category === 'pharma' ? drugs : category === 'seo' ? seoTopics : [category, ...seoTopics.slice(0, 3)]);
    const slots: Record<string, () => string> = {
      drug: () => pick(drugs), drug2: () => pick(drugs), seo: () => pick(seoTopics), seo2: () => pick(seoTopics),
      link: () => spamLink(subject), link2: () => spamLink(pick(seoTopics)), n: () => String(int(2, 9)), pct: () => String(int(2, 9) * 10),
      price, mentor: () => pick(mentors), phone: () => `+${int(1, 99)} ${int(100, 999)} ${int(100, 999)} ${int(1000, 9999)}`,
      email: () => `${pick(['recovery', 'loans', 'help', 'spell', 'invest'])}${int(1, 999)}@${pick(['mailbox', 'inbox', 'post'])}.${pick(spamTlds)}`,
      thing: () => pick(topic.things),
    };
    let body = fill(pick(spamTemplates[category]!), slots);
    if (chance(0.15)) body = `${fill(pick([...agree, ...questions, ...praise, 'Interesting point about {thing}.']), { ...slots, actor: () => pick(topic.actors), detail: () => pick(topic.details), street: () => pick(streets), day: () => pick(days), day2: () => pick(days), money, money2: money, n2: () => String(int(2, 40)), name: () => pick(spamNamesPlain), name2: () => pick(spamNamesPlain), job: () => pick(jobs), relative: () => pick(relatives) })} ${body}`;
    if (chance(0.1)) body = body.replace(/\b(bonus|pills|casino|loans?|cheap|viagra|bitcoin|crypto)\b/gi, (w) => w.replace(/[aeio]/gi, (v) => ({ a: '4', e: '3', i: '1', o: '0' })[v.toLowerCase()]!));
    if (chance(0.1)) body += ` ${pick(['🔥🔥', '💰', '✅✅✅', '👉', '😍'])}`;
    body = typos(body, chance(0.3) ? 0.06 : 0);
    const linkInName = category === 'praise' || chance(0.25);
    const authorName = chance(0.4) ? pick(spamNamesKeyword) : pick(spamNamesPlain);
    return { label: 'spam', comment: { body, authorName, authorUrl: linkInName ? `https://${spamHost()}${chance(0.5) ? `/${subject.replace(/\s+/g, '-')}` : ''}` : null } };
  }

  return [...Array.from({ length: size.ham }, ham), ...Array.from({ length: size.spam }, spam)];
}
