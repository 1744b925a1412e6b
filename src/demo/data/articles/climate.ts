// Climate section of the demo publication, The Meridian Ledger. Fictional stories, original text.
// Clusters here: the Java drought and late monsoon, and the Lessar basin's glaciers; plus standalones.
import type { DemoArticle } from '../../demo-types.ts';

export const climateArticles: DemoArticle[] = [
  {
    slug: 'late-monsoon-leaves-java-fields-dry',
    section: 'climate',
    headline: 'A late monsoon leaves Java’s rice fields waiting for water',
    standfirst: 'Farmers in Central Java have delayed planting by weeks. Forecasters say the rains are coming, but not when, and not how much.',
    dateline: 'Sumberwangi, Central Java',
    authors: ['dewi-kusumawardani'],
    tags: ['Drought', 'Monsoon', 'Indonesia'],
    publishedDaysAgo: 28,
    seoDescription: 'A delayed monsoon has left rice farmers in Central Java unable to plant, with reservoirs falling and forecasts uncertain.',
    featuredImage: {
      motif: 'fields',
      hue: 40,
      alt: 'An illustration of cracked, pale brown fields stretching towards a line of hills',
      caption: 'Fields near Sumberwangi that would usually be flooded for planting by now.',
      credit: 'Illustration: The Meridian Ledger',
    },
    bodyImages: {
      channel: {
        motif: 'desert',
        hue: 34,
        alt: 'An illustration of a dry, straight irrigation channel running between parched fields under a white sky',
        caption: 'The main irrigation channel serving Sumberwangi has carried no water for seven weeks.',
        credit: 'Illustration: The Meridian Ledger',
      },
    },
    body: `In a normal year, the fields around Sumberwangi would be under a few centimetres of water by now, and the village would smell of wet earth and young rice. This year the soil is cracked into plates the size of dinner trays, and the seedlings that farmers raised in nursery beds are turning yellow, waiting to be transplanted.

The monsoon rains that usually arrive in Central Java in late October or early November have not come. There have been a few showers, enough to settle the dust, but nothing like the steady downpours that fill irrigation channels and flood the paddies.

For the roughly 2,000 farming households in this village on the plain between two volcanoes, the delay is already costly. Every week that planting is postponed pushes the harvest later, into a period when pests are more common, and squeezes the window for a second crop.

![An illustration of a dry, straight irrigation channel running between parched fields under a white sky](demo:channel "The main irrigation channel serving Sumberwangi has carried no water for seven weeks.")

## Waiting on the forecast

Indonesia's meteorological agency has said that a warm phase in the Pacific, together with unusual temperature patterns in the Indian Ocean, has delayed the onset of the rains across much of Java and Nusa Tenggara. Its latest outlook says the monsoon will arrive in the coming weeks, but with below-average rainfall in many districts.

> "My grandfather planted by the stars and the first frogs. My father planted by the calendar. I look at my phone every morning, and the phone also does not know."

Agus Santoso, 46, farms just under a hectare on the edge of the village. He has dug a shallow well in one corner of his field and has been pumping water to keep his seedlings alive, at a cost in diesel he can barely afford.

## A pattern, not a one-off

Climate scientists say the monsoon's onset in Java has become more variable over the past two decades, with more years in which the rains arrive late or start and then stop. A warming Indian Ocean, they say, is likely to make such swings more common, although individual seasons remain hard to predict.

Local officials have begun distributing water pumps to farmer groups and say they are considering a shift to faster-maturing rice varieties that would allow a harvest even with a late start. Some farmers are planting maize or soybeans instead, which need less water.

In Sumberwangi, the village head has asked the mosque to hold prayers for rain on Friday. He has also asked the district for a water truck.`,
  },
  {
    slug: 'java-reservoirs-record-lows-dry-season',
    section: 'climate',
    headline: 'Java’s reservoirs hit record lows as the dry season stretches on',
    standfirst: 'Water managers have cut releases for irrigation to protect drinking supplies. Several towns now depend on tanker trucks.',
    dateline: 'Semarang',
    authors: ['dewi-kusumawardani'],
    tags: ['Drought', 'Monsoon', 'Indonesia', 'Water security'],
    publishedDaysAgo: 8,
    updatedHoursLater: 12,
    featuredImage: {
      motif: 'water',
      hue: 30,
      alt: 'An illustration of a shrunken lake with wide pale banks, surrounded by brown hills',
      caption: 'A reservoir in Central Java at less than a fifth of its capacity.',
      credit: 'Illustration: The Meridian Ledger',
    },
    body: `The main reservoirs serving Central Java have fallen to their lowest levels since records began in the 1980s, water authorities said on Wednesday, as a monsoon that arrived late and has so far delivered little rain extended an already long dry season.

Across the province, the large reservoirs that supply irrigation canals and several city water systems are holding on average about 18 per cent of their capacity. Two smaller reservoirs have dropped below the level at which their outlets can draw water.

In response, the river basin authority has cut releases for irrigation by half, prioritising drinking water for towns and cities. That decision has angered farmers who planted late and now face losing their crops, but officials said they had no alternative.

## Trucks and queues

In a dozen towns, piped water now runs only a few hours a day, or not at all. Local governments have hired tanker trucks to deliver water to neighbourhoods, where residents queue with jerrycans and buckets. In some hill villages, families are walking several kilometres to springs that are themselves running low.

> "We are managing the water as if the rains will not come for another month. If they come sooner, good. But we cannot plan on hope."

Hendra Wibisono, who heads operations at the river basin authority in Semarang, said reserves would last until the end of the year at current rates of use.

## Groundwater under strain

As surface water disappears, households and businesses are pumping more groundwater, a resource that was already overused in parts of the province. In coastal areas around Semarang, heavy pumping has contributed to land subsidence that makes flooding worse when the rains do come.

Hydrologists say the crisis exposes longer-term weaknesses: reservoirs that have lost capacity to silt, canals that leak, and rapid growth in demand from cities and industry. Several have called for investment in repairing existing infrastructure rather than building new dams.

The national government has declared an emergency in four districts, releasing funds for water trucks, pumps and new wells. Meteorologists expect the first significant rains within two weeks, but say it will take a sustained wet season to refill the reservoirs.

*This article was updated with the number of districts under emergency status.*`,
  },
  {
    slug: 'lessar-glaciers-rewrite-river-arithmetic',
    section: 'climate',
    headline: 'Shrinking glaciers are rewriting the arithmetic of the Lessar River',
    standfirst: 'As negotiators in Geneva argue over shares of the river, scientists say the late-summer meltwater that farms depend on will keep falling for decades.',
    dateline: 'Geneva',
    authors: ['dewi-kusumawardani', 'helene-vasseur', 'jonas-lindqvist'],
    tags: ['Lessar Basin', 'Water security', 'Glaciers'],
    publishedDaysAgo: 18,
    featuredImage: {
      motif: 'mountains',
      hue: 196,
      alt: 'An illustration of jagged mountains with thin patches of white snow against a pale blue sky',
      caption: 'Glaciers in the Orvand highlands have lost roughly a third of their area since the 1970s.',
      credit: 'Illustration: The Meridian Ledger',
    },
    body: `The delegations negotiating over the Lessar River in Geneva have spent their first week arguing about numbers: how much water the river carries, how much each country takes, and whose measurements to trust. Scientists who study the basin say there is another number that matters more, and it is not on the negotiating table. It is the size of the glaciers.

The Lessar rises in the highlands of Orvand, where snow and ice accumulate in winter. Snowmelt swells the river in spring. But in late summer, when farms downstream need water most and the snow has gone, much of the river's flow comes from glaciers slowly melting at the head of the valleys.

Those glaciers are shrinking. A survey by a regional glaciological institute, comparing satellite images with maps from the 1970s, found that their total area had declined by roughly a third, with the smallest glaciers losing the most.

## Peak water

For a while, melting glaciers actually add water to a river, as ice stored for centuries is released. Hydrologists call the moment when this extra flow begins to decline "peak water". Studies of the Lessar suggest the basin passed that point some years ago.

> "The river has been living on its savings. Those savings are running out, and in late summer there is not much income."

Dr Karin Almqvist, a glaciologist who has worked in the Orvand highlands for fifteen years and advised the basin commission, said late-summer flow could fall by a further quarter by mid-century under moderate warming.

## What it means for the talks

The practical consequence is that any fixed allocation of water, like the one in the 1962 agreement, will become harder to honour each decade. This is one reason the mediators have encouraged the delegations to consider shares of a measured flow instead, so that a shrinking river shrinks everyone's allocation together rather than leaving the downstream country to absorb the whole shortfall.

It also sharpens the dispute over the Sarn Dam. As glacier melt declines, the reservoir's stored water becomes more valuable in late summer, and the question of when it is released becomes more contentious.

Scientists have urged all three countries to invest in shared monitoring of the glaciers as well as of the river. At present, only a handful of glaciers in the basin are measured directly, and data is not routinely exchanged across borders.

Several delegates in Geneva said privately that the science had changed the tone of the talks. The question is no longer simply how to divide the river, one said, but how to divide its decline.`,
  },
  {
    slug: 'rift-valley-geothermal-drilling-deeper',
    section: 'climate',
    headline: 'Kenya’s geothermal drillers chase steam at greater depths',
    standfirst: 'Geothermal power already supplies a large share of Kenya’s electricity. Extending it means drilling deeper, hotter and more expensive wells in the Rift Valley.',
    dateline: 'Naivasha',
    authors: ['amani-wekesa'],
    tags: ['Kenya', 'Energy'],
    publishedDaysAgo: 39,
    featuredImage: {
      motif: 'desert',
      hue: 22,
      alt: 'An illustration of a dry valley floor with plumes of white steam rising against reddish hills',
      caption: 'Steam vents in the Rift Valley, where Kenya’s geothermal fields are concentrated.',
      credit: 'Illustration: The Meridian Ledger',
    },
    body: `On a ridge above Lake Naivasha, a drilling rig the height of a ten-storey building has been running day and night for six weeks. Its target is a pocket of superheated water and steam nearly three kilometres below the surface, deeper than most of the wells already producing electricity in the fields nearby.

Kenya generates a larger share of its electricity from geothermal energy than almost any other country, drawing on the heat of the Great Rift Valley, where the Earth's crust is thin and magma lies relatively close to the surface. Together with hydropower and wind, geothermal plants give the country one of the cleanest electricity grids in Africa.

But the easiest resources, at shallower depths, have largely been tapped. Adding capacity now increasingly means drilling deeper wells, which are hotter, more expensive and more uncertain.

## The cost of a hole

A single deep geothermal well can cost several million dollars, and not every well finds enough steam to be worth connecting. Engineers on the ridge say their success rate has improved as geological surveys have become more detailed, but drilling remains a gamble.

> "Every well is an argument with the rock. Sometimes the rock wins, and that is a very expensive afternoon."

Grace Mutua, a drilling engineer who has worked in the Rift Valley fields for twelve years, said higher temperatures at depth also corrode equipment faster and require special steel and cement.

## Neighbours and land

Expansion has also brought friction. Some geothermal projects have displaced pastoralist communities, particularly Maasai families, and disputes over resettlement and compensation have taken years to resolve. Community leaders near the new wells say they want local jobs and a share of the revenue, not only promises.

The operators say they have improved consultation and now employ more people from surrounding villages. Critics say the benefits remain unevenly shared.

Energy planners in Nairobi want geothermal to provide a stable base for the grid as demand grows, complementing wind and solar, whose output varies. Several industrial parks are being built near the geothermal fields to use their electricity and waste heat directly. If the deep well on the ridge comes in, it will feed one of them.`,
  },
  {
    slug: 'north-jakarta-sinking-sea-wall-debate',
    section: 'climate',
    headline: 'North Jakarta’s sinking neighbourhoods weigh the promise of a giant sea wall',
    standfirst: 'Parts of the city are subsiding by several centimetres a year, faster than the sea is rising. A vast coastal barrier is planned. Residents want to know who it is for.',
    dateline: 'Jakarta',
    authors: ['dewi-kusumawardani'],
    tags: ['Sea level', 'Cities', 'Indonesia'],
    publishedDaysAgo: 51,
    featuredImage: {
      motif: 'city',
      hue: 200,
      alt: 'An illustration of low houses beside a high grey wall, with the sea beyond in muted blues',
      caption: 'In parts of North Jakarta the sea wall already stands higher than the rooftops behind it.',
      credit: 'Illustration: The Meridian Ledger',
    },
    bodyImages: {
      tide: {
        motif: 'water',
        hue: 210,
        alt: 'An illustration of calm grey-blue water lapping against the base of a concrete wall',
        caption: 'At high tide, the sea sits above street level on the landward side of the wall.',
        credit: 'Illustration: The Meridian Ledger',
      },
    },
    body: `From the top of the concrete embankment in Muara Baru, the sea is on one side and the rooftops of the neighbourhood are on the other, a metre or more below. At high tide, the water outside the wall is higher than the street where children play football.

North Jakarta is sinking. In some areas, the ground has dropped by several centimetres a year for decades, mainly because of groundwater extraction by households and industries not connected to a piped water supply. Combined with rising sea levels, that has made coastal flooding a routine part of life in the city's northern districts.

The government's answer is a series of coastal defences, culminating in a much larger offshore sea wall enclosing part of Jakarta Bay. The plan has been revised several times over the past decade, and its cost estimates run to tens of billions of dollars.

![An illustration of calm grey-blue water lapping against the base of a concrete wall](demo:tide "At high tide, the sea sits above street level on the landward side of the wall.")

## Questions from the shoreline

Fishing communities along the bay worry that an offshore wall would cut them off from their fishing grounds and turn the enclosed water into a stagnant lagoon fed by polluted rivers. Some fear that reclaimed land created as part of the project would be sold for luxury developments.

> "They say the wall will save us. But we have heard about walls before, and every time the houses behind them got more expensive and we got moved further away."

Nurhayati, who has sold grilled fish in Muara Baru for thirty years and, like many Indonesians, uses one name, said she had attended three public consultations and left each with more questions than answers.

## Stopping the sinking

Most specialists agree that walls alone cannot solve the problem. Unless groundwater pumping is reduced, the land will keep subsiding behind them, and the walls will need to be raised again and again. The city has expanded its piped water network and restricted new wells in some areas, but enforcement is patchy and many poor neighbourhoods still lack a reliable piped supply.

Indonesia is building a new capital in East Kalimantan, on Borneo, in part to relieve pressure on Jakarta. But the great majority of the metropolitan area's more than 30 million people are staying put, and for them, officials say, protection is not optional.

Urban planners have urged the government to pair the sea wall with faster expansion of piped water, stronger limits on pumping and meaningful guarantees for coastal communities. The next round of consultation on the offshore wall is scheduled for the new year.`,
  },
  {
    slug: 'rewetting-borneo-peatlands-canal-dams',
    section: 'climate',
    headline: 'Rewetting Borneo’s peatlands, one canal dam at a time',
    standfirst: 'Drained peat burns, and when it burns it releases enormous amounts of carbon. Villagers in Central Kalimantan are blocking old canals to keep it wet.',
    dateline: 'Palangka Raya',
    authors: ['dewi-kusumawardani', 'jonas-lindqvist'],
    tags: ['Forests', 'Indonesia', 'Biodiversity'],
    publishedDaysAgo: 42,
    featuredImage: {
      motif: 'forest',
      hue: 110,
      alt: 'An illustration of dense green forest reflected in dark, still water',
      caption: 'Peat swamp forest in Central Kalimantan, where water levels are being raised again.',
      credit: 'Illustration: The Meridian Ledger',
    },
    body: `The dam is made of logs, sandbags and packed clay, and it took eleven people from the village of Tumbang Runi four days to build. It blocks a canal about three metres wide that was dug through the peat swamp forest more than twenty years ago, during a failed scheme to turn the area into rice fields.

Since then, the canal has been draining water out of the peat like a plug pulled from a bath. Dried peat is highly flammable. In drought years, fires here have smouldered underground for weeks, blanketing the region in smoke and releasing vast quantities of carbon dioxide into the atmosphere.

The little dam, one of several hundred built in the district over the past few years, is meant to stop that. By holding water back, it raises the water table in the surrounding peat and keeps it wet enough that it cannot easily burn.

## Carbon in the swamp

Tropical peatlands store enormous amounts of carbon, accumulated over thousands of years as waterlogged plant matter failed to decompose. Indonesia holds some of the largest tropical peat deposits in the world, much of them on Borneo and Sumatra. When peat is drained for plantations or agriculture, it begins to oxidise and release its carbon, even without fire.

> "People think of the forest as the trees. Here the forest is mostly underground, and it is made of water."

Dr Rina Halawa, a peat scientist at a university in Palangka Raya who monitors water levels around the dams, said groundwater levels near the blocked canals had risen by an average of 30 centimetres, though results varied widely.

## Keeping it going

Building dams is the easy part. Maintaining them is harder: wooden structures rot, floods wash clay away, and some villagers depend on canals to transport timber or reach their fields. Projects that have not involved local communities from the start have often seen their dams dismantled.

In Tumbang Runi, villagers are paid a modest amount to check and repair the dams and to patrol for fires in the dry season. Some have started growing native crops suited to wet peat, such as sago and certain fruit trees, to earn an income from land that can no longer be drained.

Scientists say rewetting works best at a large scale, because water flows across whole landscapes and a single blocked canal can be undermined by another left open nearby. National restoration targets cover millions of hectares. Progress, by most accounts, has been slower than promised, but in the districts where it has been sustained, fires have become less frequent.`,
  },
  {
    slug: 'heat-pump-installers-training-bottleneck',
    section: 'climate',
    headline: 'Britain’s heat pump ambitions run into a shortage of installers',
    standfirst: 'Demand is rising, helped by grants. But training an engineer takes time, and many gas fitters are in no hurry to switch.',
    dateline: 'Birmingham',
    authors: ['priya-raman'],
    tags: ['United Kingdom', 'Energy'],
    publishedDaysAgo: 56,
    body: `At a training centre on an industrial estate in Birmingham, eight plumbers in blue overalls are standing around a heat pump that has been partly dismantled on a workbench. Their instructor is explaining why the pipes leaving it need to be wider than those on a gas boiler. Most of the class have been installing boilers for more than a decade.

Britain has set targets for a large increase in heat pump installations over the coming years, as part of its plan to cut emissions from home heating, which accounts for a significant share of the country's greenhouse gases. Government grants now cover a substantial part of the upfront cost for many households.

Installation numbers have risen, but industry groups say a shortage of trained engineers is one of the main constraints on growth. Many installers have waiting lists of several months.

Fitting a heat pump is not simply a matter of swapping one box for another. Because heat pumps run at lower temperatures than gas boilers, they work best in well-insulated homes with larger radiators, and installers need to calculate heat loss room by room. That requires training that goes beyond traditional plumbing.

> "A good gas engineer can learn this in a few weeks. But they have to want to, and right now they are busy and well paid doing what they already know."

Michelle Dawson, who runs the Birmingham training centre, said courses were usually full but that many participants came from firms testing the market rather than committing to it.

Installers say they are reluctant to invest in training and equipment until they are confident demand will last. Households, in turn, hesitate when they hear about long waits and uneven installation quality. Policy changes, including shifting dates for phasing out new gas boilers, have added to the uncertainty.

Industry groups want a longer-term commitment from government on grants and regulation, along with support for apprenticeships. Some larger energy companies have started training their own installers, which speeds things up but risks concentrating the market.

The eight plumbers in Birmingham will be qualified by the end of the week. Asked how many expected to be fitting heat pumps regularly within a year, three raised their hands.`,
  },
];
