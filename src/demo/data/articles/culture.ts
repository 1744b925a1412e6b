// Culture section of the demo publication, The Meridian Ledger. Fictional stories, original text.
// Cluster here: the Carrow Prize for translated fiction (three parts); plus standalone pieces.
import type { DemoArticle } from '../../demo-types.ts';

export const cultureArticles: DemoArticle[] = [
  {
    slug: 'carrow-prize-shortlist-announced',
    section: 'culture',
    headline: 'Carrow Prize shortlist spans six languages, from Polish to Icelandic',
    standfirst: 'Novels written in Łódź, São Paulo, Zürich, Beirut, Osaka and Reykjavík are in contention for the prize, which splits its money between author and translator.',
    dateline: 'London',
    authors: ['tomas-ferreira'],
    tags: ['Books', 'Translation', 'Carrow Prize'],
    publishedDaysAgo: 30,
    featuredImage: {
      motif: 'abstract',
      hue: 320,
      alt: 'An abstract illustration of six overlapping rectangles in magentas and plums, like book spines',
      caption: 'Six novels are on this year’s shortlist, chosen from 148 submissions.',
      credit: 'Illustration: The Meridian Ledger',
    },
    body: `The shortlist for this year's Carrow Prize for Translated Fiction was announced in London on Tuesday: six novels, translated from six languages, by writers living on four continents. For the first time in the prize's history, half of the shortlisted translators are making their debut.

The prize, now in its fourteenth year, is worth £40,000, divided equally between the author and the translator. It is open to novels and short story collections translated into English and published in Britain or Ireland in the previous twelve months. The judges considered 148 submissions.

## The six books

The shortlisted titles are:

- *The Salt Orchard* by Zofia Wąsowska, translated from the Polish by Daniel Pryce
- *Houses of Rain* by Ana Beatriz Cunha, translated from the Portuguese by Helen Marsh
- *The Clock of Small Hours* by Matthias Brügger, translated from the German by Sophie Allard
- *A Map of Borrowed Rooms* by Yasmine Khoury, translated from the Arabic by Thomas Greene
- *The Lighthouse Accountant* by Haruka Sonoda, translated from the Japanese by Peter Ellison
- *Quiet Machines* by Kristín Jónsdóttir, translated from the Icelandic by Ellen Harper

Wąsowska's novel, set among the abandoned cotton mills of Łódź, has been the best-selling of the six, helped by a warm reception from booksellers. Cunha's book, a multi-generational story about a family of builders in São Paulo, is the longest, at nearly 600 pages. Brügger, who lives in Zürich, is the only author to have been shortlisted before.

> "We kept returning to books that were doing something only fiction can do: letting you live for a while inside a mind that works differently from your own, in a language you will never speak."

That was the chair of judges, the novelist and critic Margaret Oduya, speaking at the announcement at a bookshop in Bloomsbury.

## A prize for translators

The Carrow was set up by a small foundation to draw attention to the work of literary translators, who are often left off book covers and out of reviews. Its rules require the translator's name to appear on the front cover of shortlisted editions, a condition several publishers have since adopted for all their translated titles.

Sales of translated fiction in Britain have grown steadily over the past decade, driven disproportionately by younger readers, according to industry figures. Publishers say prizes like the Carrow play a significant part in that growth.

The winner will be announced at a ceremony in London next month. The foundation publishes [extracts from all six books](https://example.org/carrow-prize/shortlist) on its website.`,
  },
  {
    slug: 'lodz-novelist-and-her-translator',
    section: 'culture',
    headline: 'In Łódź, a novelist and her translator walk the mills that made her book',
    standfirst: 'Zofia Wąsowska’s Carrow-shortlisted novel grew from her mother’s years on a loom. Daniel Pryce spent two winters learning the words for things that no longer exist.',
    dateline: 'Łódź',
    authors: ['tomas-ferreira'],
    tags: ['Books', 'Translation', 'Carrow Prize'],
    publishedDaysAgo: 15,
    featuredImage: {
      motif: 'city',
      hue: 12,
      alt: 'An illustration of long red-brick factory buildings with tall chimneys under a low grey sky',
      caption: 'The former cotton mills of Łódź, many now converted into flats, offices and museums.',
      credit: 'Illustration: The Meridian Ledger',
    },
    body: `Zofia Wąsowska stops in front of a red-brick wall on Piotrkowska Street's quieter southern end and puts her palm against it, as if checking for warmth. "My mother worked behind this wall for twenty-six years," she says. "Eight hours a day, then she came home and cooked, and then she read until midnight. That is where the book comes from. Not the mill. The reading after the mill."

Her novel, *The Salt Orchard*, follows three generations of women connected to a cotton mill in Łódź, from the last years before the Second World War to the closures of the 1990s. Published in Polish four years ago, it won a national prize and sold steadily. In English, in a translation by Daniel Pryce, it is now on the shortlist for the Carrow Prize for Translated Fiction.

Łódź was once one of the great textile cities of Europe, its population swollen by workers from across the region who came to operate the looms. Most of the mills closed after 1989. Some have been converted into shopping centres, lofts and museums; others stand empty.

## Words for lost things

Pryce, who grew up in Bristol and has lived in Poland for fifteen years, spent two winters working on the translation. The hardest part, he says, was not the dialogue but the machinery.

> "There is a whole vocabulary of weaving in the book, words for parts of the loom and for the faults in cloth, and half of it is gone from both languages. I spent a month with a retired mill engineer in Zgierz learning what things were before I could decide what to call them."

He kept some Polish words untranslated and added no glossary, a choice his editor questioned and the judges praised. "Readers can work it out from the way the characters use them," he says. "That is how I learned them."

## A city in the book

Wąsowska, now 58, worked as a schoolteacher for most of her life and began writing seriously only in her forties. She has not yet decided whether to attend the prize ceremony in London. "I do not like flying, and I do not like ceremonies," she says. "But my mother would have liked the dress."

Walking on, she points out a building where a café now occupies the former dye works, and another that has been empty since she was a girl. Łódź has changed a great deal in recent years, with new rail links and restored façades, but she says the novel is less about the city than about the women in it.

Readers in Britain, Pryce says, have responded to the book's humour as much as its history. "People expect a sad book about factories," he says. "Then they meet the grandmother."`,
  },
  {
    slug: 'carrow-prize-winner-houses-of-rain',
    section: 'culture',
    headline: 'Ana Beatriz Cunha’s “Houses of Rain” wins the Carrow Prize',
    standfirst: 'The São Paulo novelist and her translator, Helen Marsh, share the £40,000 award for a family saga told through the buildings one family put up and pulled down.',
    dateline: 'London',
    authors: ['tomas-ferreira'],
    tags: ['Books', 'Translation', 'Carrow Prize'],
    publishedDaysAgo: 3,
    updatedHoursLater: 1.5,
    seoDescription: 'Ana Beatriz Cunha and translator Helen Marsh win the Carrow Prize for Translated Fiction for Houses of Rain.',
    featuredImage: {
      motif: 'night',
      hue: 330,
      alt: 'An illustration of a lit stage at night seen from the back of a dark hall, in deep reds and pinks',
      caption: 'The prize was announced at a ceremony in London on Wednesday evening.',
      credit: 'Illustration: The Meridian Ledger',
    },
    body: `*Houses of Rain*, a sprawling novel by the Brazilian writer Ana Beatriz Cunha about four generations of a family of builders in São Paulo, has won this year's Carrow Prize for Translated Fiction. Cunha and her translator, Helen Marsh, will share the £40,000 award.

The result was announced on Wednesday evening at a ceremony in London. Many in the room had expected the prize to go to Zofia Wąsowska's *The Salt Orchard*, the best-selling book on the shortlist, and there was an audible intake of breath when the chair of judges, Margaret Oduya, read out the title.

## The judges' reasons

Oduya said the panel had been divided until the final meeting, and that the decision was "a choice between two extraordinary books, not against one". She praised Cunha's novel for its ambition and Marsh's translation for preserving the rhythms of Brazilian Portuguese speech without making the characters sound foreign to themselves.

> "Every house in this book is a character, and every character is a kind of house. It is a novel about how a city is built by people who never get to live in the best parts of it."

*Houses of Rain* follows the Albuquerque family from the arrival of a young bricklayer from the north-east of Brazil in the 1930s to his great-granddaughter, an architect, in the present day. Each section is organised around a building the family helped to construct, from a tenement to a modernist apartment tower.

## A translator's long road

Marsh, who lives in Lisbon and has translated more than a dozen books from Portuguese, said she had spent three years on the translation, including several months in São Paulo tracking down the slang of building sites in different decades. She thanked the independent publisher that took on a 600-page novel by an author unknown in Britain.

Cunha, speaking in Portuguese with Marsh interpreting, said she wanted to dedicate the prize to "the men and women who carried the bricks". She said she would use part of her share to fund a writing workshop for construction workers in São Paulo.

Wąsowska, who travelled to London despite a declared dislike of flying and ceremonies, was among the first to embrace the winner. Asked afterwards how she felt, she said she was "happy for the book, and for the grandmother in my book, who would have said the other woman deserved it".

Sales of *Houses of Rain* rose sharply overnight, according to its publisher, which has ordered a reprint.

*This article was updated with comments from Zofia Wąsowska after the ceremony.*`,
  },
  {
    slug: 'salt-and-iron-opera-comes-home',
    section: 'culture',
    headline: '“Salt & Iron”: a steel town’s opera comes home',
    standfirst: 'An opera about the last shift at a Yorkshire steelworks returns to the town that inspired it, with a chorus of eighty former workers and their families.',
    dateline: 'Halverton, South Yorkshire',
    authors: ['tomas-ferreira'],
    tags: ['Music', 'United Kingdom'],
    publishedDaysAgo: 24,
    featuredImage: {
      motif: 'night',
      hue: 16,
      alt: 'An illustration of an industrial skyline at night with orange glows behind dark chimneys',
      caption: 'The opera is staged in the town’s restored drill hall, a short walk from the site of the former works.',
      credit: 'Illustration: The Meridian Ledger',
    },
    body: `When *Salt & Iron* had its premiere at a national opera house in London last year, the critics were generous and the audience was polite. When it opened on Friday in the drill hall in Halverton, a few hundred metres from where the steelworks it describes once stood, the audience sang along.

The opera, by the composer Catriona Webb with a libretto by the poet Owen Pritchard, tells the story of the final night shift at a steelworks before its closure, through the eyes of a crane operator, her father, who worked the same furnace before her, and a young apprentice who has been at the works for three weeks.

For the Halverton run, the professional cast has been joined by a community chorus of eighty, most of them former steelworkers, their children and grandchildren. They rehearsed twice a week for five months.

## Music from the works

Webb spent a year visiting Halverton while writing the score, recording the sounds of the town and talking to people who had worked at the plant. Some of the opera's most striking passages are built from those recordings: the rhythm of a rolling mill, the warning siren, the chants of a brass band that used to march on the works' open day.

> "People kept telling me what the works sounded like. Not what it looked like. The noise was what they missed, and the silence after it was what they could not forgive."

The libretto, written in plain, heavily accented English, includes several lines taken directly from interviews with former workers, with their permission. Pritchard said he had tried to write "words people would actually say, sung by people who could actually say them".

## A different audience

Halverton's drill hall, built in the 1890s and restored with lottery funding, seats about 450. Tickets for the six performances sold out within a day, with most reserved for local residents at reduced prices.

Brenda Whitlock, 71, who worked in the steelworks' offices for nineteen years and sings in the chorus, said she had never been to an opera before rehearsals began.

> "I thought opera was people in posh frocks singing in Italian. Then they gave me a song about the canteen."

Arts funders have increasingly supported projects that take large-scale work to smaller towns. Critics of the approach say it can feel like a tour of former industrial places by metropolitan artists. In Halverton, at least on Friday night, the standing ovation lasted nearly ten minutes.`,
  },
  {
    slug: 'nairobi-phone-film-collective',
    section: 'culture',
    headline: 'A Nairobi film collective shoots features on phones, and festivals are taking notice',
    standfirst: 'With borrowed lights and a rotating cast of neighbours, a group from the city’s Eastlands has made three feature films for less than the cost of a used car.',
    dateline: 'Nairobi',
    authors: ['amani-wekesa', 'tomas-ferreira'],
    tags: ['Film', 'Kenya'],
    publishedDaysAgo: 34,
    featuredImage: {
      motif: 'city',
      hue: 72,
      alt: 'An illustration of a residential street at dusk, with strings of lights and silhouettes of people gathered',
      caption: 'The collective shoots most of its scenes on the streets around its members’ homes in Eastlands.',
      credit: 'Illustration: The Meridian Ledger',
    },
    body: `The set is a rooftop in Umoja, one of the dense residential estates that make up Nairobi's Eastlands. The camera is a mid-range smartphone mounted on a gimbal. The lighting is two LED panels borrowed from a wedding photographer and a string of bulbs someone has run from a neighbour's flat. The director, Kevin Njoroge, is 27, and this is his collective's fourth feature film.

The group, which calls itself Mtaa Pictures, after a Swahili word for neighbourhood, was founded five years ago by six friends who met at a community media workshop. None of them had formal film training. Their first feature, a thriller about a stolen motorbike, was shot over eleven weekends for about 150,000 shillings.

That film was posted on YouTube and found an audience. The second, a comedy about a wedding that goes wrong in every possible way, was picked up by a streaming service. The third, a quiet drama about a nurse working night shifts, was selected for competition at a film festival in Europe this autumn.

## Making a virtue of limits

Njoroge says the constraints of shooting on phones have shaped the collective's style: tight spaces, natural light, long takes and actors who are often neighbours playing versions of themselves.

> "We cannot afford to make a film that looks like Hollywood, so we do not try. We make films that look like where we live. It turns out that is what people wanted to see."

Wanjiku Mwangi, who plays the nurse in the third film, works as a nurse in real life. She said the script had been rewritten several times after she pointed out what a night shift actually involved.

## An industry finding its feet

Kenya's film industry has grown quickly in recent years, helped by streaming platforms looking for local content and by cheaper equipment. But financing remains scarce, and most filmmakers work other jobs. Industry groups have called for tax incentives and a national film fund with transparent rules.

Critics who saw the nurse drama at its European screening praised its intimacy and its refusal to explain Nairobi to foreign viewers. Several distributors have since been in touch.

Mtaa Pictures is now shooting a fourth film, about a group of teenagers trying to win a dance competition. The budget is larger this time, Njoroge says, but only slightly. "We can afford to buy our own lights," he says. "Well, one light."`,
  },
  {
    slug: 'sao-paulo-concrete-library-reopens',
    section: 'culture',
    headline: 'São Paulo’s great concrete library reopens, and its ramps are full again',
    standfirst: 'After a five-year restoration, a brutalist landmark in the centre of the city has reopened with its original open plan, new windows and the same long lines at the door.',
    dateline: 'São Paulo',
    authors: ['tomas-ferreira'],
    tags: ['Architecture', 'Cities'],
    publishedDaysAgo: 46,
    featuredImage: {
      motif: 'city',
      hue: 170,
      alt: 'An illustration of a massive angular concrete building among tall towers, in greys and teal',
      caption: 'The Biblioteca Pública Álvaro Serrano was completed in 1974.',
      credit: 'Illustration: The Meridian Ledger',
    },
    bodyImages: {
      ramps: {
        motif: 'abstract',
        hue: 160,
        alt: 'An abstract illustration of long diagonal grey bands crossing one another, suggesting ramps inside a building',
        caption: 'A series of long ramps connects the library’s five levels without a single staircase.',
        credit: 'Illustration: The Meridian Ledger',
      },
    },
    body: `On the morning the Biblioteca Pública Álvaro Serrano reopened, the queue stretched around the block, past a bakery and a row of parked motorbikes. Inside, people did what they had done before the building closed five years ago: they walked slowly up the ramps, stopped to look down into the central hall, and then found a table and stayed for the rest of the day.

The library, completed in 1974 in the Bela Vista district, is one of the most admired buildings of São Paulo's brutalist period, when a generation of architects used raw concrete to create large, open public spaces. Its architect, Helena Cordeiro Lins, designed it without internal walls between reading areas and without stairs, connecting its five levels by a sequence of long, gently sloping ramps.

By the time it closed for restoration, the building was in poor shape. Concrete was cracking, the roof leaked, and the air-conditioning had failed years earlier, leaving reading rooms stifling in summer.

![An abstract illustration of long diagonal grey bands crossing one another, suggesting ramps inside a building](demo:ramps "A series of long ramps connects the library’s five levels without a single staircase.")

## Restoring, not remodelling

The restoration, led by a local firm with a team of concrete specialists, set out to repair the building without changing its character. Damaged concrete was patched with mixes matched to the original texture. The original timber formwork marks, visible on many walls, were preserved. New glazing reduces heat while letting in as much light as the old.

> "The temptation with a building like this is to make it polite: add partitions, soften the concrete, put carpet everywhere. We tried to do the opposite. It was never meant to be polite."

That was Ricardo Takahashi, one of the restoration architects, whose family, like many in São Paulo, traces its roots to Japanese immigrants who arrived in the early twentieth century.

## A library for everyone

The library's collection has been modernised, with more digital services, a larger children's section and a programme of free courses. But its most popular feature remains the same: space. In a crowded city, it offers air-conditioned room to sit, read, study or simply rest, free of charge, until ten at night.

Architectural historians say the reopening is part of a wider reappreciation of Brazilian brutalism, which for years was dismissed as grim and unfriendly. Several other buildings from the period have been restored or listed for protection.

On the opening day, a retired schoolteacher named Dona Célia told a local reporter that she had first come to the library as a student in 1975. She went straight back to the same table on the third level. "It is exactly where I left it," she said.`,
  },
  {
    slug: 'peking-opera-troupes-short-video',
    section: 'culture',
    headline: 'Peking opera troupes find a new audience in one-minute videos',
    standfirst: 'Young performers are posting rehearsal clips, make-up tutorials and backstage jokes. Older masters worry about what gets lost; ticket sales suggest something is gained.',
    dateline: 'Beijing',
    authors: ['zhou-anran'],
    tags: ['Music', 'China'],
    publishedDaysAgo: 13,
    body: `Li Jiayi's most popular video is 58 seconds long. It shows her, in full make-up and headdress, performing a short passage from a classic Peking opera, then cuts abruptly to her in a tracksuit eating noodles backstage, the headdress still on. It has been viewed more than four million times.

Li, 24, is a performer with a state-funded Peking opera troupe in Beijing. Like many of her colleagues, she has started posting short videos on social media: rehearsal clips, explanations of gestures and costumes, make-up tutorials and the occasional comic sketch. Her account has more than 600,000 followers, most of them under 30.

Peking opera, a form combining singing, speech, acrobatics and highly stylised movement that took shape in the late eighteenth and nineteenth centuries, has long struggled to attract young audiences. Performances can last hours, the sung language can be hard to follow, and many of the stories are unfamiliar to people who grew up with cinema and online games.

## From screen to seat

Troupe managers say the videos are helping. Several have reported more young people at performances, and some have begun offering shorter programmes and subtitles aimed at first-time audiences.

> "Nobody falls in love with a three-hour performance on the first try. But they might fall in love with one minute, and then come to find the other hundred and seventy-nine."

Zhao Wenbin, who manages audience development for a Beijing theatre that stages traditional opera, said sales to buyers under 35 had roughly doubled in two years.

## Concerns about the craft

Not everyone is comfortable. Some senior performers worry that the demands of social media, for constant new content and quick laughs, could distract young artists from years of training that the form requires. Others are concerned about passages being cut and remixed until their meaning is lost.

Li says she understands the concern but that her teachers have mostly been supportive. She posts only in the evenings, after rehearsals, and says the comments she receives, often questions about what a gesture means or why a character wears a particular colour, have made her study the tradition more closely, not less.

Cultural authorities have encouraged traditional arts to use online platforms, and several troupes now employ staff to manage their accounts. Li says her next project is a series explaining the symbolism of opera make-up, one colour at a time. The first, on red, is already filmed.`,
  },
];
