// Business section of the demo publication, The Meridian Ledger. Fictional stories, original text.
// Clusters here: the Bank of Estrava rate rise and chip export rules; plus two standalone pieces.
import type { DemoArticle } from '../../demo-types.ts';

export const businessArticles: DemoArticle[] = [
  {
    slug: 'bank-of-estrava-raises-rates',
    section: 'business',
    headline: 'Bank of Estrava raises interest rates for the first time in two years',
    standfirst: 'The central bank lifts its policy rate by half a point to 3.75 per cent, saying inflation has proved stickier than it expected.',
    dateline: 'Velsk',
    authors: ['priya-raman'],
    tags: ['Interest rates', 'Central banks', 'Estrava', 'Inflation'],
    publishedDaysAgo: 19,
    seoDescription: 'The Bank of Estrava raised its policy rate by 0.5 points to 3.75%, its first increase in two years, citing persistent services inflation.',
    featuredImage: {
      motif: 'city',
      hue: 46,
      alt: 'An illustration of a grand stone building with columns, drawn in muted golds and greys',
      caption: 'The Bank of Estrava’s headquarters in Velsk.',
      credit: 'Illustration: The Meridian Ledger',
    },
    bodyImages: {
      ratepath: {
        motif: 'abstract',
        hue: 38,
        alt: 'A graphic of a stepped line that falls gently and then rises sharply at the right-hand edge',
        caption: 'The policy rate fell in four steps over two years before Thursday’s increase.',
        credit: 'Graphic: The Meridian Ledger',
      },
    },
    body: `The Bank of Estrava raised its main interest rate on Thursday for the first time in two years, lifting it by half a percentage point to 3.75 per cent and warning that inflation was proving more persistent than its economists had forecast.

The decision surprised most analysts, who had expected the bank to hold rates steady or, at most, to make a smaller quarter-point increase. The Estravan crown rose by more than one per cent against the euro within minutes of the announcement.

Annual consumer price inflation in Estrava was 4.6 per cent last month, more than twice the bank's 2 per cent target. Goods prices have been easing, but the cost of services, from restaurant meals to car repairs and rents, has continued to rise at an annual rate above 6 per cent.

## A divided board

The seven-member policy board voted five to two for the increase. The two dissenters preferred to leave rates unchanged, according to a statement released with the decision; minutes giving their reasons will be published in two weeks.

![A graphic of a stepped line that falls gently and then rises sharply at the right-hand edge](demo:ratepath "The policy rate fell in four steps over two years before Thursday’s increase.")

At a press conference in Velsk, the bank's governor, Lidia Marek, said the board had concluded that waiting risked a more painful adjustment later.

> "We would rather act now, by half a point, than find ourselves six months from now needing to do considerably more."

Ms Marek said wage settlements agreed this spring, several of them above 7 per cent, had convinced the board that price pressures were becoming embedded. She did not commit to further increases, saying future decisions would depend on the data.

## Reaction

Business groups criticised the move. The Estravan Chamber of Industry said manufacturers were already struggling with weak export demand and that higher borrowing costs would delay investment. Trade unions said the bank was punishing workers for seeking to recover purchasing power lost over the past three years.

Some economists defended the decision. Erik Halberg, chief economist at a Velsk-based bank, said the central bank had "bought itself credibility at a relatively modest price" and that markets now expected inflation to fall faster as a result.

The bank's next scheduled decision is in six weeks. Its updated forecasts, published alongside Thursday's decision, show inflation returning to target in a little under two years.`,
  },
  {
    slug: 'estrava-rate-rise-borrowers-guide',
    section: 'business',
    headline: 'What Estrava’s rate rise means for mortgages, savings and rents',
    standfirst: 'Half a percentage point does not sound like much. For some households it will add hundreds of crowns a month; for others it changes nothing at all.',
    dateline: 'Velsk',
    authors: ['priya-raman'],
    tags: ['Interest rates', 'Estrava', 'Inflation'],
    publishedDaysAgo: 17,
    body: `The Bank of Estrava's decision to raise its policy rate to 3.75 per cent will reach households at different speeds and in different ways. The effect depends mostly on one question: is your borrowing, or your saving, at a fixed rate or a variable one?

Roughly 40 per cent of Estravan mortgages are on variable rates linked directly to the central bank's rate, according to the country's banking association. The rest are fixed for periods of between two and ten years. That mix matters a great deal.

## Who feels it, and when

Here is how the change is likely to work through, based on the banking association's figures and conversations with lenders in Velsk.

- **Variable-rate mortgages.** Most lenders will pass on the increase within a month. On a typical outstanding loan of 2 million crowns, that means roughly 550 crowns more a month.
- **Fixed-rate mortgages.** Nothing changes until the fixed period ends. About one in six fixed deals is due to expire in the next year, and those borrowers will face higher rates when they refinance.
- **Savings accounts.** Banks raise savings rates more slowly than loan rates, and usually by less. Instant-access accounts may rise by a quarter point in the coming weeks.
- **Rents.** There is no direct link, but landlords with variable-rate buy-to-let loans may try to pass on higher costs when leases are renewed.
- **Credit cards and overdrafts.** Rates on these are already high and are only loosely connected to the central bank's rate.

### The squeeze in the middle

Lenders say the households most exposed are younger buyers who bought in the past three years, often with small deposits and large loans on variable rates. The banking association estimates that about 60,000 households spend more than 40 per cent of their income on mortgage payments, a level at which arrears tend to rise.

> "The people calling us this week are not the ones who are struggling already. They are the ones who were just about managing and have worked out what an extra 550 crowns a month means."

Katarina Novak runs a free debt advice service in Velsk funded by a consortium of banks and the city council. She said calls had roughly doubled since the decision.

## What to do

Advisers suggest that borrowers on variable rates check whether their lender offers a switch to a fixed deal, and compare the cost carefully; fixed rates have already risen in anticipation. Anyone worried about missing a payment should contact their lender early, they say, because banks have more options before arrears build up than after.

The central bank has said it will publish a review of household debt vulnerabilities next month. An [official calculator](https://example.org/estrava-consumer-finance/rate-calculator) run by the consumer finance authority lets borrowers estimate the effect on their own loan.`,
  },
  {
    slug: 'estravan-crown-rallies-bond-yields-jump',
    section: 'business',
    headline: 'Estravan crown rallies and bond yields jump as investors bet on more rate rises',
    standfirst: 'Markets now expect at least one further increase before the spring. Bank shares have gained; housebuilders have not.',
    dateline: 'London',
    authors: ['priya-raman'],
    tags: ['Interest rates', 'Central banks', 'Estrava'],
    publishedDaysAgo: 12,
    featuredImage: {
      motif: 'abstract',
      hue: 56,
      alt: 'An abstract illustration of rising amber and yellow bars against a dark background',
      caption: 'Two-year government bond yields have risen by about 40 basis points since the central bank’s decision.',
      credit: 'Graphic: The Meridian Ledger',
    },
    body: `A week after the Bank of Estrava surprised markets with a half-point increase in interest rates, investors have moved to price in further rises, pushing the Estravan crown to its strongest level against the euro in eighteen months and sending government borrowing costs sharply higher.

The yield on Estrava's two-year government bond, which is closely tied to expectations for the central bank's rate, has risen by about 40 basis points since the decision. Futures markets now imply at least one more quarter-point increase by the spring, and a meaningful chance of two.

Traders in London, where much of the trading in Estravan assets takes place, said foreign investors had been buying the currency on the view that the central bank was now more willing than its neighbours to fight inflation.

## Winners and losers on the stock market

Shares in Estrava's three largest banks have risen by between 6 and 9 per cent, as investors anticipate wider margins between what banks charge borrowers and what they pay depositors. Housebuilders and property companies have fallen, with one of the largest listed developers down nearly 12 per cent over the week.

> "The market has decided the central bank means it. That is good for the currency and bad for anyone who needs to borrow, which is more or less what the central bank intended."

Hannah Okoro, a strategist who covers smaller European markets for an investment firm in London, said the reaction was larger than usual because the decision had been so unexpected.

## Exporters' worries

A stronger crown makes imports cheaper, which helps to bring down inflation, but it also makes Estravan exports more expensive abroad. Manufacturers, who sell much of their output to neighbouring countries, have warned that the combination of higher rates and a stronger currency will hit orders.

The finance ministry said it was monitoring the situation and saw no reason for concern. Economists noted that the currency's rise, while rapid, had only reversed part of its fall over the previous two years.

Attention now turns to the minutes of the policy board's meeting, due next week, which will show why two of its seven members voted against the increase. A split in the board's reasoning could temper expectations of further rises.`,
  },
  {
    slug: 'estrava-governor-defends-rate-decision',
    section: 'business',
    headline: 'Estrava’s central bank governor defends rate rise before a sceptical parliament',
    standfirst: 'Lidia Marek told the finance committee that acting early would mean smaller increases overall. Opposition deputies questioned the bank’s forecasts.',
    dateline: 'Velsk',
    authors: ['priya-raman', 'helene-vasseur'],
    tags: ['Interest rates', 'Central banks', 'Estrava', 'Inflation'],
    publishedDaysAgo: 5,
    updatedHoursLater: 2,
    commentsOpen: false,
    body: `The governor of the Bank of Estrava, Lidia Marek, defended the central bank's decision to raise interest rates in a three-hour appearance before parliament's finance committee on Tuesday, telling deputies that moving early had been the least painful option available.

Ms Marek faced pointed questions from members of several parties, who said the increase had come at a time when the economy was already slowing and households were still recovering from a period of high inflation.

She said the board had weighed those risks carefully, but that the persistence of services inflation, and wage settlements well above what the bank considered consistent with its target, had left it little choice.

## The questions

Deputies focused on three issues: the bank's forecasting record, the impact on mortgage holders, and the two board members who voted against the increase.

On forecasting, Ms Marek acknowledged that the bank had underestimated inflation for much of the past three years, as had most central banks. She said it had since changed its models to give more weight to wages and services prices.

> "We were wrong about how long inflation would last. I do not think the right response to that is to be wrong again in the other direction."

On mortgages, she said the bank was aware that some recent buyers were stretched and that it had asked commercial lenders to report on how they were treating borrowers in difficulty.

## The dissent

Minutes of the policy board's meeting, published last week, showed that the two dissenting members had argued that inflation was likely to fall without further tightening, as earlier rate increases continued to take effect. Ms Marek said that disagreement was healthy and that the board's discussions had been "vigorous but collegial".

Jana Vilkova, an opposition deputy who chairs the committee's subgroup on monetary policy, said afterwards that she was not convinced.

> "The governor is confident. She was also confident three years ago. We will be watching the next set of forecasts very closely."

The bank's next rate decision is in five weeks. Economists surveyed after the hearing were evenly split between those expecting a pause and those expecting a further quarter-point rise.

*This article was updated to include comments made after the hearing by Jana Vilkova.*`,
  },
  {
    slug: 'chinese-chipmakers-stockpile-equipment',
    section: 'business',
    headline: 'Chinese chipmakers race to stockpile equipment before new export rules bite',
    standfirst: 'Orders for lithography and etching tools have jumped as manufacturers try to get machines installed, and serviced, before the 60-day deadline.',
    dateline: 'Shanghai',
    authors: ['zhou-anran'],
    tags: ['Semiconductors', 'China', 'Trade'],
    publishedDaysAgo: 30,
    featuredImage: {
      motif: 'night',
      hue: 250,
      alt: 'An illustration of an industrial park at night, with long low buildings lit in violet and white',
      caption: 'A semiconductor manufacturing district on the outskirts of Shanghai.',
      credit: 'Illustration: The Meridian Ledger',
    },
    body: `Chinese semiconductor manufacturers are scrambling to take delivery of chipmaking equipment and sign servicing agreements before new American export rules take full effect, according to executives, customs data and analysts who follow the industry.

Imports of semiconductor manufacturing equipment into China rose by about a third in value last month compared with the same month a year earlier, customs figures show. Shipping agents in Shanghai say air freight capacity for oversized tool components has been booked weeks in advance.

The rules, published in Washington ten days ago, require a licence to sell a wider range of tools to Chinese buyers and, for the first time, to provide maintenance and software updates for covered machines already installed. The servicing requirement takes effect in 60 days.

## Installed, but for how long?

For chipmakers, the second part matters most. A modern fabrication plant depends on a continuous stream of visits from the toolmakers' engineers, who replace parts, recalibrate machines and install software fixes. Without that support, yields, the share of usable chips from each silicon wafer, can fall quickly.

Executives at two mid-sized manufacturers in the Yangtze River Delta, who spoke on condition that they not be named because they were not authorised to talk to the press, said their companies were trying to secure multi-year spare-parts inventories and to train their own engineers in procedures usually left to the suppliers.

> "We have learned to buy ahead. What we are learning now is to repair ahead, and that is a different skill."

One of the executives said his company had hired more than 40 engineers in the past year from a toolmaker that has reduced its China operations.

## A push for home-grown tools

The scramble has given fresh momentum to domestic equipment makers. Companies such as Hanwen Microsystems, which makes etching and deposition tools in Shenzhen, say enquiries have risen sharply. Domestic tools remain several generations behind the most advanced foreign machines for some processes, but are competitive for the older chips used in cars, appliances and industrial equipment.

Analysts at a Shanghai brokerage estimate that Chinese suppliers now provide about a fifth of the equipment used in the country's chip plants, up from under a tenth five years ago. They expect that share to rise faster now.

China's commerce ministry has said it will take measures to protect its companies' interests but has not announced any specific response.`,
  },
  {
    slug: 'equipment-makers-count-cost-chip-rules',
    section: 'business',
    headline: 'Chip equipment makers count the cost of losing Chinese customers',
    standfirst: 'Toolmakers in Europe, Japan and the United States have spent years building businesses in China. The new rules will shrink them, and nobody is sure by how much.',
    dateline: 'Eindhoven',
    authors: ['priya-raman', 'zhou-anran', 'ruth-abernathy'],
    tags: ['Semiconductors', 'China', 'United States', 'Trade'],
    publishedDaysAgo: 14,
    featuredImage: {
      motif: 'abstract',
      hue: 280,
      alt: 'An abstract illustration of concentric violet rings on a dark background, like the surface of a silicon wafer',
      caption: 'China has been the largest market for chipmaking equipment in several recent years.',
      credit: 'Illustration: The Meridian Ledger',
    },
    body: `On the outskirts of Eindhoven, the engineers at Veldmark Systems build machines that polish silicon wafers to a flatness measured in nanometres. For the past five years, about a third of them have been shipped to customers in China. Under new American export rules, that share is expected to fall sharply, and the company has told investors it cannot yet say how far.

Veldmark is one of dozens of equipment suppliers in Europe, Japan and the United States trying to work out how much business they will lose. China has been the world's largest market for chipmaking tools in several recent years, accounting in some quarters for more than 40 per cent of the sales of the biggest manufacturers.

The rules apply to non-American companies whose tools contain more than a set share of American technology, and to servicing contracts for machines already installed. For many suppliers, servicing is one of their most profitable lines of business.

## Three capitals, three calculations

In Washington, officials argue that the short-term cost to suppliers is justified by the goal of slowing China's progress in the most advanced chips. They point out that demand elsewhere, driven by new factories in the United States, Japan, South Korea and Europe, is strong.

In Tokyo and The Hague, governments have said they share American security concerns but want their own rules, tailored to their industries. Officials are negotiating over the details, including how quickly existing service contracts must wind down.

In Beijing, the response has been to accelerate support for domestic equipment makers, which stand to gain customers that foreign suppliers can no longer serve.

> "Every rule like this is a gift to our competitors in China. They are not there yet, but every year we are not allowed to sell, they get a little closer."

That was Pieter van Heerden, Veldmark's chief executive, speaking on a call with analysts last week.

## Jobs and orders

So far the effect on employment has been limited. Most large suppliers have order books stretching well into next year, and several have said that strong demand elsewhere will absorb much of the lost Chinese business. Smaller firms, with fewer customers, are more exposed.

Hoshimura Precision, a Japanese maker of inspection tools, said it would cut about 200 jobs at its China subsidiary and move some engineers to a new service centre in Arizona. A spokeswoman said the company expected revenue from China to halve over two years.

Analysts caution that the full effect will only be visible once licensing decisions start to come through. Washington has said some licences will be granted case by case, and the industry is waiting to see how generous that process turns out to be.`,
  },
  {
    slug: 'nairobi-boda-boda-battery-swapping',
    section: 'business',
    headline: 'Nairobi’s motorbike taxi riders take to battery swapping',
    standfirst: 'Electric motorbikes are still a small share of the city’s boda-bodas, but swap stations at petrol forecourts are changing the riders’ arithmetic.',
    dateline: 'Nairobi',
    authors: ['amani-wekesa'],
    tags: ['Kenya', 'Energy', 'Cities'],
    publishedDaysAgo: 22,
    featuredImage: {
      motif: 'city',
      hue: 88,
      alt: 'An illustration of a crowded city junction in greens and yellows, with the outlines of motorbikes',
      caption: 'A junction in central Nairobi, where motorbike taxis wait for passengers.',
      credit: 'Illustration: The Meridian Ledger',
    },
    body: `At a petrol station on Ngong Road, the busiest pump is no longer a pump. It is a green metal cabinet the size of a wardrobe, with a dozen numbered doors. A rider pulls up, unclips a battery from under the seat of his motorbike, slides it into an empty slot and takes a fully charged one from another. The whole exchange takes under two minutes.

The cabinet belongs to Voltara, one of several companies trying to electrify Nairobi's motorbike taxis, known as boda-bodas. There are hundreds of thousands of them in Kenya, and for many young men they are the most accessible job available: a rider needs a licence, a helmet and a bike that can be rented by the day.

Electric bikes still make up a small fraction of the fleet. But their number has grown quickly, and riders who have switched say the reason is simple: it costs them less to run.

## The rider's sums

Daniel Kiprono has been riding a boda-boda for six years and switched to an electric bike last spring. He pays a daily fee to lease the bike and a fee for each battery swap. On a typical day, he says, he spends about a third less than he did on petrol, and he no longer pays for oil changes.

> "The first week I was afraid the battery would die in the middle of a ride. Now I know every swap station between Kibera and town."

Operators say the economics depend on Kenya's electricity being relatively cheap and largely renewable, drawn from geothermal, hydro and wind. Petrol prices, by contrast, have risen sharply in recent years.

## Obstacles

The business is not easy. Swap stations need sites with reliable power, and landlords have raised rents as demand for forecourt space has grown. Some riders complain that stations in outlying areas are often empty. Batteries are expensive, and companies need a steady flow of investment to keep adding stations faster than riders join.

The government has reduced import duties on electric motorbikes and their parts, and a few assemblers have begun putting bikes together locally. Industry groups want further help, including standard battery designs that would let riders use any company's stations.

For now, riders like Mr Kiprono are mostly loyal to one network. He said he would switch in a heartbeat if another opened a station nearer his home.`,
  },
  {
    slug: 'repair-shops-return-to-high-street',
    section: 'business',
    headline: 'Britain’s high streets see a quiet return of the repair shop',
    standfirst: 'Phone fixers, cobblers and sewing-machine menders are taking over units left empty by chain stores. Their margins are thin, but their customers are loyal.',
    dateline: 'Leeds',
    authors: ['priya-raman'],
    tags: ['United Kingdom', 'Cities'],
    publishedDaysAgo: 44,
    body: `On a side street off Briggate in central Leeds, a shop that once sold discount greeting cards now has a workbench in the window. Behind it, two technicians are replacing the screen of a mobile phone, while a third waits for the glue to set on the sole of a walking boot.

The shop, Mend and Make, opened last year in one of dozens of units left vacant in the city centre after national retail chains closed branches or went out of business. Its owner, Sandeep Gill, previously repaired phones from a market stall. He says the larger space has allowed him to add shoes, bags and small electrical appliances.

Mr Gill is part of a modest but noticeable trend. Data from a firm that tracks high street occupancy suggests that repair businesses are among the few categories of shop whose numbers have grown across British town centres over the past three years, alongside beauty salons and cafés.

## Why now

Several forces are pushing in the same direction. Household budgets have been squeezed, making a £40 repair more appealing than a £400 replacement. Rents for smaller shops have fallen in many town centres, and some councils offer discounted leases to independent businesses. And interest in sustainability, particularly among younger shoppers, has made mending fashionable again.

"Ten years ago people were embarrassed to bring in a cracked phone," Mr Gill said. "Now they film themselves collecting it and put it online." About a third of his customers, he estimates, are under 25.

## The margins

The economics are not easy. Repair work is labour-intensive, and skilled technicians are in short supply. Spare parts for some devices are hard to obtain, although recent rules requiring manufacturers to supply parts for certain appliances have helped at the margins. Most repair shops are small, with few staff and little capacity to absorb a rise in costs.

Economists who study town centres caution against seeing repair shops as a cure for the high street's problems. The businesses occupy smaller units and generate less footfall than the department stores they sometimes replace. But they do bring people back for a second visit, to collect what they left.

Mr Gill is now looking for a second site, in Bradford. He says his main difficulty is not finding customers but finding people who know how to fix things.`,
  },
];
