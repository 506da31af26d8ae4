/**
 * Claimdesk's demo data set: a handful of short articles about a fictional war (Marenia, with its
 * ally Kastovia and the opposing Northern Compact), written for this project so that the demo shows
 * the conflicts editors meet in real coverage — the same casualty figure from two speakers, a toll
 * revised over days, a dispute over who blocked an inspection, hedged figures, layered attribution
 * and messy typography. Every place, person, ministry and outlet here is invented; domains use the
 * reserved ".example" TLD so no link can point at a real site.
 *
 * Pure data: no I/O. lib/demo/seed.ts writes it to the database.
 */
import type { ActorKind, ClaimKind, ClaimStatus, OutletKind, Qualifier, Role, SourceKind } from "@/lib/generated/prisma/enums";

/** Shared by every demo account; printed in the README and by `npm run db:seed`. */
export const DEMO_PASSWORD = "claimdesk-demo";

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
}

export const demoUsers = {
  admin: { email: "admin@claimdesk.test", name: "Ada Lindqvist", role: "ADMIN" },
  reviewer: { email: "reviewer@claimdesk.test", name: "Rafael Moreau", role: "REVIEWER" },
  editor: { email: "editor@claimdesk.test", name: "Edith Okonkwo", role: "EDITOR" },
  viewer: { email: "viewer@claimdesk.test", name: "Victor Hale", role: "VIEWER" },
} as const satisfies Record<string, DemoUser>;

export type DemoUserKey = keyof typeof demoUsers;

export interface DemoOutlet {
  name: string;
  domain: string;
  kind: OutletKind;
}

export const demoOutlets = {
  meridian: { name: "Meridian Wire", domain: "meridianwire.example", kind: "AGENCY" },
  ledger: { name: "The Harbour Ledger", domain: "harbourledger.example", kind: "NEWSPAPER" },
  notebook: { name: "Frontline Notebook", domain: "frontlinenotebook.example", kind: "BLOG" },
  kastovianMod: { name: "Kastovian Ministry of Defence", domain: "mod.kastovia.example", kind: "GOVERNMENT" },
  mocr: { name: "Marenian Observatory for Civilian Rights", domain: "mocr.example", kind: "NGO" },
} as const satisfies Record<string, DemoOutlet>;

export type DemoOutletKey = keyof typeof demoOutlets;

export interface DemoArticle {
  outlet: DemoOutletKey;
  title: string;
  url: string;
  author: string;
  /** ISO 8601. */
  publishedAt: string;
  language: string;
  /** Plain text, paragraphs separated by a blank line, typography kept exactly as "imported". */
  body: string;
}

const paragraphs = (...parts: string[]): string => parts.join("\n\n");

export const demoArticles = {
  // The agency's count of allied soldiers killed, against the ministry's much lower figure.
  meridianKastovianLosses: {
    outlet: "meridian",
    title: "Kastovia’s losses in Marenia far above official count, sources say",
    url: "https://meridianwire.example/world/2024/03/28/kastovia-losses-marenia",
    author: "Petra Vallin",
    publishedAt: "2024-03-28T14:20:00Z",
    language: "en",
    body: paragraphs(
      "TARSK, March 28 (Meridian Wire) — Kastovia has lost 21 servicemen in Marenia since the start of January, according to relatives, two regional officials and funeral notices reviewed by Meridian Wire, far more than the deaths its Defence Ministry has acknowledged.",
      "The ministry, which has said five soldiers died in the first three months of the year, did not answer written questions. Its spokesman, Colonel Ardo Vesk, told state television last week that “every loss is reported to the families first and to the public second.”",
      "Most of the deaths counted by Meridian Wire happened around the Selvan river crossings, where Kastovian artillery crews support Marenian government troops against the Selvan Liberation Front (SLF). The cousin of a gunner from the town of Brennau told Meridian Wire that his unit had lost six men in a single night in February.",
      "Two of the 21 were officers, the regional officials said, speaking on condition of anonymity because they were not authorised to discuss casualties. Since 2019 Kastovian law has treated military deaths abroad as a state secret unless the ministry chooses to publish them.",
      "Kastovia sent troops to Marenia in 2021 at the request of President Ivo Sandrel’s government. The war, now in its ninth year, has killed at least 250,000 people, according to the Marenian Observatory for Civilian Rights, a monitoring group whose staff work from exile.",
    ),
  },

  // The ministry's own statement: a government source publishing about itself.
  kastovianModStatement: {
    outlet: "kastovianMod",
    title: "Statement of the Press Service on reports of losses in Marenia",
    url: "https://mod.kastovia.example/press/2024/03/29/statement-losses-marenia",
    author: "Press Service of the Ministry of Defence",
    publishedAt: "2024-03-29T09:00:00Z",
    language: "en",
    body: paragraphs(
      "The Ministry of Defence of the Republic of Kastovia regards as deliberate disinformation the figures published on 28 March by a foreign news agency concerning losses among the Kastovian contingent in Marenia.",
      "Between 1 January and 28 March 2024, five Kastovian servicemen lost their lives in the performance of their duties in Marenia. Three died as a result of hostile fire and two in a road accident near Kellin. All five have been decorated posthumously, and their families have received every form of support provided by law.",
      "The figure of 21 cited by the agency is not supported by any document. The Ministry reminds media outlets that spreading unverified information about the armed forces causes distress to the families of those who serve.",
      "The Kastovian contingent continues to advise and support the Marenian armed forces at the request of the lawful government in Drevnica. Confirmed losses are published on the first working day of each quarter.",
      "Accredited journalists may send enquiries in writing to the Press Service. Requests by telephone will not be answered.",
    ),
  },

  // A blog reposting both sides, with page furniture (caption, READ ALSO, related posts) left in.
  notebookTwoNumbers: {
    outlet: "notebook",
    title: "Kastovia’s hidden toll: 21 or five?",
    url: "https://frontlinenotebook.example/2024/03/30/kastovia-hidden-toll",
    author: "Ruth Kessel",
    publishedAt: "2024-03-30T18:45:00Z",
    language: "en",
    body: paragraphs(
      "Photo: A Kastovian armoured column crosses the Selvan river near Brennau, February 2024. (Frontline Notebook/File)",
      "Two very different numbers are now circulating for Kastovian military deaths in Marenia this year. Below are the key passages from both sides, with our notes.",
      "Meridian Wire reported on Thursday that at least 21 Kastovian soldiers have been killed since January, citing relatives, regional officials and funeral notices. That is four times anything Tarsk has published.",
      "READ ALSO: Who is fighting whom along the Selvan river — a short guide",
      "The Kastovian Defence Ministry replied on Friday that “five Kastovian servicemen lost their lives” in the same period, and called the agency’s figure “deliberate disinformation.”",
      "Our note: the ministry counts deaths “in the performance of their duties”. Contractors and volunteers attached to Kastovian units are not on that list, which alone could explain much of the gap. Some 3,000 Kastovian personnel are believed to be in the country.",
      "Related Posts: Kellin after the strikes — what we know · The Selvan Liberation Front, explained",
    ),
  },

  // Day one of the market strike: a hedged figure, attributed twice over.
  meridianKellinStrike: {
    outlet: "meridian",
    title: "Strike on Kellin market kills at least 93, monitor says",
    url: "https://meridianwire.example/world/2024/05/09/kellin-market-strike",
    author: "Mira Lentz",
    publishedAt: "2024-05-09T16:05:00Z",
    language: "en",
    body: paragraphs(
      "KELLIN, Marenia, May 9 (Meridian Wire) — At least 93 people were killed when rockets hit the covered market in the government-held town of Kellin on Thursday morning, the Marenian Observatory for Civilian Rights said, citing sources on the ground.",
      "The Observatory, which relies on a network of informants across the country, said as many as 40 of the dead were children and that the toll would probably rise because dozens of people were still missing under the collapsed roof.",
      "Marenia’s Ministry of Health gave a provisional figure of 61 dead, a ministry official told Meridian Wire, adding that hospitals in Kellin and nearby Oskova had taken in about 200 wounded.",
      "The government blamed the Selvan Liberation Front. An SLF spokesman denied any involvement and said the blast was caused by an ammunition store inside the market — a claim Meridian Wire could not independently verify.",
      "Kellin lies 30 km south of the Selvan front line. The war has driven three million people from their homes inside Marenia, according to the Concord of Nations relief office.",
    ),
  },

  // Day two: the toll revised upwards, and two officials blaming each other for the inspection.
  ledgerKellinInspection: {
    outlet: "ledger",
    title: "Kellin toll passes 120 as allies trade blame over blocked inspection",
    url: "https://harbourledger.example/world/2024/05/10/kellin-toll-inspection-dispute",
    author: "Agnes Morrow",
    publishedAt: "2024-05-10T21:30:00Z",
    language: "en",
    body: paragraphs(
      "The death toll from Thursday’s strike on the market in Kellin rose to more than 120 on Friday, Marenian health officials said, making it the deadliest single attack on civilians in Marenia since 2019.",
      "At the Concord Council in Veldhaven the argument moved quickly from the toll to the question of who had kept international inspectors away from the site, where witnesses described a white, choking smoke.",
      "Marenia’s foreign minister, Tomas Vereczky, said Kastovia had offered to fly inspectors to Kellin “within forty-eight hours” and that the proposal “was rebuffed by the Compact states, who prefer headlines to evidence.”",
      "The Northern Compact’s envoy to the Council, Ambassador Liesl Haraldsen, said the opposite was true. “Kastovia vetoed a resolution this morning that would have sent inspectors to Kellin. That is the only reason nobody is there today,” she said.",
      "Council records show the draft received 11 votes in favour, with Kastovia voting against and three members abstaining.",
      "Aid agencies say 13.5\u00A0million Marenians — more than half the pre-war population — now need humanitarian assistance. More than 250,000 people have been killed since the war began in 2016.",
    ),
  },

  // Day four: the monitor's own, higher and more careful count.
  mocrKellinUpdate: {
    outlet: "mocr",
    title: "Kellin market attack: updated casualty report",
    url: "https://mocr.example/reports/2024/05/13/kellin-market-update",
    author: "MOCR Documentation Unit",
    publishedAt: "2024-05-13T08:00:00Z",
    language: "en",
    body: paragraphs(
      "The Marenian Observatory for Civilian Rights (MOCR) has now documented the deaths of nearly 150 people in the attack on Kellin’s covered market on 9\u00A0May 2024, up from at least 93 on the day itself. Among the dead are 44 children. Names have been confirmed for 131 of them.",
      "Witnesses interviewed by our team in Kellin and Oskova described hearing “four or five” explosions in quick succession shortly after 10:15, when the market is at its busiest. Fragments photographed at the scene are consistent with 122\u00A0mm rockets.",
      "About 300 people were wounded. Some 2,000 families who lived in the streets around the market have left the town, according to local volunteers.",
      "Our first figure, at least 93, relied on sources on the ground before rescue crews reached the collapsed hall. We revise figures as names are confirmed; we do not estimate.",
      "Since the war began in 2016, MOCR has documented 263,112 deaths. The true number is certainly higher.",
    ),
  },
} as const satisfies Record<string, DemoArticle>;

export type DemoArticleKey = keyof typeof demoArticles;

export interface DemoActor {
  /** Canonical name; stored as an alias too, so lookups by it go through the same path. */
  name: string;
  kind: ActorKind;
  /** Other spellings and forms met in the text. */
  aliases: readonly string[];
}

export const demoActors = [
  {
    name: "Kastovian Ministry of Defence",
    kind: "ORGANISATION",
    aliases: ["Kastovian Defence Ministry", "Kastovian Defense Ministry", "Ministry of Defence of the Republic of Kastovia", "Kastovian MoD"],
  },
  { name: "Ardo Vesk", kind: "PERSON", aliases: ["Colonel Ardo Vesk", "Col. Ardo Vesk"] },
  {
    name: "Marenian Observatory for Civilian Rights",
    kind: "ORGANISATION",
    aliases: ["MOCR", "Marenian Observatory", "Observatory for Civilian Rights in Marenia"],
  },
  { name: "Marenian Ministry of Health", kind: "ORGANISATION", aliases: ["Marenia’s Ministry of Health", "Marenian health officials"] },
  // The same minister, transliterated differently by different outlets.
  { name: "Tomas Vereczky", kind: "PERSON", aliases: ["Tomasz Vereczki", "Tomas Vereczki", "T. Vereczky"] },
  { name: "Liesl Haraldsen", kind: "PERSON", aliases: ["Ambassador Liesl Haraldsen", "Lisl Haraldsen"] },
  { name: "Selvan Liberation Front", kind: "ORGANISATION", aliases: ["SLF", "Selvan Liberation Front (SLF)"] },
  { name: "Meridian Wire", kind: "ORGANISATION", aliases: ["Meridian", "Meridian Wire news agency"] },
  { name: "Concord of Nations relief office", kind: "ORGANISATION", aliases: ["Concord relief office", "CN relief office"] },
  { name: "Frontline Notebook", kind: "ORGANISATION", aliases: [] },
  { name: "The Harbour Ledger", kind: "ORGANISATION", aliases: ["Harbour Ledger"] },
] as const satisfies readonly DemoActor[];

export type DemoActorName = (typeof demoActors)[number]["name"];

/** Subjects shared by several claims; the comparison page groups by these. */
export const DEMO_SUBJECTS = {
  kastovianDeaths: "Kastovian military deaths in Marenia, Jan–Mar 2024",
  kellinDeaths: "People killed in the Kellin market strike, 9 May 2024",
  kellinChildren: "Children killed in the Kellin market strike, 9 May 2024",
  kellinExplosions: "Explosions heard in the Kellin market strike, 9 May 2024",
  kellinCause: "Cause of the Kellin market blast, 9 May 2024",
  kellinInspection: "Who blocked an inspection of the Kellin market site, May 2024",
  warDeaths: "People killed in the Marenian war since 2016",
  displaced: "People displaced inside Marenia",
  aidNeeds: "Marenians in need of humanitarian assistance, May 2024",
} as const;

export interface DemoClaim {
  article: DemoArticleKey;
  /** Exact substring of the article body. */
  quote: string;
  /** Which appearance of `quote` is meant, 1-based; defaults to the first. */
  occurrence?: number;
  kind: ClaimKind;
  subject: string;
  speaker?: DemoActorName;
  value?: number;
  valueMax?: number;
  qualifier?: Qualifier;
  unit?: string;
  /** ISO 8601: when the thing the claim is about happened. */
  occurredAt?: string;
  place?: string;
  note?: string;
  status: ClaimStatus;
  /** Required for verdict statuses (VERIFIED, FALSE, MISLEADING, UNVERIFIABLE). */
  verdictRationale?: string;
  /** Who gave the verdict; never the claim's creator (the two-person rule). */
  reviewedBy?: DemoUserKey;
  createdBy: DemoUserKey;
  /** Evidence, attached by the claim's editor before review; verified, false and misleading need one. */
  sources?: DemoSource[];
  /** Whether the verdict has its public fact-check page. */
  published?: boolean;
}

export interface DemoSource {
  url: string;
  title: string;
  publisher: string;
  kind: SourceKind;
  accessedAt: string;
}

export const demoClaims = {
  meridian21: {
    article: "meridianKastovianLosses",
    quote: "Kastovia has lost 21 servicemen in Marenia since the start of January",
    kind: "QUANTITY",
    subject: DEMO_SUBJECTS.kastovianDeaths,
    speaker: "Meridian Wire",
    value: 21,
    qualifier: "EXACT",
    unit: "servicemen killed",
    place: "Marenia",
    note: "Agency count from relatives, two anonymous regional officials and funeral notices.",
    status: "DRAFT",
    createdBy: "editor",
  },
  meridianMinistryFive: {
    article: "meridianKastovianLosses",
    quote: "five soldiers died in the first three months of the year",
    kind: "QUANTITY",
    subject: DEMO_SUBJECTS.kastovianDeaths,
    speaker: "Kastovian Ministry of Defence",
    value: 5,
    qualifier: "EXACT",
    unit: "servicemen killed",
    place: "Marenia",
    status: "DRAFT",
    createdBy: "editor",
  },
  meridianVeskQuote: {
    article: "meridianKastovianLosses",
    quote: "“every loss is reported to the families first and to the public second.”",
    kind: "QUOTE",
    subject: DEMO_SUBJECTS.kastovianDeaths,
    speaker: "Ardo Vesk",
    status: "DRAFT",
    createdBy: "reviewer",
  },
  meridianWarToll: {
    article: "meridianKastovianLosses",
    quote: "at least 250,000 people",
    kind: "QUANTITY",
    subject: DEMO_SUBJECTS.warDeaths,
    speaker: "Marenian Observatory for Civilian Rights",
    value: 250000,
    qualifier: "AT_LEAST",
    unit: "people killed",
    place: "Marenia",
    status: "DRAFT",
    createdBy: "editor",
  },
  ministryFive: {
    article: "kastovianModStatement",
    quote: "five Kastovian servicemen lost their lives in the performance of their duties in Marenia",
    kind: "QUANTITY",
    subject: DEMO_SUBJECTS.kastovianDeaths,
    speaker: "Kastovian Ministry of Defence",
    value: 5,
    qualifier: "EXACT",
    unit: "servicemen killed",
    place: "Marenia",
    status: "DRAFT",
    createdBy: "editor",
  },
  notebook21: {
    article: "notebookTwoNumbers",
    quote: "at least 21 Kastovian soldiers have been killed since January",
    kind: "QUANTITY",
    subject: DEMO_SUBJECTS.kastovianDeaths,
    speaker: "Meridian Wire",
    value: 21,
    qualifier: "AT_LEAST",
    unit: "servicemen killed",
    place: "Marenia",
    note: "The blog adds “at least”, which the agency's own copy does not say.",
    status: "DRAFT",
    createdBy: "editor",
  },
  notebookMinistryFive: {
    article: "notebookTwoNumbers",
    quote: "“five Kastovian servicemen lost their lives”",
    kind: "QUANTITY",
    subject: DEMO_SUBJECTS.kastovianDeaths,
    speaker: "Kastovian Ministry of Defence",
    value: 5,
    qualifier: "EXACT",
    unit: "servicemen killed",
    place: "Marenia",
    status: "DRAFT",
    createdBy: "editor",
  },
  meridianKellin93: {
    article: "meridianKellinStrike",
    quote: "At least 93 people were killed",
    kind: "QUANTITY",
    subject: DEMO_SUBJECTS.kellinDeaths,
    speaker: "Marenian Observatory for Civilian Rights",
    value: 93,
    qualifier: "AT_LEAST",
    unit: "people killed",
    occurredAt: "2024-05-09T07:15:00Z",
    place: "Kellin, Marenia",
    note: "Attributed to the monitor, which in turn cites sources on the ground.",
    status: "DRAFT",
    createdBy: "editor",
  },
  meridianKellinChildren: {
    article: "meridianKellinStrike",
    quote: "as many as 40 of the dead were children",
    kind: "QUANTITY",
    subject: DEMO_SUBJECTS.kellinChildren,
    speaker: "Marenian Observatory for Civilian Rights",
    value: 40,
    qualifier: "AS_MANY_AS",
    unit: "children killed",
    occurredAt: "2024-05-09T07:15:00Z",
    place: "Kellin, Marenia",
    status: "DRAFT",
    createdBy: "editor",
  },
  meridianKellinHealth61: {
    article: "meridianKellinStrike",
    quote: "a provisional figure of 61 dead",
    kind: "QUANTITY",
    subject: DEMO_SUBJECTS.kellinDeaths,
    speaker: "Marenian Ministry of Health",
    value: 61,
    qualifier: "EXACT",
    unit: "people killed",
    occurredAt: "2024-05-09T07:15:00Z",
    place: "Kellin, Marenia",
    status: "DRAFT",
    createdBy: "reviewer",
  },
  meridianKellinCause: {
    article: "meridianKellinStrike",
    quote: "the blast was caused by an ammunition store inside the market",
    kind: "EVENT",
    subject: DEMO_SUBJECTS.kellinCause,
    speaker: "Selvan Liberation Front",
    occurredAt: "2024-05-09T07:15:00Z",
    place: "Kellin, Marenia",
    status: "DRAFT",
    createdBy: "editor",
  },
  meridianDisplaced: {
    article: "meridianKellinStrike",
    quote: "three million people",
    kind: "QUANTITY",
    subject: DEMO_SUBJECTS.displaced,
    speaker: "Concord of Nations relief office",
    value: 3_000_000,
    qualifier: "EXACT",
    unit: "people displaced",
    place: "Marenia",
    status: "DRAFT",
    createdBy: "editor",
  },
  ledgerKellin120: {
    article: "ledgerKellinInspection",
    quote: "rose to more than 120 on Friday",
    kind: "QUANTITY",
    subject: DEMO_SUBJECTS.kellinDeaths,
    speaker: "Marenian Ministry of Health",
    value: 120,
    qualifier: "MORE_THAN",
    unit: "people killed",
    occurredAt: "2024-05-09T07:15:00Z",
    place: "Kellin, Marenia",
    status: "DRAFT",
    createdBy: "editor",
  },
  ledgerProposalRebuffed: {
    article: "ledgerKellinInspection",
    quote: "the proposal “was rebuffed by the Compact states, who prefer headlines to evidence.”",
    kind: "ATTRIBUTION",
    subject: DEMO_SUBJECTS.kellinInspection,
    speaker: "Tomas Vereczky",
    place: "Concord Council, Veldhaven",
    note: "Refers to a Kastovian offer to fly inspectors in “within forty-eight hours”; no record of the offer found yet.",
    status: "IN_REVIEW",
    createdBy: "editor",
  },
  ledgerKastoviaVetoed: {
    article: "ledgerKellinInspection",
    quote: "Kastovia vetoed a resolution this morning that would have sent inspectors to Kellin",
    kind: "ATTRIBUTION",
    subject: DEMO_SUBJECTS.kellinInspection,
    speaker: "Liesl Haraldsen",
    occurredAt: "2024-05-10T09:00:00Z",
    place: "Concord Council, Veldhaven",
    status: "VERIFIED",
    verdictRationale:
      "The Concord Council's published voting record for 10 May 2024 shows the inspection draft failing with 11 in favour, 3 abstentions and Kastovia, a permanent member, voting against; the same article reports those numbers.",
    reviewedBy: "reviewer",
    createdBy: "editor",
    sources: [
      {
        url: "https://concord-council.example/records/2024-05-10/votes",
        title: "Voting record, 10 May 2024: draft resolution on an inspection of the Kellin market site",
        publisher: "Concord Council secretariat",
        kind: "PRIMARY",
        accessedAt: "2024-05-11",
      },
    ],
    published: true,
  },
  ledgerAidNeeds: {
    article: "ledgerKellinInspection",
    quote: "13.5\u00A0million Marenians",
    kind: "QUANTITY",
    subject: DEMO_SUBJECTS.aidNeeds,
    value: 13_500_000,
    qualifier: "EXACT",
    unit: "people in need of aid",
    place: "Marenia",
    note: "Attributed only to “aid agencies”.",
    status: "DRAFT",
    createdBy: "editor",
  },
  ledgerWarToll: {
    article: "ledgerKellinInspection",
    quote: "More than 250,000 people have been killed since the war began in 2016",
    kind: "QUANTITY",
    subject: DEMO_SUBJECTS.warDeaths,
    value: 250000,
    qualifier: "MORE_THAN",
    unit: "people killed",
    place: "Marenia",
    status: "DRAFT",
    createdBy: "editor",
  },
  mocrKellin150: {
    article: "mocrKellinUpdate",
    quote: "nearly 150 people",
    kind: "QUANTITY",
    subject: DEMO_SUBJECTS.kellinDeaths,
    speaker: "Marenian Observatory for Civilian Rights",
    value: 150,
    qualifier: "NEARLY",
    unit: "people killed",
    occurredAt: "2024-05-09T07:15:00Z",
    place: "Kellin, Marenia",
    status: "DRAFT",
    createdBy: "editor",
  },
  mocrKellinChildren: {
    article: "mocrKellinUpdate",
    quote: "44 children",
    kind: "QUANTITY",
    subject: DEMO_SUBJECTS.kellinChildren,
    speaker: "Marenian Observatory for Civilian Rights",
    value: 44,
    qualifier: "EXACT",
    unit: "children killed",
    occurredAt: "2024-05-09T07:15:00Z",
    place: "Kellin, Marenia",
    status: "DRAFT",
    createdBy: "editor",
  },
  mocrExplosions: {
    article: "mocrKellinUpdate",
    quote: "four or five",
    kind: "QUANTITY",
    subject: DEMO_SUBJECTS.kellinExplosions,
    value: 4,
    valueMax: 5,
    qualifier: "RANGE",
    unit: "explosions",
    occurredAt: "2024-05-09T07:15:00Z",
    place: "Kellin, Marenia",
    note: "Witnesses, as reported by the monitor.",
    status: "DRAFT",
    createdBy: "reviewer",
  },
  // The update mentions its first figure twice; the second mention is the one that explains what
  // the figure rested on, so that is where the claim is anchored.
  mocrEarlier93: {
    article: "mocrKellinUpdate",
    quote: "at least 93",
    occurrence: 2,
    kind: "QUANTITY",
    subject: DEMO_SUBJECTS.kellinDeaths,
    speaker: "Marenian Observatory for Civilian Rights",
    value: 93,
    qualifier: "AT_LEAST",
    unit: "people killed",
    occurredAt: "2024-05-09T07:15:00Z",
    place: "Kellin, Marenia",
    status: "DRAFT",
    createdBy: "editor",
  },
  mocrWarToll: {
    article: "mocrKellinUpdate",
    quote: "MOCR has documented 263,112 deaths",
    kind: "QUANTITY",
    subject: DEMO_SUBJECTS.warDeaths,
    speaker: "Marenian Observatory for Civilian Rights",
    value: 263112,
    qualifier: "EXACT",
    unit: "people killed",
    place: "Marenia",
    status: "DRAFT",
    createdBy: "editor",
  },
} as const satisfies Record<string, DemoClaim>;

export type DemoClaimKey = keyof typeof demoClaims;

export interface DemoLink {
  /** For UPDATES: the later claim, which supersedes `to`. */
  from: DemoClaimKey;
  to: DemoClaimKey;
  kind: "CONTRADICTS" | "SUPPORTS" | "DUPLICATE" | "UPDATES";
  note?: string;
  createdBy: DemoUserKey;
}

export const demoLinks: readonly DemoLink[] = [
  {
    from: "meridian21",
    to: "ministryFive",
    kind: "CONTRADICTS",
    note: "Agency count of 21 against the ministry's five for the same period.",
    createdBy: "editor",
  },
  {
    from: "meridianKellinHealth61",
    to: "meridianKellin93",
    kind: "CONTRADICTS",
    note: "Health ministry and monitor gave different first-day figures in the same report.",
    createdBy: "reviewer",
  },
  {
    from: "ledgerProposalRebuffed",
    to: "ledgerKastoviaVetoed",
    kind: "CONTRADICTS",
    note: "Each side blames the other for the missing inspection.",
    createdBy: "editor",
  },
  {
    from: "notebookMinistryFive",
    to: "ministryFive",
    kind: "DUPLICATE",
    note: "The blog quotes the ministry statement word for word.",
    createdBy: "editor",
  },
  {
    from: "notebook21",
    to: "meridian21",
    kind: "SUPPORTS",
    note: "Repost of the agency figure, with an added “at least”.",
    createdBy: "editor",
  },
  { from: "ledgerKellin120", to: "meridianKellin93", kind: "UPDATES", createdBy: "editor" },
  { from: "mocrKellin150", to: "ledgerKellin120", kind: "UPDATES", createdBy: "editor" },
  { from: "mocrKellinChildren", to: "meridianKellinChildren", kind: "UPDATES", createdBy: "reviewer" },
  {
    from: "mocrEarlier93",
    to: "meridianKellin93",
    kind: "DUPLICATE",
    note: "The monitor restates the first-day figure the agency attributed to it.",
    createdBy: "editor",
  },
];
