// Politics section of the demo publication, The Meridian Ledger. Fictional stories, original text.
// Clusters here: the Valmora snap election and the Lessar basin accord; plus two Washington pieces.
import type { DemoArticle } from '../../demo-types.ts';

export const politicsArticles: DemoArticle[] = [
  {
    slug: 'valmora-snap-election-campaign-opens',
    section: 'politics',
    headline: 'Valmora’s snap election campaign opens with housing at the top of the agenda',
    standfirst: 'Prime Minister Teodor Castellan called the vote after his coalition partner walked out over a rent bill. Polls suggest no party is close to a majority.',
    dateline: 'Santa Irene',
    authors: ['helene-vasseur'],
    tags: ['Valmora', 'Elections', 'Housing'],
    publishedDaysAgo: 25,
    seoDescription: 'Valmora heads to a snap election after its governing coalition split over housing; polls point to a fragmented Assembly.',
    featuredImage: {
      motif: 'city',
      hue: 18,
      alt: 'An illustration of a harbour town with terracotta rooftops climbing a hillside above blue water',
      caption: 'Santa Irene, the capital of Valmora, where rents have roughly doubled in a decade.',
      credit: 'Illustration: The Meridian Ledger',
    },
    body: `Campaigning began in earnest in Valmora on Saturday, four weeks before a snap election that Prime Minister Teodor Castellan called after the smaller party in his coalition withdrew its support over a bill to cap rent increases.

The island republic of 1.9 million people has been governed for six years by Mr Castellan's centre-right Civic Alliance in partnership with the Green Harbour party. That arrangement ended this month when Green Harbour's leader, Luca Ferrandi, said the government's rent bill had been "written in the offices of the landlords it claims to regulate" and pulled his ministers out of the cabinet.

Mr Castellan chose to seek a fresh mandate rather than attempt to govern as a minority. Launching his campaign on the waterfront in Santa Irene, he said voters should choose "stability over experiments".

## Rents and the tourist economy

Housing is the issue on which almost every party has chosen to fight. Rents in the capital have roughly doubled in a decade, driven in part by the conversion of flats into short-term holiday lets. Young Valmorans increasingly leave for the mainland, a trend every party says it wants to reverse.

The Social Democrats, the largest opposition party, led by the former finance minister Elena Moratti, are promising a stricter cap on rents and a licensing scheme for holiday lets. Civic Alliance says a cap would choke off construction and proposes tax incentives for building instead.

> "Every party in this election has a housing plan. The question voters are asking is which party has ever actually built a house."

Giulia Arvani, who teaches politics at the University of Santa Irene, said the campaign was likely to turn on credibility rather than policy detail.

## A fragmented field

Polls published this week put Civic Alliance and the Social Democrats within a few points of each other, both well short of the 61 seats needed for a majority in the 120-seat Assembly. Green Harbour is polling around 12 per cent. Valmora First, a nationalist party that wants limits on property purchases by non-residents, has gained ground over the summer.

That arithmetic suggests that whoever finishes first will need at least one partner, and possibly two. None of the main parties has ruled out working with Green Harbour, which may find itself back in government despite having brought the last one down.

Voting takes place on a single Sunday, with results expected overnight.`,
  },
  {
    slug: 'valmora-leaders-clash-final-debate',
    section: 'politics',
    headline: 'Valmora’s leaders clash over rents and tourism in the campaign’s only televised debate',
    standfirst: 'Elena Moratti pressed the prime minister on housing; Teodor Castellan answered with the public finances. Neither landed a decisive blow.',
    dateline: 'Santa Irene',
    authors: ['helene-vasseur', 'priya-raman'],
    tags: ['Valmora', 'Elections', 'Housing'],
    publishedDaysAgo: 11,
    body: `The four main party leaders in Valmora's snap election met on Thursday evening for the campaign's only televised debate, a two-hour encounter in a studio in Santa Irene that was watched, according to the public broadcaster, by nearly half the country's adults.

As expected, housing dominated. Elena Moratti, the Social Democrat leader, opened by holding up a rental listing for a one-bedroom flat in the old town and asking the prime minister how a nurse on a starting salary was meant to pay for it. Teodor Castellan replied that her proposed rent cap would "freeze the building cranes overnight".

## Numbers on both sides

Much of the exchange turned on costs. The Social Democrats' programme includes a public housing fund of 1.2 billion euros over five years, financed partly by a higher tax on second homes and holiday lets. Civic Alliance has costed its own plan, based on tax incentives for developers, at around half that amount in forgone revenue.

Independent economists who reviewed both programmes for the broadcaster said each relied on optimistic assumptions. The Social Democrats' revenue projections assume little change in tourist demand after the new tax; the government's plan assumes developers will build affordable flats in response to incentives that, in the past, have mostly produced luxury ones.

> "Both sides are promising houses. Only one of them is promising to pay for them, and even that one is guessing about who will actually pay."

That was Marco Delvecchio, who directs a fiscal research institute in the capital and has advised governments of both stripes.

## The smaller parties

Luca Ferrandi of Green Harbour, whose withdrawal from the coalition triggered the election, used much of his time to argue that his party would be the "guarantor" of any housing reform, whoever led the next government. Dario Sentis of Valmora First returned repeatedly to his proposal to restrict property purchases by non-residents, which the other three leaders said would breach the country's treaty obligations.

Instant polls after the debate showed no clear winner. A slight majority of viewers said Ms Moratti had performed better than expected, while more said they trusted Mr Castellan on the economy.

The campaign enters its final stretch with the two largest parties level in most surveys and a large share of voters still undecided.`,
  },
  {
    slug: 'valmora-coalition-talks-no-majority',
    section: 'politics',
    headline: 'Valmora heads for coalition talks after no party wins a majority',
    standfirst: 'Civic Alliance finishes narrowly ahead of the Social Democrats. Green Harbour, which brought down the last government, may decide who leads the next one.',
    dateline: 'Santa Irene',
    authors: ['helene-vasseur'],
    tags: ['Valmora', 'Elections'],
    publishedDaysAgo: 0.8,
    updatedHoursLater: 3,
    commentsOpen: false,
    featuredImage: {
      motif: 'night',
      hue: 4,
      alt: 'An illustration of a harbour at night, with strings of lights along the quay',
      caption: 'The waterfront in Santa Irene on election night.',
      credit: 'Illustration: The Meridian Ledger',
    },
    body: `Valmora's governing Civic Alliance finished first in Sunday's snap election but fell well short of a majority, leaving the island republic facing weeks of coalition negotiations in which the small Green Harbour party is likely to hold the balance.

With all districts counted, Civic Alliance won 44 of the 120 seats in the Assembly, down from 49. The Social Democrats, led by Elena Moratti, won 41, their best result in more than a decade. Green Harbour took 16 seats, Valmora First 12, and smaller parties and independents the remaining 7. Turnout was 71 per cent, higher than at the last election.

Neither of the two large parties can reach the 61 seats needed for a majority with Green Harbour alone: Civic Alliance would have 60, the Social Democrats 57. Both would need at least one more partner.

## A kingmaker with conditions

Luca Ferrandi, the Green Harbour leader, said on election night that his party would talk to "anyone who accepts that housing reform is not negotiable". He did not say whether he would prefer to return to government with Prime Minister Teodor Castellan, whose coalition he left a month ago, or to support Ms Moratti.

> "We were told that leaving the government was political suicide. Tonight we have more seats than we had before. Voters have told us what they want us to do with them."

Mr Castellan, speaking to supporters at a hotel on the waterfront, said Civic Alliance had "won this election" and would seek to form a government. Ms Moratti said the result showed "a clear majority for change" if the seats of the opposition parties were added together.

## What happens next

Under Valmora's constitution, the president will invite the leader of the largest party to attempt to form a government first. If that attempt fails within 30 days, the invitation passes to another leader. A second election within the year is possible but would be unpopular.

Analysts in Santa Irene said the most likely outcome was a three-party arrangement, either Civic Alliance with Green Harbour and a handful of independents, or a broader centre-left coalition. Valmora First's 12 seats make it arithmetically significant, but the other main parties have said they will not govern with it.

*This article was updated with final seat totals from the electoral commission. Comments are closed on election results coverage.*`,
  },
  {
    slug: 'orvand-dam-lobby-pressures-negotiators',
    section: 'politics',
    headline: 'At home, Orvand’s water negotiators face a powerful dam lobby',
    standfirst: 'The country upstream on the Lessar earns a fifth of its electricity from the Sarn Dam. Any deal in Geneva must survive a sceptical parliament.',
    dateline: 'Kastel',
    authors: ['helene-vasseur'],
    tags: ['Lessar Basin', 'Water security', 'Diplomacy'],
    publishedDaysAgo: 10,
    body: `While Orvand's diplomats negotiate over the Lessar River in Geneva, the argument that may matter more is taking place in the capital, Kastel, where a coalition of power companies, construction firms and regional politicians has made clear it will oppose any treaty that limits how the Sarn Dam is run.

The dam, completed in the late 1980s, holds back a reservoir of about nine billion cubic metres and supplies roughly a fifth of Orvand's electricity. It is also, for many people in the highlands around it, a symbol of national achievement. A photograph of its concrete wall hangs in the lobby of the energy ministry.

Downstream states, Belmora and Qadira, want the reservoir's releases to be scheduled around the needs of irrigation and the river's delta, particularly in summer. Orvand's power utility prefers to store water in summer and release it in winter, when electricity demand peaks. Those two calendars are difficult to reconcile.

## Votes in the highlands

Parliament in Kastel must ratify any accord, and the governing party's majority depends on deputies from the highland provinces where the dam and its jobs are located. Several have said publicly that they will not vote for a treaty that "hands control of Sarn to foreign capitals".

> "My voters do not object to sharing water. They object to being told when to turn on their own lights."

That was Bogdan Irimescu, a deputy from the Sarn valley who sits on parliament's energy committee. He said the government had not consulted the committee on its negotiating position.

## A negotiator with two audiences

Aurel Koval, the deputy energy minister leading Orvand's delegation, has tried to address both audiences. In Geneva he has argued that the reservoir protects the whole basin from floods and that downstream countries should share its maintenance costs. At home he has emphasised that no treaty would give other countries a say over day-to-day operations.

Diplomats from the other delegations say that distinction may be the basis of a compromise: Orvand would keep operational control but publish its release plans far enough ahead for downstream farmers to plan around them.

Whether that is enough for the highland deputies is unclear. Civil society groups in the lower valleys, where farmers also depend on the Lessar, have begun a campaign in support of a deal, arguing that a shrinking river is a problem for everyone on it, Orvand included.`,
  },
  {
    slug: 'lessar-accord-what-it-guarantees',
    section: 'politics',
    headline: 'What the Lessar accord guarantees, and what it leaves to the future',
    standfirst: 'A plain reading of the new water-sharing framework: how the shares work, what happens in a drought, and where the arguments are likely to resume.',
    dateline: 'Geneva',
    authors: ['helene-vasseur', 'dewi-kusumawardani', 'jonas-lindqvist'],
    tags: ['Lessar Basin', 'Water security', 'Diplomacy', 'Glaciers'],
    publishedDaysAgo: 1.2,
    body: `The accord initialled in Geneva this week by Orvand, Belmora and Qadira runs to 34 articles and four technical annexes. Most of it concerns procedure: who measures the river, who checks the measurements, and what happens when the three governments disagree. That is deliberate. The 1962 agreement it replaces failed less because its numbers were wrong than because there was no agreed way to change them.

Below is a summary of its main provisions, based on the initialled text and conversations with people involved in the negotiations.

## The main provisions

1. **Shares, not volumes.** Each country receives a fixed percentage of the river's annual flow as measured at agreed points: 31 per cent for Orvand, 42 per cent for Belmora and 27 per cent for Qadira, with the delta's environmental flow counted separately.
2. **A drought schedule.** In years when the flow falls into the lowest tenth of the historical record, shares are replaced by a schedule that first guarantees drinking water for the whole basin and a minimum flow into the delta, then divides the remainder.
3. **Joint measurement.** Forty-two gauging stations will publish readings to a shared database. A panel of three hydrologists, one from each country, certifies the annual figures.
4. **Advance notice from the Sarn Dam.** Orvand keeps operational control of its reservoir but must publish its planned releases one season ahead and explain departures from the plan.
5. **A shared fund.** All three states pay into a fund, in proportion to their shares, that covers dam maintenance and the monitoring network.
6. **Review every ten years.** The percentages themselves can be renegotiated once a decade, or sooner if the certified flow falls below a set level for three consecutive years.

## What it does not settle

The accord does not resolve the long-term decline of the river. Glaciers in the Orvand highlands, which supply much of the Lessar's water in late summer, are expected to keep shrinking for decades, and several of the scientists who advised the delegations expect the drought schedule to apply more often over time.

> "The drought clause was written for rare years. The honest expectation is that it will become ordinary."

Nadia Ferhat, Belmora's water envoy, said in an interview after the signing that her government understood the risk and had pushed for the ten-year review precisely because of it.

### Ratification

The three parliaments must now ratify the text. In Orvand, where deputies from the dam's home region have been sceptical, a vote is not expected for several months. The full initialled text has been [published by the basin commission](https://example.org/lessar-commission/accord-text).

Until ratification, the 1962 volumes technically remain in force, although all three governments have said they will apply the new monitoring arrangements immediately.`,
  },
  {
    slug: 'counties-test-ranked-choice-ballots',
    section: 'politics',
    headline: 'A Colorado county tries ranked-choice voting, and counts its first results by hand',
    standfirst: 'Marlow County’s first ranked-choice election went smoothly at the polls. The count took four days longer than usual, and the argument over whether it was worth it is only beginning.',
    dateline: 'Marlow County, Colorado',
    authors: ['ruth-abernathy'],
    tags: ['United States', 'Elections'],
    publishedDaysAgo: 37,
    body: `The ballots in Marlow County looked different this autumn. Instead of marking a single name for county commissioner, voters were asked to rank up to four candidates in order of preference, the first time the rural county of about 40,000 people had used the method.

Voting itself went smoothly, according to the county clerk, Janine Holloway. Fewer ballots were spoiled than she had feared, and turnout was slightly higher than at the previous comparable election. The count was another matter.

Because no candidate won a majority of first preferences, the ballots had to go through several rounds of redistribution. The county's tabulation software had been certified for the method, but a state rule required the first ranked-choice count to be verified by hand. The result was announced four days after election night.

## Why Marlow tried it

The change was adopted two years ago by a ballot measure that passed with 54 per cent of the vote. Its supporters, a coalition that included both a local Republican businessman and a Democratic former school board member, argued that the county's commissioner races were often won by candidates with well under half the vote in crowded fields.

> "People kept telling me they liked two of the candidates and felt they had to guess which one could win. This lets them say what they actually think."

Tom Adeyemi, a retired teacher who helped gather signatures for the measure, said the longer count was a one-time cost of doing something new.

## The sceptics

Opponents are less sure. Some county residents said the instructions had been confusing, and a local group has begun collecting signatures for a measure to repeal the change. Ms Holloway said her office would review the complaints and improve its voter guide.

Researchers who study election administration say the experience in Marlow is typical. Ranked-choice voting has been adopted by a growing number of American cities and counties, and by a couple of states for some races, while several other states have moved to ban it. Evidence on whether it changes who wins is mixed; evidence that it changes how candidates campaign is somewhat stronger.

The county's next ranked-choice election is in two years. Ms Holloway said she expected the count to take about a day.`,
  },
  {
    slug: 'broadband-money-reaches-rural-libraries',
    section: 'politics',
    headline: 'After three years of delays, federal broadband money is finally reaching rural libraries, a bipartisan group of mayors says',
    standfirst: 'Small-town libraries have become the places where people apply for jobs, renew licences and see a doctor by video. The money to connect them properly is arriving slowly.',
    dateline: 'Washington',
    authors: ['ruth-abernathy'],
    tags: ['United States', 'Infrastructure'],
    publishedDaysAgo: 53,
    body: `A bipartisan group of mayors from small towns in eleven states told members of Congress this week that federal money set aside to improve internet connections in rural areas was at last reaching the places it was meant for, three years after it was approved and well behind the schedule originally promised.

The mayors, who lead towns with populations ranging from under 2,000 to about 30,000, said their public libraries had been among the first beneficiaries. In many rural communities, the library is the only building with a fast connection that anyone can use free of charge.

Their testimony, before a House subcommittee that oversees the programme, was largely positive. But they also described a process that one of them called "a marathon of paperwork for a sprint of actual digging".

## Why libraries

In towns without a hospital, a job centre or a motor vehicle office, the library has quietly become the place where all of those services are reached online. Librarians describe helping residents fill in unemployment claims, attend court hearings by video and join telehealth appointments, often on connections that slow to a crawl when more than a few people are using them.

> "We have a retired farmer who comes in every Tuesday to see his cardiologist on our back-room computer. For two years the picture froze every few minutes. Now it doesn't."

That was Carla Jennings, the mayor of a town of 3,400 in the northern plains, describing a fibre connection installed at her library in the spring.

## What slowed it down

The delays had several causes, according to the mayors and to officials who administer the money. States had to draw up detailed maps of which addresses lacked service, and disputes over those maps took months to resolve. Shortages of trained fibre crews and of some equipment pushed costs up. Smaller towns without grant writers struggled with the applications.

Members of the subcommittee from both parties said they wanted to simplify the process for the next round of funding. Several suggested allowing groups of small towns to apply together, so that they could share the cost of the expertise that larger cities take for granted.

Librarians, for their part, say the connection is only half of what is needed. Many also want money for staff who can help people use it.`,
  },
];
