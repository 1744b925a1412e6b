// Science section of the demo publication, The Meridian Ledger. Fictional stories, original text.
// Cluster here: the Kermadec Trench expedition (three parts); plus standalone pieces.
import type { DemoArticle } from '../../demo-types.ts';

export const scienceArticles: DemoArticle[] = [
  {
    slug: 'kermadec-trench-expedition-sets-sail',
    section: 'science',
    headline: 'An expedition sets out to map life at the bottom of the Kermadec Trench',
    standfirst: 'For six weeks, the research vessel Tamsin Hale will send landers and a robotic submersible into one of the deepest places on Earth.',
    dateline: 'Auckland',
    authors: ['jonas-lindqvist'],
    tags: ['Oceans', 'Kermadec expedition'],
    publishedDaysAgo: 36,
    seoDescription: 'A six-week research expedition leaves Auckland to study hydrothermal vents and deep-sea life along the Kermadec Trench.',
    featuredImage: {
      motif: 'water',
      hue: 196,
      alt: 'An illustration of a ship on a calm sea at dawn, in deep blues fading to pale turquoise',
      caption: 'The research vessel Tamsin Hale left Auckland on Tuesday bound for the Kermadec arc.',
      credit: 'Illustration: The Meridian Ledger',
    },
    body: `The research vessel Tamsin Hale left Auckland's Princes Wharf on Tuesday morning, carrying 34 scientists, two deep-sea landers, a remotely operated submersible and enough freezer space for several thousand biological samples.

Its destination is the Kermadec Trench, a gash in the floor of the South Pacific north-east of New Zealand that plunges to about 10,000 metres, and the chain of undersea volcanoes that runs alongside it. Over six weeks the expedition, funded by a consortium of universities in New Zealand, Australia and Europe, will study how life survives at depths where the pressure is a thousand times that at the surface.

The chief scientist, Dr Mereana Tait, a deep-sea ecologist, said the expedition had two main aims: to survey animals living at the very bottom of the trench, and to find and sample hydrothermal vents on the flanks of the volcanic arc, where mineral-rich water heated by magma pours out of the seabed.

## Why the trench matters

Ocean trenches are among the least explored habitats on the planet. Fewer than a few hundred hours of direct observation have been made below 6,000 metres anywhere in the world, and much of what is known about the animals living there comes from baited cameras and traps.

> "We have better maps of the surface of Mars than of the floor of this trench. Each time we put a camera down we see something we did not expect."

The landers, which sink to the bottom under their own weight and return to the surface when they drop their ballast, will carry cameras, baited traps and instruments that measure temperature, oxygen and currents. The submersible, tethered to the ship by a cable several kilometres long, can reach about 6,500 metres and will be used to explore the vents.

## A long list of questions

Among the questions the team hopes to answer: how far the animals at the bottom of the trench travel, how food from the surface reaches them, and whether microbial communities at the vents are related to those found at similar sites elsewhere in the Pacific.

The expedition will also measure how much microplastic and other human-made material has reached the trench floor. Earlier studies at other deep trenches have found plastic fibres in the guts of animals living at the greatest depths.

The Tamsin Hale is expected to return to Auckland in mid-season. The team will post short updates from the ship on an [expedition blog](https://example.org/kermadec-deep/log), satellite connection permitting.`,
  },
  {
    slug: 'kermadec-vent-field-microbial-gardens',
    section: 'science',
    headline: 'Kermadec expedition finds a vent field carpeted with microbial mats',
    standfirst: 'At 2,900 metres on an unnamed seamount, the submersible’s lights revealed chimneys draped in white and orange mats, and animals feeding on them.',
    dateline: 'Kermadec arc, South Pacific',
    authors: ['jonas-lindqvist'],
    tags: ['Oceans', 'Kermadec expedition', 'Biodiversity'],
    publishedDaysAgo: 20,
    featuredImage: {
      motif: 'abstract',
      hue: 168,
      alt: 'An abstract illustration of pale orange and white shapes rising from dark blue-green depths',
      caption: 'The vent field lies on a seamount that had not previously been surveyed at close range.',
      credit: 'Illustration: The Meridian Ledger',
    },
    bodyImages: {
      chimneys: {
        motif: 'night',
        hue: 182,
        alt: 'An illustration of tall dark spires on the sea floor lit by a single pool of cold light',
        caption: 'The submersible spent nine hours surveying the chimneys, some of them more than ten metres tall.',
        credit: 'Illustration: The Meridian Ledger',
      },
    },
    body: `Scientists aboard the research vessel Tamsin Hale have found a previously unknown field of hydrothermal vents on a seamount along the Kermadec arc, its chimneys covered in thick mats of microbes and surrounded by animals that appear to feed on them.

The discovery was made on the expedition's sixteenth day, when the robotic submersible descended to about 2,900 metres on the flank of a seamount that had appeared on bathymetric maps but had never been surveyed at close range. Water samples taken by the ship's instruments the previous night had shown chemical signatures typical of venting, and the team decided to look.

What the cameras found, according to the expedition's chief scientist, Dr Mereana Tait, was a field of at least two dozen active chimneys spread over an area roughly the size of two football pitches.

![An illustration of tall dark spires on the sea floor lit by a single pool of cold light](demo:chimneys "The submersible spent nine hours surveying the chimneys, some of them more than ten metres tall.")

## A garden in the dark

Many of the chimneys were draped in mats of white, yellow and orange, which the team believes are communities of microbes that draw energy from chemicals in the vent fluid, such as hydrogen sulphide and hydrogen, rather than from sunlight. Grazing on the mats were squat lobsters, limpets and small snails; larger crabs and fish patrolled the edges.

> "It looked like a garden someone had planted and then left for a few thousand years. Everything was growing on top of everything else."

That was Dr Tevita Fifita, a microbiologist who watched the dive from the ship's control room. The crew has informally named the site the Lantern Garden, after the glow of the submersible's lights on the mats.

## What happens to the samples

The submersible collected fragments of chimney, scrapings of the mats, and several dozen animals, all of which were preserved on board for analysis on land. The team also left a small instrument package on the seabed that will record temperature at one of the chimneys for the next year.

Dr Fifita said it was too early to say whether any of the organisms were new to science, although several of the animals did not match species the team had expected. Identifying microbes requires genetic sequencing that cannot be done at sea.

The discovery also has a less welcome implication. Vent fields like this one deposit metals such as copper and zinc, and some seabed mining companies have expressed interest in the region's mineral deposits. Scientists on board said that made it all the more important to document the site before any decisions were taken about its future.`,
  },
  {
    slug: 'kermadec-samples-reveal-new-microbes',
    section: 'science',
    headline: 'Samples from the Kermadec expedition point to a new branch of vent microbes',
    standfirst: 'Genetic sequencing of mats collected from the Lantern Garden vent field suggests organisms not previously described. The findings arrive as a debate over seabed mining sharpens.',
    dateline: 'Wellington',
    authors: ['jonas-lindqvist', 'dewi-kusumawardani'],
    tags: ['Oceans', 'Kermadec expedition', 'Biodiversity'],
    publishedDaysAgo: 4,
    updatedHoursLater: 20,
    featuredImage: {
      motif: 'abstract',
      hue: 150,
      alt: 'An abstract illustration of branching green and teal lines, like a family tree',
      caption: 'Preliminary sequencing places some of the microbes on a branch not previously described.',
      credit: 'Graphic: The Meridian Ledger',
    },
    body: `Preliminary genetic analysis of microbial mats collected during the Kermadec Trench expedition has identified organisms that appear to belong to a group not previously described, according to scientists who presented early results at a meeting in Wellington on Friday.

The samples were scraped from chimneys at the Lantern Garden, a hydrothermal vent field discovered by the expedition on a seamount along the Kermadec arc. They were frozen aboard the research vessel Tamsin Hale and flown to laboratories in Wellington and Brisbane after the ship returned to port.

Dr Tevita Fifita, the microbiologist leading the analysis, said that about a fifth of the genetic sequences recovered from the orange mats did not closely match anything in public databases. Several of them, he said, clustered together in a way that suggested a distinct lineage of microbes that obtain energy by oxidising hydrogen.

## Caution before celebration

The researchers were careful to describe the findings as preliminary. Genetic surveys of environmental samples often turn up unfamiliar sequences, and confirming that they represent a genuinely new group requires more complete genomes and, ideally, organisms grown in the laboratory, which is notoriously difficult for vent microbes.

> "What we have is a strong hint, not a name. We will be sequencing for another year before we are ready to put this in a journal."

Dr Mereana Tait, the expedition's chief scientist, said the team had also recovered at least three animal species, including a small limpet and a squat lobster, that specialists believed were new. Formal descriptions will take longer.

## The mining question

The findings arrive at a sensitive moment. The vent field lies in waters where mineral deposits have attracted interest from seabed mining companies, and governments in the region are debating whether and how such mining should be regulated.

Environmental groups said the results strengthened the case for protecting active vent sites, which host communities found nowhere else. An industry association said its members had no plans to mine active vents and that inactive deposits, where venting has stopped, could be considered separately.

Scientists on the expedition said the distinction was less clear than it sounded, because the boundaries between active and inactive zones are poorly mapped and because sediment plumes from mining could travel. They called for a moratorium on licensing until baseline surveys of the arc were complete.

The instrument package left at the Lantern Garden will be retrieved next year. The expedition's data, including video from the submersible, will be [released publicly](https://example.org/kermadec-deep/data) after the first papers are published.

*This article was updated to clarify that the animal species described as new have not yet been formally named.*`,
  },
  {
    slug: 'decades-old-web-flaw-public-sites',
    section: 'science',
    headline: 'A decades-old web flaw still lurks on thousands of public-sector websites, study finds',
    standfirst: 'Researchers scanned 12,000 government and council sites and found that about one in fourteen could be tricked into running a stranger’s code in a visitor’s browser.',
    dateline: 'Edinburgh',
    authors: ['jonas-lindqvist'],
    tags: ['Cybersecurity', 'Infrastructure'],
    publishedDaysAgo: 9,
    body: `One of the oldest and best understood security flaws on the web remains common on public-sector websites, according to a study by researchers at a university in Edinburgh, who found it on roughly 7 per cent of the 12,000 government, council and public-service sites they examined.

The flaw, known as cross-site scripting, has been documented since the late 1990s. It occurs when a website takes text supplied by a user, such as a search query, and places it into a page without first making sure it cannot be interpreted as code. An attacker who can get a victim to click a crafted link can then run their own script in the victim's browser, with access to whatever that site can see.

## How the test worked

The team, led by Dr Fiona MacLeod, a computer scientist who studies web security, wrote an automated tool that visited each site's search page and submitted a harmless test string. The classic example, familiar to every web developer, is a query such as \`<script>alert(1)</script>\`, which on a vulnerable site causes a small pop-up box to appear.

In practice, the researchers used a less obvious marker that produced no visible effect, so as not to alarm anyone, and checked whether it came back in the page unescaped. Sites where it did were flagged for manual review.

### What they found

Of the roughly 840 sites that failed, most were search boxes or feedback forms built years ago and rarely updated. A smaller number were on content management systems whose vendors had fixed the problem in later releases that the sites had never installed. A handful involved login pages, which the researchers regarded as the most serious.

> "None of this is exotic. It is the web security equivalent of leaving the back door unlocked. The fixes have been in the textbooks for twenty years."

Dr MacLeod said the pattern reflected how public-sector websites are often built: by contractors on fixed budgets, then maintained by small teams with many other responsibilities.

### The fixes

Security specialists say the remedies are well established. Modern web frameworks escape user input by default, so that characters such as \`<\` and \`>\` are displayed as text rather than interpreted as markup. A browser feature called a content security policy can also block scripts that do not come from an approved source. The [guidance published by a web security foundation](https://example.org/web-security/xss-prevention) sets out both approaches.

## Disclosure

Before publishing, the team notified every affected organisation and waited ninety days. About two-thirds fixed the problem in that time. The researchers have withheld the names of sites that have not, and said they would share details only with national cyber security agencies.

The study has not yet been peer reviewed. It is due to be presented at a computer security conference next month.`,
  },
  {
    slug: 'student-satellite-listens-for-lightning',
    section: 'science',
    headline: 'A student-built satellite in Luleå listens for lightning from orbit',
    standfirst: 'The shoebox-sized spacecraft records the crackle of radio waves from thunderstorms, helping researchers study how lightning energy travels through the upper atmosphere.',
    dateline: 'Luleå',
    authors: ['jonas-lindqvist'],
    tags: ['Space', 'Weather'],
    publishedDaysAgo: 58,
    featuredImage: {
      motif: 'night',
      hue: 300,
      alt: 'An illustration of a night sky over dark hills, with faint violet streaks suggesting distant lightning',
      caption: 'Lightning produces bursts of radio waves that can be detected from space.',
      credit: 'Illustration: The Meridian Ledger',
    },
    body: `In a converted seminar room at the technical university in Luleå, in the far north of Sweden, a group of students gathers at ten past six every morning to talk to a spacecraft. It is roughly the size of a shoebox, it weighs a little under four kilograms, and they built it themselves.

The satellite, named Åska, the Swedish word for thunder, was launched seven months ago as a secondary payload on a commercial rocket. It circles the Earth about fifteen times a day, and on each pass it records very low frequency radio signals produced by lightning strikes thousands of kilometres below.

Those signals, known to radio enthusiasts as sferics and whistlers, are created when the electrical discharge of a lightning bolt radiates energy that can travel long distances through the upper atmosphere and along the Earth's magnetic field. Studying them helps researchers understand how that energy affects the radiation belts around the planet.

The project began as a master's course and has involved more than 60 students over four years. Much of the hardware uses standard components for small satellites, but the radio receiver and its antenna were designed in Luleå.

> "The first time we saw a whistler in our data, somebody actually shouted. You read about them in papers, and then there it is, from a thing we soldered."

Linnea Östberg, a doctoral student who leads the operations team, said the satellite had already returned more than 40,000 recordings.

Small satellites have become a common training ground for engineering students and, increasingly, a source of useful science. Their low cost means universities can fly instruments that would never justify a large mission, though their short lifetimes and limited power bring constraints.

The Luleå team compares its recordings with data from ground-based lightning detection networks, matching signals in space with strikes on the ground. Their supervisor, Professor Henrik Sandgren, said the combination could improve models of how lightning energy leaks into near-Earth space.

Åska is expected to remain in orbit for about three more years before atmospheric drag brings it down, where it will burn up harmlessly. The students are already designing its successor.`,
  },
  {
    slug: 'paper-strip-test-snakebite-venom',
    section: 'science',
    headline: 'Kenyan researchers test a paper strip that identifies snake venom in minutes',
    standfirst: 'Knowing which snake bit a patient lets doctors choose the right antivenom. A trial in western Kenya is testing whether a cheap strip can tell them.',
    dateline: 'Kisumu',
    authors: ['amani-wekesa', 'jonas-lindqvist'],
    tags: ['Public health', 'Kenya'],
    publishedDaysAgo: 27,
    featuredImage: {
      motif: 'fields',
      hue: 72,
      alt: 'An illustration of tall grass and scattered trees under a pale sky, in yellow-greens',
      caption: 'Most snakebites in western Kenya happen to people working in fields.',
      credit: 'Illustration: The Meridian Ledger',
    },
    body: `At a county hospital near Kisumu, on the shores of Lake Victoria, doctors are testing a strip of treated paper, about the length of a finger, that they hope will tell them within fifteen minutes which kind of snake has bitten a patient.

Snakebite is a serious and neglected health problem in much of rural Africa. Most victims are farmers, herders and children bitten while working or walking in fields. Estimates suggest that tens of thousands of people die each year from snakebite worldwide, and many more are left with lasting injuries.

Antivenoms work, but they are specific. A treatment made for the venom of a cobra will not help someone bitten by a viper. Patients often arrive at hospital without having seen the snake clearly, and doctors must guess based on symptoms, which can take hours to develop.

## How the strip works

The test, developed by a team at a Kenyan research institute with partners in Britain, works on the same principle as a home pregnancy test. A drop of blood or fluid from around the bite is placed on the strip, and antibodies embedded in the paper react to proteins from particular venom families. Coloured lines show which, if any, are present.

> "If we can tell a nurse in a small clinic whether this is a cobra bite or a viper bite, that nurse can start the right treatment instead of waiting for a referral."

Dr Beatrice Achieng, who leads the trial, said the strip was designed to be stored without refrigeration and to cost less than a dollar to produce at scale.

## The trial

The study aims to enrol about 400 patients across six hospitals in western and coastal Kenya over two years. Doctors will record the strip's result alongside their own clinical judgement and, where possible, the species of snake, identified from photographs or from the snake itself, which relatives sometimes bring in.

Early laboratory results, published last year, showed the strip correctly identified venom families in most cases. Real patients are harder: venom concentrations vary and samples can be contaminated.

Specialists in tropical medicine said a reliable rapid test would be valuable, but cautioned that it would only save lives if antivenom was actually available in the clinics where it was used, which is often not the case. The researchers say they are working with health officials on both problems at once.`,
  },
  {
    slug: 'pandas-tracked-by-stream-water-dna',
    section: 'science',
    headline: 'Scientists in Sichuan track pandas using the DNA they leave in streams',
    standfirst: 'Water samples from mountain streams reveal which animals passed by upstream. The method could make it cheaper to check whether wildlife corridors are working.',
    dateline: 'Chengdu',
    authors: ['zhou-anran', 'jonas-lindqvist'],
    tags: ['Biodiversity', 'China'],
    publishedDaysAgo: 49,
    body: `A litre of water from a mountain stream in Sichuan contains traces of nearly every large animal that has drunk from it, washed its paws in it or simply walked beside it in the past day or two. A team of ecologists in Chengdu is using that fact to find out whether giant pandas are moving between patches of forest that were deliberately reconnected a decade ago.

The technique, known as environmental DNA sampling, detects tiny fragments of genetic material shed by animals in skin cells, hair, saliva and droppings. By filtering stream water and sequencing what is caught, researchers can build a list of species present upstream without ever seeing them.

The Chengdu team collected more than 600 water samples over two years from streams running through a series of forest corridors planted to link isolated panda populations in the mountains west of the city.

## What they found

Panda DNA turned up in samples from about a third of the corridor streams, including several sites where camera traps had never recorded a panda. The researchers also detected takin, a large goat-antelope, golden snub-nosed monkeys and red pandas, along with a long list of smaller mammals and birds.

> "Cameras show you what walks in front of them. Water shows you what has been anywhere in the valley. The two methods together tell a much fuller story."

Dr Yang Xiaomei, the ecologist who led the project, said the results suggested that at least some of the corridors were being used, although water samples alone cannot distinguish one panda from another or show in which direction animals are moving.

## Limits and next steps

Environmental DNA has become a popular tool in ecology because it is cheaper and less labour-intensive than traditional surveys. But it has weaknesses. DNA breaks down at different rates depending on temperature and sunlight, and a positive result can come from an animal that died upstream or from droppings washed down by rain.

The team plans to combine water sampling with genetic analysis of droppings collected along the corridors, which can identify individual animals. That would allow them to show whether pandas from different populations are actually meeting and breeding, which is the point of the corridors in the first place.

China has created a large national park spanning much of the panda's remaining habitat. Conservation officials have said they want cheaper ways to monitor it, and the researchers hope their method will be adopted by park rangers.`,
  },
];
