// Staff of The Meridian Ledger, the fictional publication the demo loads on first run.
// Eight correspondents and editors; every name, bio and address here is invented.
import type { DemoPerson } from '../demo-types.ts';

export const demoPeople: DemoPerson[] = [
  {
    slug: 'zhou-anran',
    name: 'Zhou Anran',
    roleTitle: 'Beijing correspondent',
    location: 'Beijing',
    bio: 'Zhou Anran has reported on China for The Meridian Ledger since 2017, first from Shanghai and now from Beijing. She covers technology policy, industry and the country’s ageing countryside. Before joining the paper she worked as a data reporter at a financial newswire in Hong Kong.',
    email: 'zhou.anran@example.com',
    links: [
      { label: 'Mastodon', url: 'https://example.social/@zhouanran' },
      { label: 'Reporting archive', url: 'https://example.com/people/zhou-anran' },
    ],
    avatarHue: 8,
  },
  {
    slug: 'helene-vasseur',
    name: 'Hélène Vasseur',
    roleTitle: 'Diplomatic correspondent',
    location: 'Geneva',
    bio: 'Hélène Vasseur is the Ledger’s diplomatic correspondent, based in Geneva, where she follows treaty negotiations, humanitarian agencies and European politics. She has covered more than a dozen elections across the continent. She studied international law in Lyon and speaks five languages, two of them badly by her own account.',
    email: 'helene.vasseur@example.com',
    links: [
      { label: 'Mastodon', url: 'https://example.social/@hvasseur' },
      { label: 'Personal site', url: 'https://example.com/hvasseur' },
    ],
    avatarHue: 212,
  },
  {
    slug: 'amani-wekesa',
    name: 'Amani Wekesa',
    roleTitle: 'Africa correspondent',
    location: 'Nairobi',
    bio: 'Amani Wekesa covers East and Central Africa from Nairobi. His reporting focuses on trade, energy and the daily economics of cities growing faster than their infrastructure. He previously edited a regional business weekly and was a fellow at a journalism school in Johannesburg.',
    email: 'amani.wekesa@example.com',
    links: [
      { label: 'Mastodon', url: 'https://example.social/@amaniwekesa' },
      { label: 'Reporting archive', url: 'https://example.com/people/amani-wekesa' },
    ],
    avatarHue: 96,
  },
  {
    slug: 'ruth-abernathy',
    name: 'Ruth Abernathy',
    roleTitle: 'Washington correspondent',
    location: 'Washington',
    bio: 'Ruth Abernathy reports on American politics, trade and regulation from Washington. She spent a decade covering state legislatures in the Midwest before moving to the capital. She is especially interested in how federal rules play out far from the city that writes them.',
    email: 'ruth.abernathy@example.com',
    links: [
      { label: 'Mastodon', url: 'https://example.social/@rabernathy' },
      { label: 'Newsletter', url: 'https://example.com/newsletters/dispatch-from-washington' },
    ],
    avatarHue: 334,
  },
  {
    slug: 'priya-raman',
    name: 'Priya Raman',
    roleTitle: 'Economics editor',
    location: 'London',
    bio: 'Priya Raman is the Ledger’s economics editor. She writes about central banks, trade and household finances, and tries to explain all three without a chart whenever possible. She joined the paper from a policy research institute, where she worked on inflation expectations.',
    email: 'priya.raman@example.com',
    links: [
      { label: 'Mastodon', url: 'https://example.social/@priyaraman' },
      { label: 'Reporting archive', url: 'https://example.com/people/priya-raman' },
    ],
    avatarHue: 44,
  },
  {
    slug: 'jonas-lindqvist',
    name: 'Jonas Lindqvist',
    roleTitle: 'Science editor',
    location: 'London',
    bio: 'Jonas Lindqvist edits the Ledger’s science coverage and writes about oceans, space and the machinery of research itself. He trained as a marine geologist in Gothenburg before turning to journalism. He has joined research cruises in the Pacific, the Baltic and the Southern Ocean.',
    email: 'jonas.lindqvist@example.com',
    links: [
      { label: 'Mastodon', url: 'https://example.social/@jlindqvist' },
      { label: 'Personal site', url: 'https://example.com/jonaslindqvist' },
    ],
    avatarHue: 178,
  },
  {
    slug: 'dewi-kusumawardani',
    name: 'Dewi Kusumawardani',
    roleTitle: 'Climate correspondent',
    location: 'Jakarta',
    bio: 'Dewi Kusumawardani is the Ledger’s climate correspondent, based in Jakarta. She reports on drought, coastal flooding and the politics of adaptation across Southeast Asia and beyond. She grew up on a rice farm in East Java and still calls her father before writing about the harvest.',
    email: 'dewi.kusumawardani@example.com',
    links: [
      { label: 'Mastodon', url: 'https://example.social/@dewik' },
      { label: 'Reporting archive', url: 'https://example.com/people/dewi-kusumawardani' },
    ],
    avatarHue: 142,
  },
  {
    slug: 'tomas-ferreira',
    name: 'Tomás Ferreira',
    roleTitle: 'Culture writer',
    location: 'Lisbon',
    bio: 'Tomás Ferreira writes about books, film, music and buildings for the Ledger from Lisbon. He has judged two translation prizes and once spent a year reviewing only first novels. He is working, slowly, on a history of Portuguese cinema houses.',
    email: 'tomas.ferreira@example.com',
    links: [
      { label: 'Mastodon', url: 'https://example.social/@tomasferreira' },
      { label: 'Personal site', url: 'https://example.com/tomasferreira' },
    ],
    avatarHue: 268,
  },
];
