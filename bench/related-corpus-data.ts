// The vocabulary of the labelled related-articles corpus (bench/related-corpus.ts): seven news
// domains with words they share, forty story clusters with words of their own, forty distractor
// topics that each appear once, common news words, and sentence templates shared by all.
// Invented for the bench: names, places and organisations are made up, no sentence is copied.

export interface Domain {
  section: string;
  tag: string;
  /** Words any story in the domain may use. */
  words: string[];
}

export interface ClusterSpec {
  domain: string;
  /** A tag only this cluster uses (given to about half its articles). */
  tag: string;
  names: string[];
  places: string[];
  /** What the story is about: the words that should make its articles find each other. */
  nouns: string[];
}

export const domains: Record<string, Domain> = {
  economy: { section: 'Business', tag: 'Economy', words: ['inflation', 'interest rates', 'investors', 'markets', 'growth forecast', 'currency', 'bond yields', 'consumer spending', 'central bank', 'budget deficit', 'exporters', 'supply chains', 'retail sales', 'manufacturing output', 'trade balance', 'stock index', 'pension funds', 'household savings', 'energy bills', 'productivity', 'credit ratings', 'shareholders', 'quarterly profits', 'small businesses'] },
  politics: { section: 'Politics', tag: 'Politics', words: ['parliament', 'coalition', 'opposition', 'voters', 'ministers', 'campaign', 'legislation', 'polling', 'cabinet', 'constitution', 'prime minister', 'party leader', 'backbenchers', 'manifesto', 'select committee', 'local councils', 'by-election', 'lobbying', 'speaker', 'election law', 'civil servants', 'party conference', 'donors', 'ballot papers'] },
  world: { section: 'World', tag: 'Diplomacy', words: ['negotiators', 'foreign ministry', 'ceasefire', 'sanctions', 'envoys', 'summit', 'border', 'refugees', 'treaty', 'delegation', 'embassy', 'peace talks', 'united nations', 'humanitarian agencies', 'foreign secretary', 'armed forces', 'security council', 'observers', 'bilateral talks', 'state visit', 'peacekeepers', 'allies', 'airspace', 'communique'] },
  climate: { section: 'Environment', tag: 'Climate', words: ['emissions', 'temperatures', 'drought', 'scientists', 'heatwave', 'rainfall', 'carbon', 'ecosystems', 'conservation', 'adaptation', 'glaciers', 'sea levels', 'biodiversity', 'renewables', 'flooding', 'wildlife', 'forests', 'storms', 'solar farms', 'wind turbines', 'water supplies', 'soil', 'crop yields', 'meteorologists'] },
  science: { section: 'Science', tag: 'Technology', words: ['researchers', 'laboratory', 'engineers', 'prototype', 'regulators', 'data', 'startup', 'patents', 'software', 'experiment', 'algorithms', 'microchips', 'satellites', 'funding round', 'peer review', 'prototypes', 'computing power', 'sensors', 'universities', 'physicists', 'supercomputer', 'open source', 'cloud services', 'robotics'] },
  sport: { section: 'Sport', tag: 'Sport', words: ['season', 'coach', 'fans', 'stadium', 'championship', 'injury', 'squad', 'title race', 'referee', 'contract', 'league table', 'goalkeeper', 'manager', 'training ground', 'semi-final', 'supporters', 'broadcast rights', 'ticket prices', 'academy', 'captain', 'home crowd', 'away fans', 'qualifiers', 'medals'] },
  health: { section: 'Health', tag: 'Health', words: ['patients', 'doctors', 'hospitals', 'vaccine', 'clinical trial', 'nurses', 'waiting lists', 'public health', 'prescriptions', 'outbreak', 'surgeons', 'general practitioners', 'health service', 'mental health', 'care homes', 'pharmacies', 'ambulances', 'intensive care', 'screening', 'infections', 'antibiotics', 'midwives', 'health ministry', 'symptoms'] },
};

export const clusters: ClusterSpec[] = [
  { domain: 'world', tag: 'Tesse river treaty', names: ['Amara Osei', 'Hana Bekele'], places: ['Valdora', 'Kessin'], nouns: ['Tesse river', 'water treaty', 'dam releases', 'irrigation quotas', 'upstream reservoir', 'dry-season flow', 'basin commission'] },
  { domain: 'world', tag: 'Marrow Strait talks', names: ['Ilse Varga', 'Tomasz Reyes'], places: ['Port Calder', 'Ostrava Bay'], nouns: ['Marrow Strait', 'shipping lanes', 'naval patrols', 'fishing rights', 'maritime boundary', 'coast guard', 'tanker traffic'] },
  { domain: 'world', tag: 'Grella ceasefire', names: ['Yusuf Harrow', 'Lena Mbatha'], places: ['Grella', 'Tarn Valley'], nouns: ['prisoner exchange', 'humanitarian corridor', 'monitoring mission', 'artillery', 'aid convoys', 'militia commanders', 'truce lines'] },
  { domain: 'world', tag: 'Orvania trade pact', names: ['Celine Dufort', 'Marcus Albright'], places: ['Orvania', 'Belmar'], nouns: ['trade pact', 'tariff schedule', 'steel quotas', 'customs union', 'export licences', 'dairy imports', 'rules of origin'] },
  { domain: 'world', tag: 'Embassy expulsions', names: ['Pavel Strand', 'Noor Haddad'], places: ['Kesh', 'Lindvall'], nouns: ['expelled diplomats', 'espionage charges', 'consulate closure', 'intelligence officers', 'diplomatic immunity', 'retaliation', 'visa bans'] },
  { domain: 'world', tag: 'Aralen refugee camps', names: ['Sofia Brandt', 'Idris Kamau'], places: ['Aralen', 'Mosk Plateau'], nouns: ['refugee camps', 'tents', 'water tankers', 'winter shelter', 'food rations', 'resettlement quotas', 'registration centres'] },
  { domain: 'economy', tag: 'Halvard rate decision', names: ['Greta Holm', 'Daniel Okafor'], places: ['Halvard', 'Frostad'], nouns: ['rate rise', 'policy rate', 'mortgage costs', 'basis points', 'rate-setting committee', 'wage growth', 'forward guidance'] },
  { domain: 'economy', tag: 'Kitano bond buying', names: ['Ren Ishiyama', 'Mika Toda'], places: ['Kitano', 'Sakimura'], nouns: ['bond purchases', 'yield curve control', 'government bonds', 'asset purchases', 'quantitative easing', 'ten-year yield', 'balance sheet'] },
  { domain: 'economy', tag: 'Crestline property debt', names: ['Wei Langford', 'Chen Morales'], places: ['Crestline', 'Haiport'], nouns: ['property developers', 'unfinished apartments', 'debt restructuring', 'offshore creditors', 'land sales', 'housing presales', 'liquidation petition'] },
  { domain: 'economy', tag: 'OPEX output cut', names: ['Khalid Serrano', 'Nadia Volkov'], places: ['Qaran', 'Bahrum'], nouns: ['oil output', 'crude prices', 'production quotas', 'barrels per day', 'oil cartel', 'refinery margins', 'petrol prices'] },
  { domain: 'economy', tag: 'Brightway jobs report', names: ['Alicia Brent', 'Sam Whitlock'], places: ['Brightway', 'Carden County'], nouns: ['payrolls', 'unemployment rate', 'jobless claims', 'hiring', 'labour market', 'hourly earnings', 'layoffs'] },
  { domain: 'economy', tag: 'Lumen Bank collapse', names: ['Oskar Lind', 'Priya Nair'], places: ['Lumen City', 'Westhaven'], nouns: ['bank collapse', 'deposit guarantee', 'bank run', 'emergency loans', 'deposit withdrawals', 'rescue buyer', 'bank regulators'] },
  { domain: 'politics', tag: 'Norland election', names: ['Erik Dahlgren', 'Maja Lund'], places: ['Norland', 'Vestby'], nouns: ['general election', 'ballot', 'exit polls', 'turnout', 'polling stations', 'seat projections', 'election night'] },
  { domain: 'politics', tag: 'Pension reform', names: ['Claire Moreau', 'Luc Bernier'], places: ['Saint-Aveline', 'Corbel'], nouns: ['pension reform', 'retirement age', 'general strike', 'trade unions', 'pension fund', 'early retirement', 'street protests'] },
  { domain: 'politics', tag: 'Senate impeachment', names: ['Grant Holloway', 'Denise Park'], places: ['Capitol Hill', 'Marston'], nouns: ['impeachment trial', 'articles of impeachment', 'senators', 'witnesses', 'acquittal', 'abuse of power', 'impeachment managers'] },
  { domain: 'politics', tag: 'Independence referendum', names: ['Fiona Mackay', 'Angus Reid'], places: ['Caledra', 'Inverloch'], nouns: ['independence referendum', 'secession', 'referendum question', 'separatist party', 'devolved government', 'yes campaign', 'union flag'] },
  { domain: 'politics', tag: 'Mayor corruption trial', names: ['Victor Salas', 'Rosa Ibarra'], places: ['Puerto Lindo', 'San Telmo'], nouns: ['corruption trial', 'bribes', 'city contracts', 'kickbacks', 'prosecutors', 'bank transfers', 'plea deal'] },
  { domain: 'politics', tag: 'Coalition collapse', names: ['Henrik Baas', 'Anja Visser'], places: ['Delden', 'Rotterhaven'], nouns: ['coalition collapse', 'confidence vote', 'caretaker government', 'snap election', 'junior partner', 'coalition agreement', 'resignation letter'] },
  { domain: 'climate', tag: 'Coral bleaching', names: ['Leilani Kahale', 'Ben Archer'], places: ['Mirren Reef', 'Tolo Atoll'], nouns: ['coral bleaching', 'reef', 'ocean temperatures', 'marine heatwave', 'coral colonies', 'divers', 'reef surveys'] },
  { domain: 'climate', tag: 'Wildfire season', names: ['Jessie Cole', 'Raul Medina'], places: ['Ashgrove', 'Sierra Palo'], nouns: ['wildfires', 'evacuation orders', 'firefighters', 'burned acres', 'smoke', 'containment lines', 'fire crews'] },
  { domain: 'climate', tag: 'Glacier retreat', names: ['Anders Nygaard', 'Elin Sørby'], places: ['Skarnfjell', 'Brevik'], nouns: ['glacier retreat', 'ice loss', 'meltwater', 'glaciologists', 'ice cores', 'glacial lake', 'snowline'] },
  { domain: 'climate', tag: 'Climate summit finance', names: ['Amina Diallo', 'Rafael Costa'], places: ['Belmonte', 'Kigoma'], nouns: ['climate finance', 'loss and damage fund', 'pledges', 'developing nations', 'summit text', 'coal phase-out', 'negotiating blocs'] },
  { domain: 'climate', tag: 'Flood defences', names: ['Tom Ferris', 'Grace Adeyemi'], places: ['Lowmere', 'Rivington'], nouns: ['flood defences', 'river levels', 'sandbags', 'flood barriers', 'storm surge', 'flooded homes', 'embankments'] },
  { domain: 'science', tag: 'Chip plant', names: ['Hiro Tanabe', 'Laura Kessler'], places: ['Silica Park', 'Ostheim'], nouns: ['chip plant', 'semiconductors', 'wafer fabrication', 'foundry', 'subsidies', 'clean rooms', 'transistor density'] },
  { domain: 'science', tag: 'AI rules', names: ['Marta Kowal', 'Julien Roche'], places: ['Brussart', 'Lyria'], nouns: ['artificial intelligence', 'AI act', 'foundation models', 'risk categories', 'chatbots', 'algorithmic transparency', 'facial recognition'] },
  { domain: 'science', tag: 'Moon lander', names: ['Kenji Mori', 'Ada Fontaine'], places: ['Tarsis Launch Site', 'Mare Nubium'], nouns: ['lunar lander', 'moon landing', 'touchdown', 'descent engine', 'rover', 'lunar south pole', 'mission control'] },
  { domain: 'science', tag: 'Fusion record', names: ['Ingrid Falk', 'Omar Saleh'], places: ['Culham Moor', 'Vireo'], nouns: ['fusion reactor', 'plasma', 'tokamak', 'net energy gain', 'magnetic confinement', 'lasers', 'hydrogen isotopes'] },
  { domain: 'science', tag: 'Data breach', names: ['Kevin Tran', 'Sara Lindqvist'], places: ['Harbour Tech Park', 'Noventa'], nouns: ['data breach', 'hackers', 'customer records', 'ransomware', 'passwords', 'encryption', 'cyber attack'] },
  { domain: 'science', tag: 'Electric car batteries', names: ['Lars Engel', 'Mei Zhao'], places: ['Voltaren', 'Kessel Works'], nouns: ['battery factory', 'electric cars', 'lithium', 'battery cells', 'charging stations', 'solid-state batteries', 'car makers'] },
  { domain: 'sport', tag: 'Transfer saga', names: ['Diego Ferreira', 'Mats Olsen'], places: ['Brannock', 'Ravensford'], nouns: ['transfer fee', 'striker', 'medical', 'release clause', 'transfer window', 'loan deal', 'signing'] },
  { domain: 'sport', tag: 'Tennis final', names: ['Elena Marchetti', 'Zoe Whitfield'], places: ['Rolling Green', 'Court Centrale'], nouns: ['tennis final', 'grand slam', 'tie-break', 'serve', 'match point', 'straight sets', 'baseline rallies'] },
  { domain: 'sport', tag: 'Cycling tour doping', names: ['Pieter Claes', 'Arno Dubreuil'], places: ['Col de Vaure', 'Montreval'], nouns: ['doping case', 'anti-doping agency', 'blood samples', 'stage race', 'yellow jersey', 'banned substance', 'team doctor'] },
  { domain: 'sport', tag: 'Olympic host bid', names: ['Akira Sato', 'Helena Birch'], places: ['Kastelholm', 'Mirabay'], nouns: ['Olympic bid', 'host city', 'athletes village', 'bid committee', 'venues', 'games budget', 'IOC members'] },
  { domain: 'sport', tag: 'Cricket series', names: ['Rahul Menon', 'Josh Tiller'], places: ['Kingsmead Oval', 'Port Aldridge'], nouns: ['test series', 'wickets', 'batting collapse', 'spin bowlers', 'innings', 'declaration', 'run chase'] },
  { domain: 'sport', tag: 'Marathon record', names: ['Faith Chebet', 'Tesfaye Alemu'], places: ['Lakeshore', 'Altenberg'], nouns: ['marathon', 'world record', 'pacemakers', 'finishing time', 'running shoes', 'half-way split', 'elite field'] },
  { domain: 'health', tag: 'Measles outbreak', names: ['Ruth Okonjo', 'Ivan Petrov'], places: ['Millbrook', 'Easton Vale'], nouns: ['measles', 'vaccination rates', 'infected children', 'school closures', 'immunisation clinics', 'contact tracing', 'booster doses'] },
  { domain: 'health', tag: 'Drug prices', names: ['Nora Feld', 'Paul Agarwal'], places: ['Westbridge', 'Harlow Park'], nouns: ['drug prices', 'insulin', 'pharmaceutical companies', 'price caps', 'generic medicines', 'list prices', 'pharmacy benefit managers'] },
  { domain: 'health', tag: 'Nurses strike', names: ['Joan Mercer', 'Ade Bello'], places: ['St Aldric', 'Northfield'], nouns: ['nurses strike', 'picket lines', 'pay offer', 'staffing levels', 'walkout', 'ballot of members', 'emergency cover'] },
  { domain: 'health', tag: 'Obesity drug', names: ['Hanna Roth', 'Luis Navarro'], places: ['Genmark Labs', 'Oxhill'], nouns: ['weight-loss drug', 'obesity', 'weekly injections', 'appetite', 'supply shortages', 'body weight', 'diabetes patients'] },
  { domain: 'health', tag: 'Dementia research', names: ['Margaret Quill', 'Stefan Ek'], places: ['Ardmore Institute', 'Kingsley'], nouns: ['dementia', 'Alzheimer', 'amyloid plaques', 'memory loss', 'brain scans', 'cognitive decline', 'antibody therapy'] },
];

/** Topics that appear once: a correct engine suggests nothing close for them. */
export const distractors: { domain: string; nouns: string[] }[] = [
  { domain: 'world', nouns: ['celebrity obituary', 'film star', 'stage career', 'memorial service'] },
  { domain: 'economy', nouns: ['bakery chain', 'sourdough', 'franchise stores', 'flour costs'] },
  { domain: 'politics', nouns: ['postal museum', 'stamp collection', 'heritage grant'] },
  { domain: 'climate', nouns: ['urban beekeeping', 'rooftop hives', 'honey harvest'] },
  { domain: 'science', nouns: ['chess engine', 'opening theory', 'grandmaster', 'endgame tables'] },
  { domain: 'sport', nouns: ['sailing regatta', 'yacht club', 'spinnaker', 'harbour race'] },
  { domain: 'health', nouns: ['hearing aids', 'audiologist', 'tinnitus'] },
  { domain: 'world', nouns: ['royal wedding', 'palace balcony', 'bridal gown'] },
  { domain: 'economy', nouns: ['vintage watches', 'auction house', 'collectors', 'watchmakers'] },
  { domain: 'politics', nouns: ['library closures', 'reading rooms', 'librarians'] },
  { domain: 'climate', nouns: ['migratory birds', 'wetland reserve', 'birdwatchers', 'storks'] },
  { domain: 'science', nouns: ['dinosaur fossil', 'palaeontologists', 'excavation', 'vertebrae'] },
  { domain: 'sport', nouns: ['darts championship', 'treble twenty', 'oche'] },
  { domain: 'health', nouns: ['sleep clinic', 'insomnia', 'melatonin'] },
  { domain: 'world', nouns: ['cathedral restoration', 'stained glass', 'stonemasons'] },
  { domain: 'economy', nouns: ['coffee harvest', 'arabica beans', 'roasters', 'growers cooperative'] },
  { domain: 'politics', nouns: ['speed cameras', 'traffic fines', 'motorists'] },
  { domain: 'climate', nouns: ['community orchard', 'apple trees', 'cider press'] },
  { domain: 'science', nouns: ['video game studio', 'game console', 'players', 'release delay'] },
  { domain: 'sport', nouns: ['horse racing', 'jockey', 'racecourse', 'favourite'] },
  { domain: 'health', nouns: ['dental care', 'dentists', 'fluoride', 'tooth decay'] },
  { domain: 'world', nouns: ['jazz festival', 'saxophonist', 'concert hall'] },
  { domain: 'economy', nouns: ['toy maker', 'board games', 'holiday sales'] },
  { domain: 'politics', nouns: ['zoo funding', 'giant pandas', 'zookeepers'] },
  { domain: 'climate', nouns: ['tree planting', 'saplings', 'volunteers', 'hillside'] },
  { domain: 'science', nouns: ['telescope mirror', 'observatory', 'astronomers', 'exoplanet'] },
  { domain: 'sport', nouns: ['chess olympiad', 'rapid games', 'team board'] },
  { domain: 'health', nouns: ['allergy season', 'pollen counts', 'antihistamines'] },
  { domain: 'world', nouns: ['literary prize', 'novelist', 'shortlist', 'debut novel'] },
  { domain: 'economy', nouns: ['airline merger', 'landing slots', 'cabin crew', 'frequent flyers'] },
  { domain: 'politics', nouns: ['bicycle lanes', 'cyclists', 'road layout'] },
  { domain: 'climate', nouns: ['seaweed farming', 'kelp', 'aquaculture'] },
  { domain: 'science', nouns: ['archaeology dig', 'roman coins', 'hoard', 'metal detector'] },
  { domain: 'sport', nouns: ['ski jumping', 'hill record', 'ski flying'] },
  { domain: 'health', nouns: ['school meals', 'nutritionists', 'sugar intake'] },
  { domain: 'world', nouns: ['fashion week', 'runway', 'designers', 'couture'] },
  { domain: 'economy', nouns: ['wine exports', 'vineyards', 'grape harvest'] },
  { domain: 'politics', nouns: ['public holiday', 'bank holiday', 'calendar change'] },
  { domain: 'climate', nouns: ['light pollution', 'dark sky reserve', 'street lighting'] },
  { domain: 'science', nouns: ['robot vacuum', 'smart home', 'voice assistant'] },
];

/** Story sentences: {name} {place} {noun} {noun2} {domain} fill in from the article's topic. */
export const storySentences = [
  '{name} said the {noun} would be discussed again in {place} next week.',
  'Officials in {place} described the {noun} as the main obstacle to progress.',
  'The {noun} and the {noun2} dominated the meeting, according to {name}.',
  '{name} warned that the {noun} could not wait much longer.',
  'Critics argue that the plan for the {noun} ignores the {domain}.',
  'In {place}, people have followed the {noun} closely for months.',
  'A report on the {noun2} is due before the end of the year.',
  'The latest figures on the {noun} surprised even {name}.',
  'Questions about the {noun2} were left unanswered on the day.',
  '{name} told reporters in {place} that the {noun} was not negotiable.',
  'The debate over the {noun} has split opinion in {place}.',
  'Supporters of the {noun2} say it will take time to show results.',
  'Much now depends on the {noun} and on how the {domain} develops.',
  'An adviser to {name} said the {noun2} had been underestimated.',
];

/** Headlines: {Noun} capitalised from a topic noun; {place} and {name} as above. */
export const headlines = [
  '{Noun} dispute deepens in {place}',
  '{name} sets out new plan on {noun}',
  'What the {noun} means for {place}',
  '{Noun} back in focus as {noun2} stalls',
  'Fresh doubts over {noun} after {place} meeting',
  '{place} braces for decision on {noun}',
  '{name} defends {noun} amid criticism',
  'Inside the fight over the {noun2}',
];

/** Sentences any article may carry: the shared news vocabulary. */
export const fillerSentences = [
  'The statement was released late on Tuesday.',
  'Further details are expected in the coming weeks.',
  'A spokesperson declined to comment on the timing.',
  'Analysts said the outcome remained uncertain.',
  'The announcement came after months of public pressure.',
  'Local newspapers carried the story on their front pages.',
  'Several officials spoke on condition of anonymity.',
  'The government said it would publish its response soon.',
  'Opposition figures called for an independent review.',
  'It was not immediately clear who would pay for the changes.',
  'The decision is likely to be challenged in court.',
  'Observers said the week had been unusually busy.',
  'A public consultation will run until the spring.',
  'The minister is expected to make a statement on Thursday.',
  'Reporters gathered outside the building for most of the afternoon.',
  'Figures published on Monday painted a mixed picture.',
  'The talks ran late into the night without a breakthrough.',
  'Residents said they had heard nothing official.',
  'The committee will meet again after the holiday.',
  'A full transcript was later posted online.',
  'Not everyone was convinced by the explanation.',
  'The mood in the room was described as tense.',
  'Campaigners welcomed the move but said it came too late.',
  'Sources close to the discussions said progress was slow.',
  'The figures were revised upwards a week later.',
  'Earlier attempts to settle the matter had failed.',
  'Officials insisted that nothing had been decided.',
  'The row is expected to dominate the coming session.',
  'Business groups said they needed more certainty.',
  'Several witnesses gave conflicting accounts.',
];

export const reporters = ['Li Wei', 'Ana Souza', 'Tom Hartley', 'Nia Roberts', 'Omar Farouk', 'Elsa Berg', 'Kofi Mensah', 'Ruth Adler', 'Jonas Weber', 'Mira Patel', 'Sean Doyle', 'Yara Khalil'];

/** The most common words of news copy beyond stop words, most frequent first (the head of a Zipf list). */
export const commonWords = [
  'said', 'year', 'people', 'government', 'week', 'officials', 'new', 'time', 'told', 'country', 'first', 'city', 'public', 'plan', 'month', 'report',
  'local', 'group', 'last', 'percent', 'million', 'former', 'national', 'support', 'change', 'days', 'years', 'state', 'work', 'since', 'early', 'part',
  'meeting', 'statement', 'figures', 'money', 'service', 'leaders', 'members', 'decision', 'increase', 'according', 'expected', 'across', 'region', 'months',
  'announced', 'agreed', 'warned', 'called', 'added', 'described', 'including', 'during', 'system', 'future', 'policy', 'costs', 'risk', 'pressure', 'level',
  'families', 'community', 'spokesperson', 'director', 'chief', 'head', 'office', 'staff', 'workers', 'residents', 'authorities', 'agency', 'company', 'firms',
  'industry', 'private', 'rules', 'law', 'court', 'evidence', 'review', 'study', 'survey', 'research', 'analysis', 'program', 'project', 'funding', 'budget',
  'price', 'cost', 'share', 'rise', 'fall', 'higher', 'lower', 'record', 'latest', 'recent', 'previous', 'major', 'small', 'large', 'key', 'main', 'second',
  'third', 'final', 'open', 'closed', 'began', 'ended', 'continued', 'remained', 'remains', 'returned', 'moved', 'left', 'taken', 'given', 'made', 'held',
];
