// Newsroom vocabulary the assist relies on. Kept apart from the rules so a desk can see, in one
// place, which words make a figure a death toll or a verb an attribution.

/** Verbs and nouns that say what happened to the people counted; the key is the measure recorded. */
export const MEASURE_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/\b(killed|kill|kills|killing|dead|died|die|dies|deaths?|death toll|toll|lives|lost their lives|loss(?:es)? of|fatalit(?:y|ies)|massacred|slain|executed)\b/i, "killed"],
  [/\b(wounded|injured|injuries|hurt|maimed)\b/i, "wounded"],
  [/\b(displaced|forced from their homes|fled|flee|fleeing|uprooted|sought refuge|refugees?|homeless)\b/i, "displaced"],
  [/\b(arrested|detained|detainees|captured|imprisoned|abducted|kidnapped|missing)\b/i, "detained"],
  [/\b(in need|need aid|need assistance|besieged|under siege|trapped)\b/i, "in need"],
];

/** Heads of counted noun phrases, folded into the class compared across outlets. */
export const COUNTED_CLASSES: ReadonlyArray<[RegExp, string]> = [
  [/\b(children|child|kids|minors|boys|girls)\b/i, "children"],
  [/\b(soldiers?|troops?|personnel|servicem[ae]n|service members|officers?|marines?|military|advis[eo]rs?|trainers?|contractors?|majors?|colonels?|generals?)\b/i, "military"],
  [/\b(fighters?|militants?|rebels?|insurgents?|jihadists?|militiam[ae]n|combatants?|gunmen|guerrillas?)\b/i, "fighters"],
  [/\b(refugees?)\b/i, "people"],
  // Civilians are counted with people: outlets switch between the two for one toll.
  [/\b(people|persons?|residents?|inhabitants?|individuals?|victims?|lives|civilians?|syrians|iraqis|afghans|palestinians|yemenis|men|women|population|displaced|dead|wounded|injured)\b/i, "people"],
  [/\b(air ?strikes?|strikes?|raids?|sorties?|bombings?)\b/i, "strikes"],
  [/\b(rockets?|missiles?|shells?|bombs?|mortars?)\b/i, "munitions"],
  [/\b(ships?|vessels?|boats?)\b/i, "ships"],
  [/\b(jets?|planes?|aircraft|helicopters?|drones?)\b/i, "aircraft"],
  [/\b(tanks?|artillery|armou?red vehicles?)\b/i, "armour"],
  [/\b(towns?|villages?|cities|districts?|neighbou?rhoods?)\b/i, "places"],
  [/\b(cases?|patients?|infections?)\b/i, "cases"],
];

/** Countries, their capitals, seats of government and demonyms, folded into one key. */
export const COUNTRY_KEYS: ReadonlyArray<[RegExp, string]> = [
  [/\b(russia|russian|russians|moscow|kremlin)\b/i, "russia"],
  [/\b(?:United States|U\.S\.|US|USA|America|American|Americans|Washington|Pentagon|White House|State Department)\b/, "us"],
  [/\b(syria|syrian|syrians|damascus|assad regime|syrian government|regime)\b/i, "syria"],
  [/\b(turkey|turkish|ankara|türkiye)\b/i, "turkey"],
  [/\b(iran|iranian|iranians|tehran)\b/i, "iran"],
  [/\b(iraq|iraqi|baghdad)\b/i, "iraq"],
  [/\b(israel|israeli|jerusalem|tel aviv)\b/i, "israel"],
  [/\b(china|chinese|beijing)\b/i, "china"],
  [/\b(france|french|paris)\b/i, "france"],
  [/\b(?:Britain|British|UK|U\.K\.|United Kingdom|London)\b/, "uk"],
  [/\b(ukraine|ukrainian|kyiv|kiev)\b/i, "ukraine"],
  [/\b(?:United Nations|UN|U\.N\.|Security Council)\b|\bde Mistura\b/, "un"],
];

/** Country names that describe a whole national toll rather than a local one. */
export const NATIONAL_PLACES = new Set([
  "syria", "iraq", "russia", "turkey", "iran", "israel", "lebanon", "jordan", "yemen", "afghanistan", "ukraine", "the country", "the middle east", "europe",
]);

/** Reporting verbs: the speaker stands before ("X said") or after ("said X") them. */
export const REPORTING_VERBS =
  "said|says|told|tells|stated|added|adds|claimed|warned|warns|insisted|insists|reported|announced|confirmed|confirms|denied|denies|acknowledged|admitted|admits|declared|reiterated|estimated|argued|argues|wrote|accused|accuses|alleged|noted|stressed|explained|complained|documented|urged|suggested";

/** Words that make an actor phrase plausible as a speaker even without a capital letter. */
export const SPEAKER_HEADS =
  /\b(spokes(?:man|woman|person)|official|officials|ministry|minister|president|secretary|diplomat|envoy|monitor|observatory|group|agency|army|military|government|council|department|source|sources|analyst|analysts|expert|resident|witness|correspondent|representative|adviser|advisor|commander|officer|media|tv|office|ambassador|activists?|rebels|opposition|regime|authority|authorities|police|court|union|association|commission|institute|watchdog|charity|hospital|doctors|medics|ngo)\b/i;

export type EventClass = { name: string; positive: RegExp; negative: RegExp; label: [string, string] };

/**
 * Opposing verbs: two claims about the same actors with opposite sides of one class are
 * contradiction candidates ("vetoed" vs "proposed"). `label` names the two sides in reasons.
 */
export const EVENT_CLASSES: ReadonlyArray<EventClass> = [
  {
    name: "confirm",
    positive: /\b(confirm(?:ed|s)?|acknowledg(?:ed|es)|admit(?:ted|s)?|conceded)\b/i,
    negative: /\b(den(?:ied|ies|y|ial)|refut(?:ed|es)|dismiss(?:ed|es)|rejected (?:the )?(?:claims?|reports?|allegations?))\b/i,
    label: ["confirmed", "denied"],
  },
  {
    name: "block",
    positive: /\b(propos(?:ed|al|es)|support(?:ed|s)|back(?:ed|s)|approv(?:ed|es)|agree(?:d|s)|accept(?:ed|s)|call(?:ed|s) for|request(?:ed|s))\b/i,
    negative: /\b(veto(?:ed|es)?|block(?:ed|s)|rebuff(?:ed|s)|turn(?:ed|s) down|reject(?:ed|s)|refus(?:ed|es)|obstruct(?:ed|s)|abstain(?:ed|s))\b/i,
    label: ["proposed or backed", "vetoed or rebuffed"],
  },
  {
    name: "deploy",
    positive: /\b(ship(?:ped|s|ping) more|mov(?:ed|es|ing) (?:more|additional|materiel|(?:military )?equipment|artillery|troops|weapons)|reinforc(?:ed|ements?|es)|bolster(?:ed|s)?|deploy(?:ed|s)|send(?:s|ing)? (?:more|additional)|sent (?:more|additional)|repositioning|build-?up|scale up)\b/i,
    negative: /\b(withdr(?:ew|aw|awal|awing|awn)|pull(?:ed|s|ing)? out|draw(?:-| )?down|drew down|reduc(?:ed|e|tion)|scal(?:ed|e) back|returning home)\b/i,
    label: ["reinforced", "withdrew"],
  },
  {
    name: "attack",
    positive: /\b(struck|strikes? on|carried out (?:air )?strikes|bomb(?:ed|ing)|shell(?:ed|ing)|attack(?:ed|s)|launch(?:ed|es) (?:an? )?(?:attack|offensive|assault)|pounded|hit|wipe out|all-out (?:attack|offensive|assault)|go all the way)\b/i,
    negative: /\b(did not (?:strike|attack|bomb)|never (?:struck|attacked|bombed)|(?:will|would) not be an? (?:[\w-]+ )?(?:attack|offensive|assault)|no (?:[\w-]+ )?(?:attack|offensive|assault)|ceasefire|truce|halt(?:ed)? (?:air )?(?:strikes|attacks))\b/i,
    label: ["attacked", "held fire"],
  },
  {
    name: "talks",
    positive: /\b(resum(?:ed|e|es|ing) (?:the )?(?:peace )?talks|talks (?:resumed|began|opened|will resume)|convene[ds]?|held talks|launch(?:ed|es) (?:the )?talks)\b/i,
    negative: /\b(suspend(?:ed|s)? (?:the )?(?:first )?(?:peace )?talks|(?:a )?(?:[\w-]+ )?pause|postpon(?:ed|es|ement)|talks (?:collapsed|broke down|were suspended)|walked out|call(?:ed)? off)\b/i,
    label: ["resumed the talks", "paused or suspended the talks"],
  },
];

/** Verbs that make a sentence an event worth checking even without a figure. */
export const EVENT_VERBS =
  /\b(veto(?:ed|es)?|vetoes|rebuffed|block(?:ed)|withdr(?:ew|awal|awing)|pull(?:ed)? out|captured|recaptured|seized|retook|attack(?:ed)?|struck|strikes?|bomb(?:ed|ing)|shell(?:ed|ing)|launched|killed|died|denied|denial|confirmed|condemn(?:ed|s)|abstained|suspended|collapsed|agreed|shipped|deployed|reinforc\w*|evacuat\w*|besieged|encircled|invaded|declared|announced|violat\w*|accused|rejected|dropped|fired|shot down)\b/i;

/** Words after a number that mark it as the whole of something ("81 cases in all"). */
export const TOTAL_MARKERS = /\b(in all|in total|altogether|overall|total of|a total|combined|all told|cumulative)\b/i;
/** Words before a number that mark it as a part of a figure given nearby ("including 19 children"). */
export const PART_MARKERS = /\b(including|included|includes|among them|of whom|of which|out of|of them)\s*$/i;
/** A figure counted over a bounded window ("between January and March", "in that period"). */
export const WINDOW_MARKERS =
  /\b(between (?:late |early |mid-?)?(?:january|february|march|april|may|june|july|august|september|october|november|december)|from (?:late |early |mid-?)?(?:january|february|march|april|may|june|july|august|september|october|november|december)|in that period|in the same period|this year|last month|in (?:january|february|march|april|may|june|july|august|september|october|november|december)\b|since the start of the year|(?:first|second|third|last) quarter)\b/i;
/** A figure counted from a start onwards ("since September 2015", "since the war began"). */
export const SINCE_MARKERS = /\b(since (?:(?:january|february|march|april|may|june|july|august|september|october|november|december) )?(?:19|20)\d\d|since (?:its|the|[\p{Lu}][\p{L}]+(?:'s|’s)?) (?:military |armed )?(?:intervention|war|conflict|uprising|campaign|involvement|deployment|start of the war)|since the (?:war|conflict|uprising|siege|blockade|offensive|fighting|occupation|outbreak|epidemic) (?:began|started|erupted|was imposed|broke out))\b/iu;
/** A phrase that bounds a figure to one incident or a short recent window. */
export const INCIDENT_MARKERS =
  /\b(on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|overnight|this week|last week|early on|yesterday|today|in the latest|on (?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}|since (?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}|in (?:an?|the) (?:attack|strike|raid|bombing|blast|explosion|shelling)|(?:the|this|that) (?:operation|attack|strike|strikes|raid|assault|bombing|blast)|(?:an?|the) (?:air )?strikes? (?:on|in|at) )\b/i;
