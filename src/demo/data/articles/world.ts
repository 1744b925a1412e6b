// World section of the demo publication, The Meridian Ledger. Fictional stories, original text.
// Clusters here: the Lessar basin water talks, chip export rules, the Java drought; plus standalones.
import type { DemoArticle } from '../../demo-types.ts';

export const worldArticles: DemoArticle[] = [
  {
    slug: 'lessar-basin-talks-open-geneva',
    section: 'world',
    headline: 'Lessar basin states open Geneva talks on sharing a shrinking river',
    standfirst: 'Orvand, Belmora and Qadira sit down together for the first time in eleven years, with a 1962 water agreement that no longer matches the river it was written for.',
    dateline: 'Geneva',
    authors: ['helene-vasseur'],
    tags: ['Water security', 'Lessar Basin', 'Diplomacy'],
    publishedDaysAgo: 21,
    seoDescription: 'Three states that share the Lessar River begin talks in Geneva on replacing a 1962 water agreement as the river’s flow declines.',
    featuredImage: {
      motif: 'water',
      hue: 204,
      alt: 'An illustration of a wide river winding between low hills, drawn in pale blues and greys',
      caption: 'The Lessar carries meltwater more than 1,400 kilometres from the Orvand highlands to the sea.',
      credit: 'Illustration: The Meridian Ledger',
    },
    body: `Delegations from the three countries that share the Lessar River opened talks in Geneva on Monday aimed at replacing a water-sharing agreement signed in 1962, when the river carried considerably more water than it does today.

The meeting, held in a conference room borrowed from a university institute on the edge of the city, is the first time negotiators from Orvand, Belmora and Qadira have sat at the same table since an earlier round collapsed in acrimony eleven years ago.

The 1962 agreement divides the Lessar by fixed volumes: a set number of cubic metres for each country, each year, regardless of how much snow fell in the mountains the winter before. Measured at the border gauge above the Qadiri delta, the river's average annual flow has fallen by roughly 18 per cent since the 1990s. In dry years, the fixed volumes add up to more water than exists.

## A river divided by arithmetic

Each country arrives with a different grievance. Orvand, where the Lessar rises, wants recognition for the reservoir behind its Sarn Dam, which it says stores water that would otherwise be lost to spring floods. Belmora, in the middle reaches, irrigates some 600,000 hectares of cotton and wheat from canals built in the 1970s. Qadira, at the river's mouth, says its delta is shrinking as seawater pushes further inland each summer.

> "Nobody in this room caused the river to shrink. But everybody in this room will be blamed if we leave without a way to share what is left."

That was Ingrid Marthaler, a Swiss hydrologist appointed by the basin's joint commission to facilitate the talks, speaking to reporters before the doors closed. She said the first week would be spent agreeing on a common set of flow data, a step that sounds technical but has derailed previous rounds.

## What is on the table

Diplomats familiar with the preparatory papers say the most likely replacement is a proportional system: each country would receive a share of the measured flow rather than a fixed volume, with a separate clause for years when the river falls below a drought threshold. A network of jointly run monitoring stations, publishing readings in near real time, is also under discussion.

Samir Haddou, who leads the Qadiri delegation, said his government would not accept any formula that treated the delta's needs as whatever happened to be left over. Orvand's deputy energy minister, Aurel Koval, said the Sarn reservoir had "saved the basin from at least four floods" and that any accord must share the cost of maintaining it as well as its water.

Talks are scheduled to run for three weeks, with a pause in the middle for delegations to consult their capitals. The commission has published the [agenda and background papers](https://example.org/lessar-commission/geneva-round) on its website.`,
  },
  {
    slug: 'lessar-accord-agreed-after-all-night-session',
    section: 'world',
    headline: 'Lessar accord agreed after all-night session in Geneva',
    standfirst: 'Negotiators replace fixed water volumes with shares of the measured flow, ending a dispute that has simmered for more than a decade.',
    dateline: 'Geneva',
    authors: ['helene-vasseur', 'dewi-kusumawardani'],
    tags: ['Water security', 'Lessar Basin', 'Diplomacy'],
    publishedDaysAgo: 2,
    updatedHoursLater: 6,
    featuredImage: {
      motif: 'night',
      hue: 222,
      alt: 'An illustration of a city at night, with lit windows reflected in dark water',
      caption: 'Talks ran past four in the morning before the three delegations initialled the text.',
      credit: 'Illustration: The Meridian Ledger',
    },
    bodyImages: {
      gauges: {
        motif: 'abstract',
        hue: 190,
        alt: 'A graphic of overlapping blue bands of different widths, suggesting three shares of a single flow',
        caption: 'Under the accord, each country receives a share of the flow measured at 42 jointly run gauging stations.',
        credit: 'Graphic: The Meridian Ledger',
      },
    },
    body: `Orvand, Belmora and Qadira agreed early on Thursday to a new framework for sharing the Lessar River, replacing a 1962 agreement that allocated fixed volumes of water in a basin where the flow has fallen by nearly a fifth.

The text was initialled at about 4.20am after a final session that began the previous afternoon and was interrupted twice so that delegations could telephone their governments. It must still be ratified by the three national parliaments.

Under the accord, each country will receive a percentage of the river's measured flow rather than a guaranteed number of cubic metres. When the flow falls below a drought threshold, defined in an annex as the lowest tenth of years since 1980, a separate schedule applies that protects a minimum volume for the Qadiri delta and for drinking water across the basin.

## The last sticking point

The final hours were spent on the Sarn Dam. Orvand had insisted that downstream states contribute to the reservoir's maintenance, arguing that its storage evens out the river for everyone. Belmora and Qadira had resisted paying for infrastructure they do not control.

The compromise, according to two people who were in the room, is a joint fund financed by all three states in proportion to their shares, which will pay for maintenance and for the monitoring network. In exchange, Orvand agrees to publish the reservoir's release schedule a season in advance.

![A graphic of overlapping blue bands of different widths, suggesting three shares of a single flow](demo:gauges "Under the accord, each country receives a share of the flow measured at 42 jointly run gauging stations.")

> "We did not make the river bigger tonight. We made it possible to argue about it with the same numbers."

Ingrid Marthaler, the commission's facilitator, said that as delegates filed out of the building into a cold morning. Aurel Koval, Orvand's deputy energy minister, called the agreement "fair to the mountains and fair to the sea". Samir Haddou of Qadira was more guarded, saying the drought schedule was "the part we will be watching every summer".

## What happens next

Forty-two gauging stations, some of which already exist and some of which must be built, will report readings to a shared database. A three-member technical panel, one hydrologist from each country, will certify the annual flow figures on which the shares are calculated.

Scientists who have studied the basin welcomed the flexibility but warned that the long-term trend still points down, because the glaciers that feed the Lessar in late summer are retreating. A proportional system shares a decline more fairly; it does not stop it.

## Reaction in the capitals

The response at home was cautious in all three countries. In Kastel, Orvand's capital, the prime minister's office issued a two-line statement welcoming "a balanced outcome" and saying the text would be sent to parliament once it had been translated and reviewed by government lawyers. Deputies from the highland provinces around the Sarn Dam, who had warned against any deal that limited the reservoir's operations, said they would study the release-schedule clause before deciding how to vote.

In Belmora, the farmers' union that represents irrigators in the middle reaches said the accord offered "more certainty than we have had in thirty years", though it noted that certainty about a smaller river was not the same as more water. The agriculture ministry said it would publish guidance for canal districts before the spring sowing.

In Qadira, where the delta's fishing communities have campaigned for years for a guaranteed minimum flow, reaction was warmer. A coalition of delta villages that had organised boat protests during the talks said the drought schedule was "the first time anyone has written our river mouth into law". Its spokeswoman, Layla Mansour, said the coalition would now press for the monitoring data to be published in a form that fishermen could read on their phones.

*This article was updated after the three delegations published the initialled text.*`,
  },
  {
    slug: 'us-tightens-chip-tool-exports',
    section: 'world',
    headline: 'US tightens export rules on advanced chipmaking tools',
    standfirst: 'A new licensing requirement covers equipment and servicing contracts, and reaches further down the supply chain than earlier rules.',
    dateline: 'Washington',
    authors: ['ruth-abernathy', 'zhou-anran'],
    tags: ['Semiconductors', 'China', 'United States', 'Trade'],
    publishedDaysAgo: 40,
    updatedHoursLater: 30,
    featuredImage: {
      motif: 'abstract',
      hue: 262,
      alt: 'An abstract illustration of a grid of violet and silver lines, suggesting the circuitry of a chip',
      caption: 'The rules cover tools used to make the most advanced chips, and the contracts to service them.',
      credit: 'Illustration: The Meridian Ledger',
    },
    body: `The United States on Tuesday published revised export rules that require a licence to sell a wider range of chipmaking equipment to companies in China, and extend the requirement to maintenance and software-update contracts for machines already installed there.

The rules, issued by the Commerce Department's export control bureau, run to more than 200 pages. Officials said in a background briefing that their purpose was to close gaps that had allowed equipment to be sold through subsidiaries or upgraded after installation.

The most significant change, according to trade lawyers who read the text overnight, is the servicing clause. Chipmaking tools need regular maintenance by engineers employed or trained by the manufacturer; without it, output falls within months. A licence will now be needed to provide that service for covered machines.

## A reply from Beijing

In Beijing, the commerce ministry said it "firmly opposes" the measures and would take "necessary steps" to protect the interests of Chinese companies. It did not say what those steps might be. A spokeswoman told a regular briefing that the rules would "harm the stability of global supply chains, including for American firms".

Chinese chipmakers have spent several years preparing for tighter controls, building up inventories of equipment and investing in domestic suppliers. Analysts in Shanghai said the servicing requirement was the part few had anticipated.

> "You can stockpile a machine. It is much harder to stockpile the engineer who keeps it running."

That was Lin Haoyu, who follows the semiconductor industry for a brokerage in Shanghai.

## Allies in the frame

The rules also apply to equipment made outside the United States if it contains more than a set share of American technology. That brings toolmakers in Europe and Japan into scope, and officials said discussions with those governments were continuing.

Industry groups in Washington said they supported national security goals but asked for a longer transition period, noting that the servicing clause would take effect in 60 days. The rules are open for public comment for the same period, and the full text is [available from the Federal Register](https://example.org/federal-register/export-controls).

*Updated with comments from the commerce ministry in Beijing and a clarification of the 60-day transition period.*`,
  },
  {
    slug: 'rice-prices-climb-across-southeast-asia',
    section: 'world',
    headline: 'Rice prices climb across Southeast Asia as a late monsoon thins harvests',
    standfirst: 'Traders in Singapore report the steepest monthly rise in benchmark prices in three years, and importers from Manila to Dhaka are buying early.',
    dateline: 'Singapore',
    authors: ['dewi-kusumawardani', 'priya-raman'],
    tags: ['Drought', 'Monsoon', 'Indonesia'],
    publishedDaysAgo: 16,
    featuredImage: {
      motif: 'fields',
      hue: 52,
      alt: 'An illustration of terraced fields in dry ochre and pale green under a hazy sky',
      caption: 'Rice terraces in Central Java, where planting was delayed by several weeks this year.',
      credit: 'Illustration: The Meridian Ledger',
    },
    body: `Wholesale rice prices in Southeast Asia rose by about 11 per cent over the past month, according to traders in Singapore, as a monsoon that arrived weeks late and delivered less rain than usual thinned harvests across the region's main growing areas.

The increase is the sharpest since the price spike of three years ago, and it has prompted several importing countries to place orders earlier than usual. Traders said buyers from the Philippines and Bangladesh had been particularly active.

For now, supplies are adequate. Stocks held by governments and large millers are higher than they were before previous shocks, and no major exporter has restricted sales. But the market is watching the next planting season closely.

## Where the rain did not come

The shortfall has been worst in Java, Indonesia's most populous island and the source of much of its rice. Farmers in Central and East Java delayed planting by three to six weeks, waiting for rain that arrived in bursts rather than the steady soaking that paddy fields need. Reservoirs that feed irrigation canals are at their lowest level in years.

> "The fields that did get planted look fine from the road. It is when you stand in them that you see the stalks are short and the grain is light."

Siti Rahmawati, who runs an agricultural cooperative near Klaten in Central Java, said most members expected yields a quarter below normal.

## Households feel it first

In Jakarta's traditional markets, the price of medium-grade rice has risen by about 2,000 rupiah a kilogram since the start of the season. For households that spend a large share of their income on food, that is a noticeable increase, and the government has begun releasing rice from the national stockpile into markets to slow the rise.

Economists said the regional price rise was unlikely on its own to shift inflation figures significantly, because rice makes up a smaller share of household spending than it did a generation ago. The larger risk, they said, was a second poor season.

Forecasters will publish their outlook for the coming rains next month. If it points to another weak monsoon, traders expect governments across the region to start buying in earnest, and prices to rise further.`,
  },
  {
    slug: 'first-rains-reach-java-harvest-lost',
    section: 'world',
    headline: 'First heavy rains reach Java, but for many farmers the harvest is already lost',
    standfirst: 'The downpour refills canals and brings relief to towns short of drinking water. It comes too late for a season’s rice.',
    dateline: 'Klaten',
    authors: ['dewi-kusumawardani'],
    tags: ['Drought', 'Monsoon', 'Indonesia'],
    publishedDaysAgo: 0.05,
    updatedHoursLater: 0.75,
    featuredImage: {
      motif: 'fields',
      hue: 118,
      alt: 'An illustration of green paddy fields under heavy grey clouds, with rain drawn as fine slanting lines',
      caption: 'Rain over the rice-growing plains of Central Java on Sunday.',
      credit: 'Illustration: The Meridian Ledger',
    },
    body: `The rain came on Sunday afternoon, heavy enough that the children of Sumberwangi ran out into it and the irrigation channel behind the village mosque filled for the first time since March.

By evening, the weather agency said parts of Central and East Java had received more than 80 millimetres in a few hours, the first significant rainfall of a monsoon that had arrived weeks late and then faltered. More was forecast for the coming days.

For towns that had been relying on water trucks, the relief was immediate. For rice farmers, it was more complicated. Most of the fields around Sumberwangi were planted late, in dry soil, and the plants are now too far along for the rain to rescue them.

## Counting the cost

Agus Santoso, who farms just under a hectare on the edge of the village, walked his field on Monday morning and estimated that he would harvest about half of what he would in a normal year. He has already borrowed from a relative to cover the cost of seed and fertiliser.

> "The rain is good. I am grateful for it. But it is the rain for next season, not for this one."

Agricultural officials in Central Java said they would distribute seed for a quick second planting in districts where the soil was now wet enough, and that farmers who had registered with the state crop insurance scheme could begin filing claims next week. Fewer than a third of small farmers in the province are enrolled.

## The wider picture

The late monsoon has been felt well beyond Java. Rice prices across Southeast Asia rose sharply over the past two months, and reservoirs across the island reached record lows before the weekend. Water managers said it would take several weeks of steady rain to bring them back to safe levels.

Meteorologists cautioned against reading too much into a single storm. The season's total rainfall remains well below average, and the longer-range outlook still leans dry. Several pointed to a warming trend in the surrounding seas that makes the onset of the rains less predictable from one year to the next.

In Sumberwangi, the channel behind the mosque was still running on Monday evening. Farmers stood beside it in small groups, talking about whether to plant again.

*This article was updated with rainfall figures from the national weather agency.*`,
  },
  {
    slug: 'busia-border-market-paperless-customs',
    section: 'world',
    headline: 'At Busia, a border market learns to live with paperless customs',
    standfirst: 'A single electronic window has cut crossing times for lorries. Small traders who carry goods on their heads say it has made life harder.',
    dateline: 'Busia',
    authors: ['amani-wekesa'],
    tags: ['Kenya', 'Trade'],
    publishedDaysAgo: 33,
    featuredImage: {
      motif: 'city',
      hue: 28,
      alt: 'An illustration of a busy street of low buildings in warm orange and brown tones',
      caption: 'The main road through Busia, on the border between Kenya and Uganda.',
      credit: 'Illustration: The Meridian Ledger',
    },
    body: `By seven in the morning the queue at the Busia border post is mostly bicycles. Lorries now clear customs in a separate lane, their paperwork filed electronically days before they arrive, and they roll through the gates with a speed that drivers who have worked this route for twenty years still find surprising.

Busia sits on the main road between the Kenyan port of Mombasa and Kampala, and on into Rwanda, South Sudan and eastern Congo. For most of its history, crossing here meant a day or more of queueing, stamping and negotiation. Under a system introduced in stages over the past few years, lorry documents are now submitted to a single electronic window shared by both countries' revenue authorities.

Hauliers say the average crossing has fallen from more than a day to a few hours. A fruit exporter in Kisumu told the Ledger his spoilage losses had roughly halved.

## The people on foot

The changes have been less welcome among the hundreds of small traders, most of them women, who cross each day carrying sacks of maize flour, second-hand clothes, fish or tomatoes. Their goods are below the threshold for formal declarations, but many say officers now ask for documents they do not have and cannot easily obtain.

> "The lorries have a fast lane. We have a phone we are told to download an app on, and no data to do it."

Rose Nafula has sold dried fish on both sides of the border for fifteen years. She said she now spends more on informal payments than before, not less, because traders without the right paperwork are easier to pressure.

## Two economies at one gate

Officials at the border post acknowledged that the simplified regime for small traders was not working as intended and said training for officers was under way. A help desk staffed by a traders' association opened last month in a converted shipping container beside the pedestrian gate.

Economists who study the region say cross-border trade by individuals is easy to overlook because it rarely appears in official statistics, yet it feeds and employs a large share of the population in border towns. A study by a Nairobi research group estimated that informal trade at Busia was worth tens of millions of dollars a year.

At dusk, the lorries are still moving. The pedestrian gate closes at six.`,
  },
  {
    slug: 'rural-china-home-care-cooperatives',
    section: 'world',
    headline: 'In China’s emptying villages, neighbours become the care system',
    standfirst: 'With working-age residents gone to the cities, a county in Shanxi is paying older villagers to look after those who are older still.',
    dateline: 'Liangshui County, Shanxi',
    authors: ['zhou-anran'],
    tags: ['China', 'Public health'],
    publishedDaysAgo: 47,
    body: `Wang Guilan is 68 and, by the standards of her village, young. Three mornings a week she walks to the house of an 87-year-old neighbour, lights the stove, checks that his medicines are in the right compartments of a plastic box, and stays for a cup of tea. The county pays her 900 yuan a month for the work.

Liangshui County, in the hills of Shanxi province, has lost roughly a third of its population in two decades as younger residents moved to cities for work. In many of its villages, more than half of those who remain are over 60. There is a county hospital, a few clinics, and one residential care home with a waiting list.

Three years ago the county began organising what it calls mutual-aid care cooperatives. Healthier older residents are trained in basic care, paired with neighbours who need help, and paid from a mix of county funds and a small monthly contribution from the families of those being cared for, most of whom live elsewhere.

## Small sums, large differences

The amounts are modest. But officials say the scheme costs a fraction of residential care, keeps people in their homes, and gives the carers an income in places where there is little other work.

"Before, if an old person fell, they might lie there until someone happened to pass," said Zhang Lihua, the county civil affairs official who oversees the programme. "Now someone passes every day. That is the whole idea."

Ms Zhang said 41 villages now had a cooperative and that the number of emergency ambulance calls from those villages had fallen.

## Limits of the model

The cooperatives work best where there is still a core of healthy residents in their sixties. In the most remote villages, researchers who have visited the county say, there is nobody young enough left to do the caring. Families in the cities sometimes resist paying for help they feel they should be providing themselves.

China's population has been shrinking since 2022, and the number of people aged over 60 is projected to rise well above 400 million in the next decade. National policy has promised to expand home and community care, and counties like Liangshui have become informal testing grounds.

Wang Guilan's own children live in Taiyuan and Beijing. Asked who would look after her when she needs it, she laughed and pointed down the lane at a neighbour's house. "She is only 61," she said.`,
  },
  {
    slug: 'geneva-aid-agencies-brace-for-cuts',
    section: 'world',
    headline: 'Geneva’s humanitarian agencies brace for a leaner year',
    standfirst: 'Several large donors have signalled reductions, and organisations headquartered by the lake are cutting posts, merging offices and rethinking what they can promise.',
    dateline: 'Geneva',
    authors: ['helene-vasseur'],
    tags: ['Humanitarian aid', 'Diplomacy'],
    publishedDaysAgo: 29,
    featuredImage: {
      motif: 'mountains',
      hue: 236,
      alt: 'An illustration of a lake beneath snow-capped mountains in soft blues and whites',
      caption: 'Lake Geneva, with the Alps beyond. Many international organisations have headquarters along its shore.',
      credit: 'Illustration: The Meridian Ledger',
    },
    body: `The corridors of the international organisations clustered around Geneva's Place des Nations have been unusually quiet this autumn. Hiring freezes are in place across much of the humanitarian sector, several agencies have announced job cuts at headquarters, and the annual round of pledging conferences has produced smaller numbers than last year.

The pressure comes from several directions at once. A number of large government donors have reduced aid budgets or redirected money towards defence and domestic priorities. At the same time, the number of people in need of assistance, as measured by the sector's own annual appeal, remains close to a record.

Heads of agencies say the gap between what is requested and what is funded has never been wider. Last year, appeals coordinated through Geneva received a little under half of what they asked for. Early indications suggest this year will be lower.

## Doing less, deliberately

Several organisations are responding by narrowing what they promise. A medium-sized agency that runs water and sanitation programmes told staff last month it would withdraw from four countries to concentrate resources in six. Another is merging its regional offices for southern and eastern Africa.

> "For years we have said yes to everything and then delivered a bit of everything. The honest thing now is to say which things we will do properly."

Marguerite Odermatt, who chairs a network of non-governmental organisations based in the city, said the sector had to accept that the funding of the previous decade was not coming back soon.

## A city that depends on the sector

Geneva itself is exposed. International organisations and the businesses that serve them are among the canton's largest employers, and local officials have begun meeting agency heads to discuss what support the city can offer, from cheaper office space to help for staff who lose their jobs and need to leave the country.

Switzerland's federal government has said it remains committed to the city's role as a humanitarian hub. Diplomats note that this role rests not only on money but on the convenience of having so many agencies within walking distance of one another, an advantage that shrinks a little with each office that closes or moves to a cheaper capital.`,
  },
];
