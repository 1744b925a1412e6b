// The clean half of the copy desk's bench corpus: a fictional city paper, the Harwick Courier,
// written for Byline. Eighteen stories whose people, organisations, dates, quotations, links and
// pictures recur the way a real local archive's do, so that seeded errors (copy-desk-seeds.ts)
// have something real to break. Every weekday-and-date phrase here is true of the 2026 calendar.
// Written before any check existed; not to be edited to suit the checks.

export interface CorpusPerson {
  name: string;
  /** Staff have a byline profile; newsmakers only recur in the archive. */
  staff: boolean;
}

export interface CorpusArticle {
  slug: string;
  section: string;
  headline: string;
  standfirst: string;
  /** ISO date of publication (09:00 UTC that day). */
  published: string;
  /** Names of staff in byline order. */
  authors: string[];
  tags: string[];
  body: string;
}

export const corpusPeople: CorpusPerson[] = [
  { name: 'Aoife Brennan', staff: true },
  { name: 'Tomás Ibarra', staff: true },
  { name: 'Priyanka Sethi', staff: true },
  { name: 'Gareth Llewellyn', staff: true },
  { name: 'Nkechi Adebayo', staff: true },
  { name: 'Lars Henriksen', staff: true },
  { name: 'Anthony Pellow', staff: false },
  { name: 'Katarzyna Nowak', staff: false },
  { name: 'Yusuf Demir', staff: false },
  { name: 'Siobhan Keane', staff: false },
  { name: 'Oleksandr Marchenko', staff: false },
  { name: 'Renée Duval', staff: false },
  { name: 'Hiroshi Tanaka', staff: false },
  { name: 'Fatima Benali', staff: false },
  { name: 'Dmitri Orlov', staff: false },
];

/** Stories that exist in the archive but are not published: links to them are errors. */
export const corpusDrafts: { path: string; status: 'draft' | 'scheduled' }[] = [
  { path: '/city/2026/11/30/budget-vote-preview', status: 'draft' },
  { path: '/health/2026/12/02/winter-wards-plan', status: 'scheduled' },
];

export const corpusArticles: CorpusArticle[] = [
  {
    slug: 'council-approves-bus-lanes',
    section: 'city',
    headline: 'Council approves new bus lanes on Carrow Road after a long night of debate',
    standfirst: 'The vote passed by 31 to 24. Shopkeepers say the lanes will cost them trade; the mayor says they will bring customers.',
    published: '2026-11-04',
    authors: ['Priyanka Sethi'],
    tags: ['Transport', 'Harwick City Council'],
    body: `Harwick City Council voted late on Tuesday 3 November to give buses their own lanes along the whole of Carrow Road, ending a dispute that has divided the east of the city for most of the year.

The motion passed by 31 votes to 24 after more than five hours of debate. Katarzyna Nowak, the council leader, said the lanes would cut journey times on the city's busiest route by a quarter. "We have been promising a faster bus for a decade," she told the chamber. "Tonight we stop promising."

Traders on the road were not persuaded. The Carrow Road Traders' Association (which represents about 80 shops and cafés) said the loss of loading bays would push deliveries into side streets before seven in the morning.

## What changes, and when

Work is due to start in February and to take about nine months. The lanes will run from the ring road to the station, and will be open to buses, taxis and bicycles between 7am and 7pm on weekdays.

Oleksandr Marchenko, who runs the council's transport department, said the timetable allowed for "a full winter of consultation on the details, not on the principle". He said the department would publish the designs in January.

The mayor, Anthony Pellow, who has backed the scheme since his election, said the vote showed the city was "ready to choose the bus over the traffic jam". Mr Pellow said he would ride the first bus himself.

Fatima Benali, who leads the opposition group, voted against. She said the council had "listened to the consultants and not to the people who actually work on Carrow Road", and called for a review after the first year.

Our [earlier report on the consultation](/city/2026/10/09/carrow-road-consultation-closes) set out the three options the council considered.`,
  },
  {
    slug: 'carrow-road-consultation-closes',
    section: 'city',
    headline: 'Carrow Road consultation closes with more than 4,000 responses',
    standfirst: 'Residents were asked to choose between three designs for the road. The council will publish the results next month.',
    published: '2026-10-09',
    authors: ['Priyanka Sethi'],
    tags: ['Transport', 'Harwick City Council'],
    body: `The public consultation on the future of Carrow Road closed on Thursday 8 October with 4,212 responses, the largest number the council has received for a transport scheme.

Residents were offered three designs: bus lanes along the whole road, bus lanes on the western half only, or no lanes but wider pavements and new crossings. The council's transport department, led by Oleksandr Marchenko, said it would publish a summary of the responses in November.

Mr Marchenko said the number of replies showed "how much this road matters to the people who use it, whichever way they get about". He said the department had read every written comment, "including the ones written in capital letters".

## Shops and commuters

Traders have campaigned against the full scheme. A petition organised by the Carrow Road Traders' Association gathered 2,600 signatures, though the association acknowledged that some came from outside the city.

Bus users have been just as vocal. The route carries about 19,000 passengers a day, and journeys in the evening peak can take twice as long as the timetable says.

Katarzyna Nowak, the council leader, has said she favours the full scheme but will "not pretend the consultation did not happen". The decision rests with the full council, which is expected to vote in early November.

The mayor, Anthony Pellow, has made faster buses one of the central promises of his term. He has said that a city of Harwick's size "should not be planning its transport around the car park".`,
  },
  {
    slug: 'northgate-hospital-waiting-times',
    section: 'health',
    headline: 'Waiting times at Northgate Hospital fall for the first time in three years',
    standfirst: 'Patients waited an average of 14 weeks for planned operations in October, down from 17 in the spring.',
    published: '2026-11-12',
    authors: ['Tomás Ibarra'],
    tags: ['Health', 'Northgate Hospital'],
    body: `Patients at Northgate Hospital are waiting less time for planned operations than at any point since 2023, according to figures the hospital trust published on Wednesday 11 November.

The average wait for a hip or knee replacement, cataract surgery or a hernia repair fell to 14 weeks in October, from 17 weeks in April. The number of people waiting more than a year fell from 610 to 240.

Dr Yusuf Demir, the trust's chief executive, said the improvement came from a new surgical unit that opened in June and from weekend operating lists. "We have not found a miracle," he said. "We have found more theatre time, and we have used all of it."

## Where the pressure remains

The figures are not good everywhere. Waits for a first appointment with a specialist (as opposed to the operation itself) have barely changed, and the emergency department missed its four-hour target on 22 days in October.

Dr Demir said the trust's next priority was outpatient clinics. He said the hospital was recruiting "about forty nurses and a dozen doctors" and would open evening clinics in the new year.

The figures were welcomed by patients' groups, which have long complained about the hospital's waiting lists. The Harwick Patients' Forum said it wanted to see the improvement "last through a winter, not just a summer".

The trust's board will discuss its winter plan at a public meeting on Thursday 26 November.`,
  },
  {
    slug: 'hospital-winter-plan',
    section: 'health',
    headline: 'Northgate Hospital opens extra beds as winter pressure builds',
    standfirst: 'Forty beds in a former rehabilitation ward will take patients from the emergency department from next week.',
    published: '2026-11-27',
    authors: ['Tomás Ibarra'],
    tags: ['Health', 'Northgate Hospital'],
    body: `Northgate Hospital will open 40 extra beds next week in a ward that closed two years ago, its board agreed at a meeting on Thursday 26 November.

The beds, in the former Alder rehabilitation ward, are meant to free space in the emergency department, where patients have sometimes waited more than a day for a bed on a ward. They will be staffed partly by agency nurses until the hospital's recruitment drive brings in permanent staff.

Dr Yusuf Demir, the chief executive, told the board that the hospital had "learned from last winter, when we opened beds in January that we needed in November". He said the trust had spent £1.4 million preparing the ward.

## A difficult few months ahead

Board members were warned that flu cases in the region were rising earlier than usual. The hospital's medical director said admissions for respiratory illness in the week to 22 November were a third higher than a year earlier.

Dr Demir said the recent fall in waiting times for operations ([reported here](/health/2026/11/12/northgate-hospital-waiting-times)) would be hard to keep if the winter was severe. "I would rather be honest now than apologise in February," he said.

The hospital is asking people with minor illnesses to use pharmacies and the city's walk-in centre, which will open until 10pm from December.

![A corridor in the former Alder ward, with newly made beds along one wall](/media/alder-ward.jpg "The Alder ward, which reopens next week.")

Staff who worked on the ward before it closed said they were glad to see it open again, though one nurse described the timing as "ten days late, which for this hospital counts as early".`,
  },
  {
    slug: 'calder-water-hosepipe-ban-lifted',
    section: 'environment',
    headline: 'Calder Water lifts its hosepipe ban after the wettest October in a decade',
    standfirst: 'Reservoirs serving Harwick are back above 80 per cent. The company still faces questions about leaks.',
    published: '2026-11-02',
    authors: ['Lars Henriksen'],
    tags: ['Environment', 'Water'],
    body: `Calder Water ended its hosepipe ban on Monday 2 November, four months after it was imposed during the driest summer the region has recorded.

The company said its reservoirs were back at 83 per cent of capacity after the wettest October since 2016. Siobhan Keane, its chief executive, said customers had "done their part, and the weather has finally done its own".

The ban, which began on 3 July, was the first in the Harwick area for more than twenty years. It prohibited the use of hosepipes to water gardens or wash cars, and the company said it had cut demand by about 8 per cent.

## Leaks and the long term

Critics said the ban had been made necessary partly by the company's own failures. Calder Water loses about a fifth of the water it treats through leaking pipes, a figure that has barely changed in five years.

Ms Keane said the company would spend £210 million on pipe repairs over the next five years, and that it had hired 60 extra engineers to find and fix leaks. "We know the ban was harder to accept when people could see water running down the street," she said.

Fatima Benali, an opposition councillor who has campaigned on the issue, said the company should be required to publish its leakage figures street by street. "People will forgive a drought," she said. "They will not forgive a burst main that nobody fixes for three weeks."

The company's plan for the next five years is due to be approved by the regulator in the spring.`,
  },
  {
    slug: 'river-calder-cleanup',
    section: 'environment',
    headline: 'Volunteers pull two tonnes of rubbish from the River Calder',
    standfirst: 'A weekend clean-up found shopping trolleys, a motorbike and, for the second year running, a piano.',
    published: '2026-11-09',
    authors: ['Lars Henriksen', 'Aoife Brennan'],
    tags: ['Environment', 'River Calder'],
    body: `More than 300 volunteers spent Saturday 7 November and Sunday 8 November clearing the banks of the River Calder, and pulled out about two tonnes of rubbish.

The haul included 14 shopping trolleys, dozens of traffic cones, a motorbike with no engine and an upright piano. Organisers said it was the second year in a row that a piano had been found in the river, though not the same one.

The clean-up was organised by Friends of the Calder, a group founded four years ago by local anglers. Its chair, Dmitri Orlov, said the amount of rubbish was falling. "Three years ago we filled six skips," he said. "This year we filled four, and one of those was mostly the piano."

## Water quality

The river's water quality has improved since Calder Water upgraded a sewage works upstream of the city in 2024. Mr Orlov said anglers were catching trout in stretches "where nobody had seen one since the eighties".

Siobhan Keane, Calder Water's chief executive, joined the volunteers on Sunday morning. She said the company would pay for two new litter traps on the tributaries that carry most of the rubbish into the river.

The council's environment committee is due to discuss a proposal to designate a stretch of the river for bathing, which would require regular testing, at its meeting in January.

Volunteers who want to join next year's clean-up can register with the group (the date will be announced in the spring).

*Additional reporting by Aoife Brennan.*`,
  },
  {
    slug: 'port-of-harwick-record-year',
    section: 'business',
    headline: 'Port of Harwick handles record tonnage as new berth opens',
    standfirst: 'The port expects to handle 9.2 million tonnes this year, helped by a deep-water berth that opened in the spring.',
    published: '2026-11-18',
    authors: ['Nkechi Adebayo'],
    tags: ['Business', 'Port of Harwick'],
    body: `The Port of Harwick is on course for its busiest year, with 9.2 million tonnes of cargo expected to pass through its quays by the end of December.

Hiroshi Tanaka, the port's managing director, said on Tuesday 17 November that the new deep-water berth, which opened in April, had allowed larger container ships to call at Harwick for the first time. "Two years ago these ships went straight past us to bigger ports," he said. "Now they stop."

The port employs about 1,800 people directly, and the council estimates that another 4,000 jobs in the city depend on it. Mr Tanaka said the port planned to hire 150 more staff next year, most of them in engineering and logistics.

## Road and rail

The growth has brought problems. Lorry traffic on the ring road has risen by about a tenth, and residents near the port gates have complained about noise at night.

Mr Tanaka said the port was working with the rail freight operators to move more containers by train. "Every train we fill takes about forty lorries off the road," he said. The port has applied for government funding for a second rail siding.

Katarzyna Nowak, the council leader, said the port's success was "good news for the whole city, as long as the whole city does not end up sitting in its traffic".

Dockworkers' representatives said they welcomed the new jobs but wanted to see pay keep pace with the port's profits. Pay talks are due to begin in January.`,
  },
  {
    slug: 'dockworkers-pay-talks',
    section: 'business',
    headline: 'Dockworkers and the Port of Harwick agree to early pay talks',
    standfirst: 'The union had threatened to ballot for strikes. Both sides say they want a deal before Christmas.',
    published: '2026-11-25',
    authors: ['Nkechi Adebayo'],
    tags: ['Business', 'Port of Harwick', 'Unions'],
    body: `The Port of Harwick and the union representing its dockworkers have agreed to bring forward pay talks to December, a week after the union said it would ballot its members on strikes.

Dmitri Orlov, the union's regional organiser, said on Tuesday 24 November that the port's record year (it expects to handle 9.2 million tonnes of cargo) meant workers should share in the gains. "The ships got bigger," he said. "The pay packets did not."

Hiroshi Tanaka, the port's managing director, said he was "glad to be talking rather than balloting". He said the port would make an offer at the first meeting, set for Wednesday 2 December, and that he hoped a deal could be done before Christmas.

## What the union wants

The union is asking for a rise of 7 per cent this year and a guarantee that no permanent jobs will be replaced by agency staff. The port has not said what it will offer, but Mr Tanaka said the port's costs had also risen, "not least the cost of the berth that brought the ships in".

Mr Orlov, who also chairs the volunteer group Friends of the Calder, said the union would suspend its ballot while talks continued. He warned that "suspended is not cancelled".

The last strike at the port, in 2019, lasted nine days and cost the city's economy an estimated £12 million, according to a study commissioned by the council.

Our [report on the port's record year](/business/2026/11/18/port-of-harwick-record-year) has more on the new berth.`,
  },
  {
    slug: 'judge-duval-sentencing-fraud',
    section: 'courts',
    headline: 'Former council contractor jailed for four years over invoice fraud',
    standfirst: 'Harwick Crown Court heard that the firm billed the council for road repairs that were never carried out.',
    published: '2026-11-14',
    authors: ['Gareth Llewellyn'],
    tags: ['Courts', 'Harwick City Council'],
    body: `A former council contractor who billed Harwick City Council for more than £600,000 of road repairs that were never done was jailed for four years at Harwick Crown Court on Friday 13 November.

Martin Greave, 52, the owner of a paving firm, had admitted fraud by false representation. The court heard that over three years his company submitted invoices for resurfacing work on 41 streets, of which 17 were never touched.

Sentencing him, Judge Renée Duval said Mr Greave had "taken money meant for the city's roads and spent it on himself, while residents drove round the potholes he was paid to fill". She said the fraud had been "patient, organised and deliberate".

## How it was found

The fraud came to light when a council inspector checked a street listed as resurfaced and found the old surface still in place. A review of the firm's invoices followed.

Katarzyna Nowak, the council leader, said the council had changed the way it checks contractors' work, and now requires photographs before and after every job. "We were too trusting," she said. "We are not any more."

Judge Duval ordered that Mr Greave's assets be assessed for a confiscation hearing next year. The council said it expected to recover at least part of the money.

Fatima Benali, the opposition leader, said the case showed the need for an independent audit of the council's highway contracts, and asked for the results of the council's own review to be published in full.`,
  },
  {
    slug: 'court-backs-night-flights-challenge',
    section: 'courts',
    headline: 'Residents win the right to challenge night flights at Harwick airport',
    standfirst: 'A judge ruled that the council should have consulted before allowing more flights after midnight.',
    published: '2026-11-21',
    authors: ['Gareth Llewellyn'],
    tags: ['Courts', 'Harwick airport'],
    body: `Residents living under the flight path of Harwick airport have won permission to challenge the council's decision to allow more flights after midnight, after a ruling at the High Court on Friday 20 November.

Judge Renée Duval said the council had "arguably failed" to consult people affected by the change before approving it in the summer. The full hearing is expected in the spring.

The council allowed the airport to increase the number of flights between midnight and 6am from eight a night to fourteen, saying the extra flights would bring about 200 jobs. Residents' groups said they were told only after the decision had been made.

## Sleep and jobs

Renée Duval, giving her reasons, said the question was "not whether night flights are good or bad for Harwick, which is a matter for elected councillors, but whether those councillors heard from the people who would be woken by them".

The residents' lawyer said the ruling was "a first step, but an important one". The airport said it would continue to operate the extra flights until the case was decided.

The mayor, Anthony Pellow, said he respected the court's decision and that the council would "look again at how we listen". Katarzyna Nowak, the council leader, declined to comment while the case was continuing.

The council had already faced criticism over the decision from its own environment committee (which was not asked for its view), and from Fatima Benali, who said the council had "treated sleep as a cost of doing business".`,
  },
  {
    slug: 'harwick-evening-post-closes-print',
    section: 'business',
    headline: 'The Harwick Evening Post will stop printing after 130 years',
    standfirst: 'The paper will continue online. Its owners blamed the cost of newsprint and a fall in sales.',
    published: '2026-11-06',
    authors: ['Nkechi Adebayo', 'Aoife Brennan'],
    tags: ['Business', 'Media'],
    body: `The Harwick Evening Post, the city's oldest newspaper, will print its last edition on Saturday 19 December and continue only as a website, its owners said on Thursday 5 November.

The paper, founded in 1896, sells about 6,000 copies a day, down from more than 60,000 in the 1980s. Its owners said the price of newsprint had doubled in four years and that the print edition had lost money for a decade.

The editor, writing in Friday's edition, said the decision was "the hardest this paper has made, and the most obvious". She said no journalists would lose their jobs, but that about 30 people in printing and distribution would be offered other work or redundancy.

## A city without a printed evening paper

Readers at the paper's office on Market Street said they were sad but not surprised. One man, who said he had bought the Post every day since he was a boy, said he would "learn to read it on the telephone, like my grandchildren".

The mayor, Anthony Pellow, called the Post "part of the way this city talks to itself", and said he hoped its website would keep its local reporting.

The Harwick Evening Post's closure in print leaves the city with one printed newspaper, the weekly Harwick Courier, which said it had no plans to change its own print schedule.

*Additional reporting by Aoife Brennan.*`,
  },
  {
    slug: 'school-meals-expansion',
    section: 'city',
    headline: 'Free school meals to be offered to every primary pupil in Harwick',
    standfirst: 'The council will pay for the scheme from a one-off grant for two years, then decide whether to keep it.',
    published: '2026-11-20',
    authors: ['Aoife Brennan'],
    tags: ['Education', 'Harwick City Council'],
    body: `Every primary school pupil in Harwick will be offered a free hot lunch from next September, under a scheme approved by the council's cabinet on Thursday 19 November.

The scheme will cost about £4.5 million a year and will be paid for from a one-off government grant for its first two years. After that, the council will have to decide whether to keep it, and how to pay for it.

Katarzyna Nowak, the council leader, said hungry children "learn less, behave worse and fall behind, and that is not their fault". She said the council would measure attendance and results to show whether the scheme worked.

## Who benefits

About 11,000 pupils will be eligible. Around 3,500 already receive free meals because their families are on low incomes; the rest will be new to the scheme. Head teachers said many families just above the threshold struggled to pay for lunches.

Fatima Benali, the opposition leader, said her group supported the idea but was worried about what would happen "in year three, when the grant runs out and the cheques do not". She asked for the council to set aside money now.

The mayor, Anthony Pellow, said the scheme was "the best use of a one-off grant I can think of, because it is not one-off for the children who eat the meals". Schools will be asked to submit plans for their kitchens by March.

Parents can find out more at an open meeting at the Guildhall on Tuesday 1 December.`,
  },
  {
    slug: 'tram-extension-study',
    section: 'city',
    headline: 'Study finds a tram extension to Eastfield would pay for itself in thirty years',
    standfirst: 'The 4.5-mile line would cost £380 million. Campaigners want it built; the council says it cannot pay alone.',
    published: '2026-11-23',
    authors: ['Priyanka Sethi'],
    tags: ['Transport', 'Trams'],
    body: `Extending Harwick's tram line to the suburb of Eastfield would cost about £380 million and would repay its cost in benefits within thirty years, according to a study published on Monday 23 November.

The study, commissioned by the council's transport department, said the 4.5-mile extension would carry about 12,000 passengers a day and take 3,000 cars off the roads at peak times. It estimated the benefits (faster journeys, fewer accidents, cleaner air) at £1.10 for every pound spent.

Oleksandr Marchenko, the council's head of transport, said the figures were "solid but not spectacular", and that the council could not pay for the line without help from the government. "A good scheme is not the same as a funded scheme," he said.

## Eastfield waits

Residents of Eastfield have campaigned for the tram for more than a decade. The suburb's bus services are among the slowest in the city, and about a third of households do not have a car.

Mr Marchenko said the council would submit a bid for funding in the spring. If it succeeds, construction could begin in 2029.

Katarzyna Nowak, the council leader, said the extension was "the obvious next step after the bus lanes", referring to the scheme for Carrow Road that the council approved this month ([our report](/city/2026/11/04/council-approves-bus-lanes)).

The mayor, Anthony Pellow, said he would make the case for funding in person. Mr Pellow has met transport ministers twice this year.`,
  },
  {
    slug: 'flood-defences-completed',
    section: 'environment',
    headline: 'New flood defences along the River Calder are finished a year early',
    standfirst: 'The walls and gates protect about 2,300 homes. They were tested for the first time during October’s storms.',
    published: '2026-11-16',
    authors: ['Lars Henriksen'],
    tags: ['Environment', 'River Calder', 'Flooding'],
    body: `The last section of Harwick's new flood defences along the River Calder was completed on Friday 13 November, a year ahead of schedule and slightly under budget.

The scheme, which cost £46 million, includes two miles of walls and embankments, three flood gates and a pumping station. It protects about 2,300 homes and 400 businesses that flooded in 2020.

The defences were tested during the storms of mid-October, when the river rose to within a metre of its 2020 level. "The walls did what they were built to do," said Lars Henriksen's guide for the day, an engineer on the project, who asked not to be named. "Nobody on the other side of them noticed anything."

## What residents say

Residents who were flooded six years ago said the new walls had changed how they felt about rain. One woman, whose ground floor was under a metre of water in 2020, said she "used to lie awake listening to the gutters; now I just hear rain".

Siobhan Keane, the chief executive of Calder Water, which contributed to the cost of the pumping station, said the scheme showed what could be done "when the council, the company and the government agree on the problem before they argue about the money".

The council's environment committee will now consider whether to extend the defences downstream, where about 600 more homes are at risk. A report is due in the new year.

Anglers and walkers said they welcomed a new riverside path built on top of the embankment (it opens to the public at the end of the month).`,
  },
  {
    slug: 'mayor-pellow-budget-warning',
    section: 'city',
    headline: 'Mayor warns of hard choices as Harwick faces a £28 million gap',
    standfirst: 'Anthony Pellow says libraries and leisure centres could be affected. The opposition says the council spent too much on consultants.',
    published: '2026-11-26',
    authors: ['Aoife Brennan'],
    tags: ['Harwick City Council', 'Budget'],
    body: `The mayor of Harwick, Anthony Pellow, warned on Wednesday 25 November that the city faced "the hardest budget of my time in office", with a gap of £28 million between what it expects to spend next year and what it expects to receive.

Mr Pellow said rising costs in adult social care and children's services accounted for most of the gap. He said "nothing is off the table", including opening hours at libraries and leisure centres.

The council leader, Katarzyna Nowak, said the council would publish its draft budget in December and consult on it until February. "We will show our working," she said. "People may not like the answer, but they will see how we reached it."

## Consultants and contracts

Fatima Benali, the opposition leader, said the council had spent more than £3 million on consultants in the past two years. "Before they close a single library, they should explain why they needed so much advice," she said.

Ms Nowak said most of that money had been spent on the Carrow Road bus lanes and the tram study, and was "a fraction of what those schemes will bring in". She said the council had also saved money by changing how it checks contractors' work after the fraud case heard at Harwick Crown Court this month.

The mayor said he would hold public meetings in each of the city's six districts before the budget vote, which is due in early March.

Mr Pellow, who is expected to stand for re-election in May, said the budget would be "honest, even if it is not popular".`,
  },
  {
    slug: 'library-reopens-after-repairs',
    section: 'city',
    headline: 'Eastfield library reopens after a two-year repair',
    standfirst: 'The building’s roof was found to be unsafe in 2024. It has reopened with longer hours and a new children’s room.',
    published: '2026-11-10',
    authors: ['Aoife Brennan'],
    tags: ['Libraries', 'Eastfield'],
    body: `Eastfield library reopened on Monday 9 November, two years after it closed when inspectors found that its roof was made of a type of concrete that can collapse without warning.

The repairs cost £2.1 million and took longer than planned because the building is listed. The library now opens six days a week instead of five, and has a new children's room in what used to be the caretaker's flat.

About 200 people queued outside before the doors opened at nine. The first person in, a retired teacher who said she had been a member for fifty years, borrowed "three novels and a book about roofs, to be on the safe side".

## Part of a wider fight

The library's closure became a symbol in Eastfield, where residents say services have been cut faster than elsewhere in Harwick. A campaign to reopen it gathered more than 5,000 signatures.

Katarzyna Nowak, the council leader, who opened the building, said its return showed "what this council will fight for". She did not say whether its longer hours would survive next year's budget.

The branch's manager said visitor numbers on the first day were the highest she had seen. "We had people who had never been in a library," she said. "One of them asked whether he had to pay. I told him, 'No, that is the whole idea.'"

The library's new hours are 9am to 7pm (Monday to Friday) and 10am to 4pm on Saturdays.`,
  },
  {
    slug: 'cycle-hire-scheme-launch',
    section: 'city',
    headline: 'Electric bike hire scheme launches with 500 bikes across Harwick',
    standfirst: 'Riders pay £1 to unlock a bike and 15p a minute. The operator says it will add 300 more bikes by the summer.',
    published: '2026-11-17',
    authors: ['Priyanka Sethi'],
    tags: ['Transport', 'Cycling'],
    body: `An electric bike hire scheme with 500 bikes at 70 docking stations opened across Harwick on Monday 16 November.

Riders pay £1 to unlock a bike through an app and 15p for each minute of riding. The operator, which runs similar schemes in four other cities, said it would add 300 more bikes by the summer if demand was high enough.

Oleksandr Marchenko, the council's head of transport, said the scheme was "one more way to leave the car at home", and that it would work alongside the new bus lanes on Carrow Road. The council is not paying for the bikes, but provided the land for the docking stations.

## Safety worries

Cycling groups welcomed the scheme but said the city's roads were not yet safe enough for inexperienced riders. The Harwick Cycle Campaign said only a fifth of the city's main roads had protected cycle lanes.

Mr Marchenko said the council would build six more miles of protected lanes next year. "We are building the network and the bikes at the same time," he said. "That is not ideal, but waiting for one before the other means waiting for ever."

On the first morning, riders queued at the station docking point, where the first bike was taken by a student who said she would use it to get to lectures "until the first time it rains, which in Harwick is probably tomorrow".

The mayor, Anthony Pellow, rode a bike from the station to the Guildhall for photographers, a distance of about half a mile.`,
  },
  {
    slug: 'hospital-parking-charges',
    section: 'health',
    headline: 'Northgate Hospital scraps parking charges for patients on long treatments',
    standfirst: 'Cancer and dialysis patients will park free from January. Staff say they should be next.',
    published: '2026-11-30',
    authors: ['Tomás Ibarra'],
    tags: ['Health', 'Northgate Hospital'],
    body: `Patients receiving cancer treatment or dialysis at Northgate Hospital will no longer pay to park from January, the hospital trust said on Monday 30 November.

About 1,200 patients are expected to benefit. Some currently pay more than £40 a week to park during treatments that can last months.

Dr Yusuf Demir, the trust's chief executive, said the charges had been "the most common complaint in my inbox for three years". He said the trust would lose about £300,000 a year in income, which it would make up by charging more for parking at the hospital's private clinic.

## Staff want the same

Nurses' representatives said staff should also be exempt. Many nurses pay to park for every shift, and the representatives said the cost was a reason some had left for jobs at other hospitals.

Dr Demir said he understood the argument but that the trust "cannot do everything at once". He said he would look at staff parking again in the spring, once the winter was over.

The Harwick Patients' Forum, which campaigned for the change, said it was "delighted, and a little surprised". Its chair said she had written to the trust about parking "every month since 2023, and they finally answered with a yes".

The change applies to patients attending at least once a week for treatment expected to last more than a month, and to their carers (one car per patient).`,
  },
];
