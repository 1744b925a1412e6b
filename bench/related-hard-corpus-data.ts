// The vocabulary of the hard related-articles corpus (bench/related-hard-corpus.ts): six towns
// and the institutions every story there shares, ten kinds of local story with their own
// headlines, sentences and stock descriptions of people, and the parts that story-specific
// names are built from. All invented for the bench: no name, place or sentence is copied.
//
// Template slots: {who} the story's key person (by name or by description), {Who} the same
// capitalised, {a} {b} {c} the story's own particulars (their roles differ by kind), {inst} the
// institution, {town}, {month}, {num}, {expert} a person quoted once.

export interface Town {
  name: string;
  /** Background sentences every story set in the town may use. */
  setting: string[];
}

export const towns: Town[] = [
  { name: 'Port Ellery', setting: ['Port Ellery, an estuary town of about 40,000 people, has lost two of its three big employers since 2010.', 'The ferry terminal and the fish market still shape the centre of Port Ellery.', 'Residents of Port Ellery have complained for years that decisions about the town are taken elsewhere.'] },
  { name: 'Dunmore', setting: ['Dunmore is the county town, home to the courts, the council offices and the main hospital.', 'Traffic on the Dunmore ring road has doubled in a decade, according to county figures.', 'The old mill district of Dunmore has been rebuilt as flats and offices.'] },
  { name: 'Ashbridge', setting: ['Ashbridge, the largest city in the region, has grown by a fifth since the last census.', 'The railway line splits Ashbridge into a prosperous west and a poorer east.', 'Ashbridge has more students per head than any other city in the county.'] },
  { name: 'Kestrel Falls', setting: ['Kestrel Falls sits in a steep valley where the river drops towards the plain.', 'Tourism brings more than a million visitors a year to Kestrel Falls.', 'Many families in Kestrel Falls commute to Ashbridge for work.'] },
  { name: 'Varnham', setting: ['Varnham is a market town surrounded by farmland and quarries.', 'Bus services between Varnham and the county town were cut last year.', 'The population of Varnham is older than the national average.'] },
  { name: 'Marlow Bay', setting: ['Marlow Bay depends on its harbour, its beaches and its summer trade.', 'House prices in Marlow Bay have risen faster than wages for a decade.', 'The coastal path around Marlow Bay was rerouted after a cliff fall.'] },
];

export interface Institution {
  name: string;
  town: string;
  /** How copy refers to it the second time ("the trust"). */
  short: string;
}

export interface Kind {
  name: string;
  /** Sections an article of this kind may run in: different desks cover the same story. */
  sections: string[];
  /** Tags any story of the kind may carry. */
  tags: string[];
  institutions: Institution[];
  /** Stock descriptions of a key person; stories of one kind share them. */
  descriptions: string[];
  /** Builds the particulars {a}, {b}, {c} of one story from the parts below. */
  particulars: (pick: <T>(items: readonly T[]) => T) => [string, string, string];
  headlines: string[];
  sentences: string[];
}

export const firstNames = ['Alison', 'Bernard', 'Catriona', 'Declan', 'Eleanor', 'Fergus', 'Gwen', 'Harold', 'Imogen', 'Jasper', 'Keira', 'Lionel', 'Maeve', 'Nathaniel', 'Orla', 'Patrick', 'Rosalind', 'Stuart', 'Tamsin', 'Vincent', 'Wendy', 'Abdul', 'Beatrice', 'Callum', 'Deepa', 'Emeka', 'Farah', 'Graham', 'Hollie', 'Ivan', 'Joanna', 'Kwame', 'Lorna', 'Moira', 'Neville', 'Olusegun', 'Priya', 'Quentin', 'Rhiannon', 'Shona', 'Trevor', 'Ursula', 'Wilfred', 'Yasmin', 'Zoltan'];
export const lastNames = ['Ashdown', 'Blackwood', 'Carraway', 'Dunleavy', 'Ellwood', 'Fairbairn', 'Garside', 'Hollins', 'Ingram', 'Jessop', 'Kettering', 'Lomax', 'Marchbank', 'Nuttall', 'Ormerod', 'Pennock', 'Quayle', 'Rudd', 'Sowerby', 'Thwaite', 'Underhill', 'Varley', 'Whitlock', 'Yelland', 'Adeyemi', 'Bhattacharya', 'Chukwu', 'Drummond', 'Egerton', 'Fenwick', 'Gilchrist', 'Haworth', 'Iqbal', 'Jowett', 'Kilbride', 'Lavery', 'Mowbray', 'Nkemelu', 'Oyelaran', 'Prendergast', 'Rashid', 'Sandford', 'Tennant', 'Wainwright'];

const landmarks = ['Tannery Quay', 'Cobb Lane', 'Saltmarsh Road', 'Gallows Hill', 'Ropewalk', 'Brewer Street', 'Heron Wharf', 'Limekiln Row', 'Chapel Fields', 'Weaver Yard', 'Foundry Close', 'Mill Leat', 'Pilgrim Green', 'Sawyer Street', 'Beacon Rise', 'Kiln Bank', 'Orchard Meadows', 'Anchor Steps', 'Cooper Square', 'Hatters Way', 'Netherton Moor', 'Priory Gate', 'Sheepwash Lane', 'Tollgate Park', 'Flax Mill', 'Signal Point', 'Granary Wharf', 'Osier Beds', 'Candlemaker Row', 'Brickworks'];
const trees = ['Larch', 'Rowan', 'Hawthorn', 'Juniper', 'Alder', 'Hazel', 'Linden', 'Sorrel', 'Bramble', 'Willow', 'Elder', 'Aspen', 'Yew', 'Holly', 'Cedar', 'Sycamore'];
const firms = ['Greyfield', 'Halloran', 'Brightwater', 'Castleton', 'Norcross', 'Pemberley', 'Redhaven', 'Stonebridge', 'Thornbury', 'Wexcombe', 'Aldgate', 'Bellamy', 'Crowther', 'Dalmore', 'Everleigh', 'Foxley', 'Garnett', 'Harcourt'];
const firmKinds = ['Civils', 'Construction', 'Facilities', 'Logistics', 'Homes', 'Engineering', 'Waste Services', 'Developments'];
const vessels = ['Calder Star', 'Ellery Maid', 'Northern Belle', 'Saltire Queen', 'Morning Tern', 'Spirit of Marlow', 'Kittiwake', 'Brent Goose', 'Harbour Light', 'Estuary Pride'];
const schools = ['Oakfield', 'Millbrook', 'St Anselm', 'Riverside', 'Highcroft', 'Fernhill', 'Moorside', 'Kingsmead', 'Barrowdale', 'Westleigh', 'Greenhow', 'Cliffside'];
const rivers = ['the Brannock', 'the Ellen', 'the Sowe', 'the Kell', 'the Darrow', 'the Mere Beck', 'the Lune Water', 'the Tarrant'];
const beaches = ['Shingle Cove', 'Gull Sands', 'Pebble Bay', 'Rook Point', 'Seal Rocks', 'Lantern Beach', 'Cormorant Strand'];
const festivals = ['Lantern', 'Harvest', 'Tidewater', 'Highlands', 'Folk', 'Jazz', 'Literary', 'Lights', 'Film', 'Puppetry'];
const venues = ['the Corn Exchange', 'the Alhambra Theatre', 'the Drill Hall', 'the Assembly Rooms', 'the Old Baths', 'the Maltings', 'the Custom House', 'the Lyric'];
const products = ['ceramic tiles', 'frozen pastry', 'bus seats', 'medical gloves', 'garden furniture', 'printed circuit boards', 'cider', 'wool blankets', 'bicycle frames', 'paint'];
const researchTopics = ['a drought-tolerant barley', 'a blood test for early dementia', 'a sodium battery', 'a gut bacterium that breaks down plastic', 'a sensor for failing bridges', 'a vaccine for sheep scab', 'an eel tracking tag', 'a recyclable wind turbine blade', 'a moss that soaks up flood water', 'a faster test for bird flu', 'a low-cost hearing aid', 'a self-healing concrete', 'a map of the sunken medieval harbour', 'a heat pump for old houses'];

export const kinds: Kind[] = [
  {
    name: 'hospital',
    sections: ['Health', 'News', 'Local'],
    tags: ['Health', 'NHS'],
    institutions: [
      { name: 'Dunmore and Varnham Hospitals Trust', town: 'Dunmore', short: 'the trust' },
      { name: "St Brannock's Hospital", town: 'Port Ellery', short: 'the hospital' },
    ],
    descriptions: ["the trust's former medical director", 'the consultant who raised the alarm', 'the grieving father', 'the senior midwife', 'the chief executive'],
    particulars: (pick) => [`${pick(trees)} Ward`, pick(['the missed sepsis alerts', 'the broken scanner rota', 'the locum agency bills', 'the lost test results', 'the delayed cancer referrals', 'the bed-blocking crisis']), `the ${pick(lastNames)} review`],
    headlines: [
      'Families demand answers over {b} at {inst}',
      '{Who} speaks out as {a} closes to new patients',
      'Inspectors return to {a} after {c} findings',
      'Trust admits failings over {b}',
      '{c} to be published in full, {inst} says',
      'Nurses on {a} describe shifts without enough staff',
      'What went wrong on {a}?',
      'Hospital bosses apologise to {who}',
    ],
    sentences: [
      '{Who} said the problems on {a} had been reported more than a year earlier.',
      'Staff on {a} told inspectors they had raised concerns about {b} repeatedly.',
      '{c} found that managers had been warned about {b} but had not acted.',
      'The findings of {c} will be discussed at a public board meeting in {month}.',
      '{Who} told the inquiry that {b} had put lives at risk.',
      'Patients moved from {a} have been sent to wards across the county.',
      'A spokesperson for {inst} said lessons had been learned from {b}.',
      'Relatives of patients treated on {a} have set up a support group.',
      'The trust has set aside {num} million pounds to deal with {b}.',
      '{Who} was suspended on full pay while {c} was carried out.',
      'Waiting lists at {inst} are among the longest in the region.',
      'The health regulator rated maternity and emergency care as requiring improvement.',
      'Union representatives said staff morale was at its lowest in years.',
      'Agency nurses now fill about one shift in five across the hospital.',
    ],
  },
  {
    name: 'council contract',
    sections: ['News', 'Politics', 'Local', 'Business'],
    tags: ['Local government', 'Council'],
    institutions: [
      { name: 'Port Ellery Borough Council', town: 'Port Ellery', short: 'the council' },
      { name: 'Ashbridge City Council', town: 'Ashbridge', short: 'the city council' },
    ],
    descriptions: ["the council's former head of property", 'the opposition leader', 'the cabinet member for regeneration', 'a whistleblower in the finance department', 'the council leader'],
    particulars: (pick) => [`${pick(firms)} ${pick(firmKinds)}`, `the ${pick(landmarks)} scheme`, pick(['the unsigned variation order', 'the missing tender scores', 'the overspent contingency fund', 'the side letter', 'the consultancy invoices'])],
    headlines: [
      'Councillors question {a} deal',
      'Cost of {b} doubles, leaked report shows',
      '{Who} resigns over {c}',
      'Auditors to examine {b} contract',
      'Police asked to look at {c}',
      '{inst} halts payments to {a}',
      'Residents near {b} fear years of delay',
      '{Who}: "We were told the figures were sound"',
    ],
    sentences: [
      'The contract for {b} was awarded to {a} without a second round of bids.',
      '{Who} said {c} had never been shown to the full council.',
      'External auditors will report on {b} before the budget meeting in {month}.',
      'A spokesperson for {a} said the company had met every term of its contract.',
      'The cost of {b} has risen from {num} million pounds to almost twice that.',
      '{c} came to light after a freedom of information request.',
      '{Who} has denied any wrongdoing and said the process was followed.',
      'Opposition councillors want an independent inquiry into {c}.',
      'Work on {b} stopped in {month} when payments to {a} were frozen.',
      'Council tax in the borough is due to rise by almost five per cent.',
      'The authority has cut its spending on libraries and youth services three years running.',
      'The scrutiny committee will meet in public to hear evidence from officers.',
      'Council officers said the authority had taken legal advice.',
    ],
  },
  {
    name: 'football',
    sections: ['Sport', 'News', 'Business'],
    tags: ['Football', 'Sport'],
    institutions: [
      { name: 'Ashbridge Rovers', town: 'Ashbridge', short: 'the club' },
      { name: 'Port Ellery Athletic', town: 'Port Ellery', short: 'Athletic' },
    ],
    descriptions: ["the club's record signing", 'the caretaker manager', 'the long-serving chairman', 'the academy graduate', 'the club captain'],
    particulars: (pick) => [pick(['the new north stand', 'the training ground sale', 'the shirt sponsorship deal', 'the stadium lease', 'the loan from the owners', 'the floodlight upgrade']), `${pick(firms)} Holdings`, pick(['the points deduction', 'the transfer embargo', 'the winding-up petition', 'the unpaid tax bill', 'the failed takeover'])],
    headlines: [
      '{inst} fans protest over {c}',
      '{Who} signs new contract despite {c}',
      'What {c} means for {inst}',
      '{b} pulls out of talks to buy {inst}',
      'Plans for {a} approved after long wait',
      '{Who} breaks silence on {b} bid',
      'Supporters\' trust raises money to fight {c}',
      'League confirms {c}',
    ],
    sentences: [
      'Supporters marched from the town centre to the ground to protest about {c}.',
      '{Who} said the squad had been told nothing about {c}.',
      'The league said {c} followed a breach of its financial rules.',
      '{b} had offered to clear the club\'s debts in return for control of {a}.',
      'Work on {a} has been delayed by a dispute over the land.',
      '{Who} scored twice in the first half before {c} was announced.',
      'The supporters\' trust says {b} has never explained where its money comes from.',
      'Ticket sales fell after {c} was confirmed in {month}.',
      'The club has lost {num} of its last fifteen league matches.',
      'Attendances have held up despite the poor run of results.',
      'The manager said his players had kept their focus on the pitch.',
      'The youth academy has produced three first-team regulars this season.',
    ],
  },
  {
    name: 'court case',
    sections: ['News', 'Crime', 'Local'],
    tags: ['Courts', 'Crime'],
    institutions: [
      { name: 'Dunmore Crown Court', town: 'Dunmore', short: 'the court' },
      { name: 'Westmoor Police', town: 'Ashbridge', short: 'police' },
    ],
    descriptions: ['the defendant', 'the former care worker', 'the businessman', 'the victim\'s sister', 'the detective who led the inquiry'],
    particulars: (pick) => [pick(['the warehouse fire', 'the pension fraud', 'the hit-and-run', 'the quarry theft', 'the forged wills', 'the cannabis farm', 'the stolen tractors']) + ` on ${pick(landmarks)}`, pick(['CCTV from the petrol station', 'the burnt mobile phone', 'the ledger found in the loft', 'the dashcam footage', 'the forged signatures', 'the bank transfers to Malta']), pick(['Operation Kestrel', 'Operation Harrier', 'Operation Lapwing', 'Operation Curlew', 'Operation Dunlin', 'Operation Whimbrel', 'Operation Plover'])],
    headlines: [
      'Trial begins over {a}',
      'Jury hears about {b} in {a} case',
      '{Who} denies involvement in {a}',
      '{c}: three more people arrested',
      'Guilty verdicts after {a} trial',
      '{Who} jailed for part in {a}',
      'How detectives pieced together {a}',
      'Families of victims of {a} speak of relief',
    ],
    sentences: [
      'The jury was shown {b}, which prosecutors said placed {who} at the scene.',
      '{Who} told the court that they had been at home on the night of {a}.',
      'Detectives working on {c} searched eleven addresses across the county.',
      'Prosecutors said {b} was the key to understanding {a}.',
      '{Who} was remanded in custody until sentencing in {month}.',
      'Officers from {c} said the investigation had taken more than {num} thousand hours.',
      'The defence argued that {b} had been wrongly interpreted.',
      '{Who} wept as the verdicts in the {a} case were read out.',
      'The judge said the offences had caused lasting harm to the community.',
      'The trial is expected to last about six weeks.',
      'Reporting restrictions prevent the naming of two witnesses.',
      'A police spokesperson urged anyone with information to come forward.',
    ],
  },
  {
    name: 'school',
    sections: ['Education', 'News', 'Local'],
    tags: ['Education', 'Schools'],
    institutions: [
      { name: 'Varnham Academy Trust', town: 'Varnham', short: 'the academy trust' },
      { name: 'Kestrel Falls Learning Partnership', town: 'Kestrel Falls', short: 'the partnership' },
    ],
    descriptions: ['the headteacher', 'the chair of governors', 'the trust\'s chief executive', 'a parent governor', 'the union representative'],
    particulars: (pick) => [`${pick(schools)} Primary`, pick(['the crumbling concrete roof', 'the sixth form closure', 'the merger plan', 'the exam grade inquiry', 'the uniform policy', 'the special needs unit']), pick(['the Ofsted letter', 'the petition with 3,000 names', 'the governors\' minutes', 'the temporary classrooms', 'the consultation survey'])],
    headlines: [
      'Parents fight {b} at {a}',
      '{Who} defends {b}',
      '{a} pupils moved out as {b} is investigated',
      'Inside {a}: the school at the centre of {b}',
      '{c} reveals strains at {a}',
      '{inst} pauses {b} after outcry',
      'Teachers at {a} vote to strike',
      '{Who} steps down at {a}',
    ],
    sentences: [
      'Parents at {a} found out about {b} in a letter sent home on a Friday.',
      '{Who} said {b} was the only way to keep the school open.',
      '{c} shows that governors discussed {b} months before parents were told.',
      'Pupils from {a} are being taught in {c} until at least {month}.',
      'A spokesperson for {inst} said the safety of pupils came first.',
      '{Who} told a packed meeting in the school hall that no decision had been made.',
      'The number of pupils at {a} has fallen by {num} per cent in five years.',
      'Local councillors have written to the education secretary about {b}.',
      'Falling birth rates have left many primary schools in the county with empty places.',
      'Teachers said they had not been consulted before the announcement.',
      'The council has a legal duty to provide a school place for every child.',
      'Inspectors praised the teaching but criticised how the school was run.',
    ],
  },
  {
    name: 'port and ferry',
    sections: ['Business', 'News', 'Transport'],
    tags: ['Transport', 'Business'],
    institutions: [
      { name: 'Marlow Bay Harbour Authority', town: 'Marlow Bay', short: 'the harbour authority' },
      { name: 'Port Ellery ferry terminal', town: 'Port Ellery', short: 'the terminal' },
    ],
    descriptions: ['the harbour master', 'the ferry operator\'s managing director', 'the union\'s regional organiser', 'a veteran deckhand', 'the chair of the harbour board'],
    particulars: (pick) => [`the MV ${pick(vessels)}`, pick(['the dredging contract', 'the crew pay dispute', 'the new timetable', 'the fuel spill', 'the ramp failure', 'the subsidy cut']), `${pick(firms)} Ferries`],
    headlines: [
      '{a} stays in port as {b} drags on',
      '{Who} warns of lost summer trade over {b}',
      '{c} accused of cutting corners on {a}',
      'Crossings cancelled after {b}',
      '{c} wins bid to run island service',
      'Islanders stranded again as {a} breaks down',
      'Harbour board to review {b}',
      '{Who} says {a} is fit to sail',
    ],
    sentences: [
      '{a} has missed {num} crossings since the start of {month}.',
      '{Who} said {b} could cost local businesses their summer season.',
      '{c} said it had followed every instruction from the maritime inspectors.',
      'Inspectors boarded {a} after reports about {b}.',
      'Passengers were put on coaches when {a} was taken out of service.',
      'The contract with {c} runs for another four years.',
      '{Who} met government officials to discuss {b}.',
      'Freight lorries queued along the harbour road for most of the day.',
      'The ferry link carries about 300,000 passengers a year.',
      'Fishing crews say silt has made the harbour mouth dangerous at low tide.',
      'The harbour authority has asked the government for emergency funding.',
      'Hauliers said the uncertainty was driving trade to other ports.',
    ],
  },
  {
    name: 'factory',
    sections: ['Business', 'News', 'Local'],
    tags: ['Business', 'Jobs'],
    institutions: [
      { name: 'Varnham Enterprise Park', town: 'Varnham', short: 'the enterprise park' },
      { name: 'Ashbridge East industrial estate', town: 'Ashbridge', short: 'the estate' },
    ],
    descriptions: ['the founder', 'the plant manager', 'a shop steward', 'the new owner', 'the finance director'],
    particulars: (pick) => [`${pick(firms)} ${pick(['Manufacturing', 'Foods', 'Industries', 'Group'])}`, `the ${pick(products)} plant`, pick(['the pension shortfall', 'the takeover bid from abroad', 'the rescue loan', 'the night shift cut', 'the automation plan', 'the redundancy notices'])],
    headlines: [
      'Jobs at risk as {a} reviews {b}',
      '{Who} promises to keep {b} open',
      '{c} leaves workers in limbo',
      '{a} confirms {c}',
      'Workers at {b} vote on pay offer',
      'Can {b} survive {c}?',
      '{Who} quits {a} board',
      'Government steps in over {c}',
    ],
    sentences: [
      'About {num} hundred people work at {b}, most of them on permanent contracts.',
      '{Who} said {c} would be settled before the end of {month}.',
      '{a} said it was facing higher energy costs and falling orders.',
      'Workers at {b} were told about {c} at a meeting on the factory floor.',
      '{Who} has run {a} since the business was bought from its founders.',
      'The union said {c} broke promises made when the site was sold.',
      '{a} supplies customers across Europe from {b}.',
      'Local suppliers say they are owed money by {a}.',
      'Manufacturing still employs one in six workers in the area.',
      'The regional development agency has offered advice to affected staff.',
      'Energy-intensive firms have struggled since prices rose.',
      'Several smaller firms on the site have already closed.',
    ],
  },
  {
    name: 'pollution',
    sections: ['Environment', 'News', 'Local'],
    tags: ['Environment', 'Water'],
    institutions: [
      { name: 'Westmoor Water', town: 'Kestrel Falls', short: 'the water company' },
      { name: 'the Environment Agency', town: 'Marlow Bay', short: 'the agency' },
    ],
    descriptions: ['the wild swimmer who started the campaign', 'the water company\'s chief executive', 'the river warden', 'the local MP', 'a marine biologist'],
    particulars: (pick) => [pick(rivers), `${pick(beaches)}`, pick(['the storm overflow at the sewage works', 'the slurry leak from the dairy farm', 'the algal bloom', 'the fish kill', 'the chemical drums in the quarry pond', 'the bathing water downgrade'])],
    headlines: [
      'Campaigners test {a} and find {c}',
      'Swimmers told to stay out of the water at {b}',
      '{Who} apologises over {c}',
      'Inquiry into {c} widens',
      '{b} loses its clean water flag',
      'Dead fish found along {a}',
      '{Who} calls for prosecution over {c}',
      'How {c} changed a town\'s summer',
    ],
    sentences: [
      'Volunteers have taken samples from {a} every week since {month}.',
      '{Who} said {c} was the worst they had seen in twenty years.',
      'Warning signs went up at {b} after tests found high levels of bacteria.',
      '{c} was reported by a walker who saw the water change colour.',
      'The agency is investigating whether {c} broke the terms of a permit.',
      'Shellfish beds near {b} have been closed as a precaution.',
      '{Who} has asked the government to fund a clean-up of {a}.',
      'Anglers on {a} say the trout have not returned.',
      'Sewage was released into rivers in the region on more than {num} thousand occasions last year.',
      'The water company says it is spending billions on upgrades.',
      'Bathing water quality is tested every week from May to September.',
      'Campaigners want fines paid by polluters to go to river restoration.',
    ],
  },
  {
    name: 'festival and venue',
    sections: ['Culture', 'News', 'Local'],
    tags: ['Arts', 'Culture'],
    institutions: [
      { name: 'Kestrel Falls Arts Trust', town: 'Kestrel Falls', short: 'the arts trust' },
      { name: 'Ashbridge Museums', town: 'Ashbridge', short: 'the museums service' },
    ],
    descriptions: ['the festival director', 'the theatre\'s artistic director', 'a local sculptor', 'the chair of the friends\' group', 'the volunteer coordinator'],
    particulars: (pick) => [`the ${pick(landmarks)} ${pick(festivals)} Festival`, pick(venues), pick(['the lottery grant', 'the noise complaints', 'the cancelled headline act', 'the lost mural', 'the roof appeal', 'the ticketing fiasco'])],
    headlines: [
      '{a} returns despite {c}',
      '{Who} on saving {b}',
      '{b} to close for two years',
      '{c} puts {a} in doubt',
      'Thousands turn out for {a}',
      '{Who} leaves {a} after twelve years',
      'Volunteers rescue {b}',
      'What {c} tells us about arts funding',
    ],
    sentences: [
      '{a} drew more than {num} thousand visitors last summer.',
      '{Who} said {c} had forced the organisers to rethink the programme.',
      '{b} has hosted concerts, boxing matches and wedding receptions in its long history.',
      'The trustees of {b} say repairs will cost far more than first thought.',
      '{c} was discussed at a heated public meeting in {month}.',
      '{Who} has asked local businesses to sponsor {a}.',
      'Stallholders at {a} said takings were up on last year.',
      'The programme for {a} will be announced in {month}.',
      'Arts organisations across the county have seen their grants cut.',
      'Volunteers run the box office and the bar.',
      'The council says culture brings millions of pounds into the local economy.',
      'Local schools take part in workshops every year.',
    ],
  },
  {
    name: 'research',
    sections: ['Science', 'Education', 'Business'],
    tags: ['Science', 'Universities'],
    institutions: [
      { name: 'Kestrel University', town: 'Kestrel Falls', short: 'the university' },
      { name: 'Ashbridge Institute of Technology', town: 'Ashbridge', short: 'the institute' },
    ],
    descriptions: ['the lead researcher', 'the vice-chancellor', 'a doctoral student on the team', 'the spin-out company\'s founder', 'the head of the department'],
    particulars: (pick) => [pick(researchTopics), `the ${pick(firms)} Laboratory`, pick(['the patent dispute', 'the field trials', 'the retracted paper', 'the investor deal', 'the funding cut', 'the ethics complaint'])],
    headlines: [
      'Team behind {a} wins national prize',
      '{Who} on the long road to {a}',
      '{c} hangs over {b}',
      '{b} opens its doors to the public',
      'Farmers and doctors wait on {a}',
      '{Who} hits back over {c}',
      'Scientists say {a} could be ready within five years',
      'University confirms {c}',
    ],
    sentences: [
      'Work on {a} began in a borrowed room at {b} almost ten years ago.',
      '{Who} said {c} would not stop the project.',
      'The results on {a} were published in a peer-reviewed journal in {month}.',
      '{b} now employs {num} researchers and technicians.',
      '{c} has divided the academic staff at {inst}.',
      '{Who} presented the findings on {a} at a conference abroad.',
      'Other scientists have urged caution until {a} is tested more widely.',
      'A spin-out company from {b} has raised money from investors.',
      'Universities in the region have lost staff to better-paid jobs abroad.',
      'Research funding has not kept pace with inflation for a decade.',
      'The university is one of the largest employers in the area.',
      'Students helped to collect samples over two summers.',
    ],
  },
];

/** Sentences any article may carry: the connective tissue of local news copy. */
export const stockSentences = [
  'The county council said it was monitoring the situation closely.',
  'Several people who spoke to this newspaper asked not to be named.',
  'A public meeting is planned for later in the month.',
  'The figures were released under the freedom of information act.',
  'Local businesses have been asked for their views.',
  'Campaigners said they would not give up.',
  'The decision can be challenged in the courts.',
  'Details are expected to be published next week.',
  'The local MP has written to the minister.',
  'It is not the first time the issue has been raised.',
  'Questions remain about who knew what, and when.',
  'Readers have written to us in large numbers about it.',
];

export const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const experts = ['a local historian', 'an economist at the university', 'a retired judge', 'a former council chief executive', 'a health policy researcher', 'a planning consultant', 'a transport analyst'];

export const writers = ['Harriet Ames', 'Dev Kapoor', 'Sinead Byrne', 'Martin Lowe', 'Grace Okonkwo', 'Tobias Renn', 'Leila Farah', 'Owen Pritchard', 'Beth Maguire', 'Rafael Costa', 'Nadia Petrova', 'Colin Marsh', 'Aisha Bello', 'Hugh Danvers', 'Freya Lund', 'Kenji Mori', 'Sally Whitcombe', 'Ibrahim Sesay'];
