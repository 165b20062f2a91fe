//! Word lists: speech verbs, titles, roles, pronouns, function words. Pure look-ups on
//! lower-case words so every detector agrees on what counts as a cue.

/// Verbs that introduce reported speech or a finding (inflected forms included).
pub fn is_speech_verb(w: &str) -> bool {
    matches!(
        w,
        "said" | "says" | "say" | "saying" | "told" | "tells" | "tell" | "telling"
            | "added" | "adds" | "claimed" | "claims" | "claim" | "claiming"
            | "argued" | "argues" | "argue" | "warned" | "warns" | "warn"
            | "stated" | "states" | "insisted" | "insists" | "reported" | "reports"
            | "announced" | "announces" | "pledged" | "pledges" | "promised" | "promises"
            | "explained" | "explains" | "noted" | "notes" | "acknowledged" | "acknowledges"
            | "admitted" | "admits" | "confirmed" | "confirms" | "denied" | "denies"
            | "wrote" | "writes" | "tweeted" | "tweets" | "posted" | "testified"
            | "maintained" | "maintains" | "contended" | "contends" | "asserted" | "asserts"
            | "alleged" | "alleges" | "declared" | "declares" | "cautioned" | "cautions"
            | "complained" | "complains" | "recalled" | "recalls" | "stressed" | "stresses"
            | "emphasized" | "emphasised" | "emphasizes" | "emphasises" | "asked" | "asks"
            | "replied" | "replies" | "responded" | "responds" | "continued" | "continues"
            | "predicted" | "predicts" | "boasted" | "boasts" | "vowed" | "vows"
            | "threatened" | "threatens" | "conceded" | "concedes" | "observed" | "remarked"
            | "quipped" | "joked" | "shouted" | "yelled" | "declared," | "mused" | "agreed"
            | "agrees" | "suggested" | "suggests" | "believes" | "believed" | "thinks"
            | "thought" | "predicted," | "estimated" | "estimates" | "concluded" | "concludes"
            | "found" | "finds" | "showed" | "shows" | "show" | "revealed" | "reveals"
            | "indicated" | "indicates" | "disclosed" | "speculated" | "charged" | "countered"
            | "retorted" | "exclaimed" | "whispered" | "reiterated" | "reiterates" | "urged"
            | "accused" | "described" | "called" | "branded" | "dubbed" | "labelled" | "labeled"
            | "quoted" | "wondered" | "demanded" | "recounted" | "pointed" | "hinted"
            | "texted" | "emailed" | "stated," | "acknowledged," | "read" | "reads"
    )
}

/// Speech verbs that may tag a direct quotation ("…," she said). Broader than the
/// attribution cues: "urged", "called" and the like tag a quote but attribute no content.
pub fn is_quote_tag_verb(w: &str) -> bool {
    is_speech_verb(w)
}

/// Cues that attribute reported (non-quoted) content to a source. Excludes verbs that
/// attribute no content ("urged", "accused", "cited", "called").
pub fn is_attribution_cue(w: &str) -> bool {
    matches!(
        w,
        "said" | "says" | "say" | "told" | "tells" | "added" | "adds" | "claimed" | "claims"
            | "claim" | "argued" | "argues" | "argue" | "warned" | "warns" | "stated"
            | "insisted" | "insists" | "reported" | "reports" | "announced" | "announces"
            | "pledged" | "promised" | "explained" | "noted" | "acknowledged" | "admitted"
            | "confirmed" | "denied" | "maintained" | "maintains" | "contended" | "asserted"
            | "alleged" | "alleges" | "declared" | "cautioned" | "stressed" | "predicted"
            | "suggested" | "suggests" | "suggest" | "concluded" | "found" | "finds" | "showed"
            | "shows" | "show" | "revealed" | "reveals" | "indicated" | "indicates"
            | "estimated" | "estimates" | "believe" | "believes" | "reckons" | "testified"
            | "wrote" | "writes" | "tweeted" | "saying" | "telling" | "agreed" | "emphasised"
            | "emphasized" | "reiterated" | "conceded" | "vowed" | "insisting" | "arguing"
    )
}

/// Words that may sit between a subject and its speech verb ("has repeatedly said").
pub fn is_aux_or_adverb(w: &str) -> bool {
    matches!(
        w,
        "has" | "have" | "had" | "also" | "repeatedly" | "later" | "earlier" | "previously"
            | "often" | "again" | "once" | "already" | "then" | "been" | "now" | "publicly"
            | "privately" | "separately" | "recently" | "reportedly" | "flatly" | "firmly"
            | "would" | "will" | "did" | "does" | "do" | "not" | "never" | "long" | "frequently"
            | "just" | "still" | "further" | "consistently" | "openly" | "specifically"
            | "told"
    )
}

/// Titles and honorifics that precede a personal name and are not part of it.
pub fn is_title(w: &str) -> bool {
    matches!(
        w,
        "president" | "prime" | "minister" | "chancellor" | "secretary" | "senator" | "sen"
            | "sen." | "rep" | "rep." | "gov" | "gov." | "governor" | "general" | "gen" | "gen."
            | "brigadier" | "colonel" | "col" | "col." | "lieutenant" | "lt" | "lt." | "major"
            | "captain" | "capt" | "capt." | "admiral" | "ambassador" | "judge" | "justice"
            | "mayor" | "king" | "queen" | "prince" | "princess" | "sheikh" | "ayatollah"
            | "supreme" | "leader" | "chairman" | "chairwoman" | "chair" | "chief" | "director"
            | "commissioner" | "speaker" | "dr" | "dr." | "mr" | "mr." | "mrs" | "mrs." | "ms"
            | "ms." | "miss" | "sir" | "lord" | "lady" | "pope" | "rev" | "rev." | "reverend"
            | "vice" | "deputy" | "attorney" | "state" | "foreign" | "defence" | "defense"
            | "interior" | "home" | "finance" | "former" | "premier" | "sergeant" | "sgt"
            | "congressman" | "congresswoman" | "councillor" | "councilman" | "officer"
            | "inspector" | "superintendent" | "constable" | "detective" | "professor" | "prof"
            | "prof." | "emir" | "crown" | "archbishop" | "bishop" | "cardinal" | "rabbi"
            | "imam" | "mp" | "mep" | "ceo" | "founder" | "executive" | "spokesman"
            | "spokeswoman" | "spokesperson" | "candidate" | "nominee" | "envoy" | "adviser"
            | "advisor" | "aide" | "coordinator" | "head" | "dame" | "baroness" | "baron"
            | "representative" | "delegate" | "chairperson" | "strategist" | "manager"
    )
}

/// Nouns naming a role a person can be referred back to by ("the minister said").
pub fn is_role_noun(w: &str) -> bool {
    is_title(w)
        || matches!(
            w,
            "official" | "officials" | "mp" | "spokesman" | "spokeswoman" | "minister" | "source"
                | "sources" | "analyst" | "analysts" | "expert" | "experts" | "lawmaker"
                | "lawmakers" | "politician" | "diplomat" | "diplomats" | "adviser" | "aide"
                | "campaign" | "businessman" | "businesswoman" | "billionaire" | "woman" | "man"
                | "leader" | "leaders" | "nominee" | "candidate" | "frontrunner" | "front-runner"
                | "democrat" | "republican" | "senator" | "governor" | "president" | "congressman"
                | "author" | "economist" | "researcher" | "professor" | "lawyer" | "attorney"
                | "witness" | "resident" | "residents" | "worker" | "workers" | "officer"
                | "officers" | "commander" | "police" | "statement" | "report" | "agency"
                | "group" | "ministry" | "government" | "white" | "pollster" | "voter" | "voters"
                | "supporters" | "supporter" | "critics" | "critic" | "activist" | "activists"
                | "organizer" | "surrogate" | "surrogates" | "chairman" | "secretary" | "mogul"
                | "veteran" | "strategist" | "operative" | "member" | "members" | "counsel"
        )
}

/// Personal pronouns that can stand for a speaker.
pub fn pronoun_gender(w: &str) -> Option<Gender> {
    match w {
        "he" | "him" | "his" => Some(Gender::Male),
        "she" | "her" | "hers" => Some(Gender::Female),
        _ => None,
    }
}

/// A person's grammatical gender, as far as the text reveals it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

impl Gender {
    pub fn compatible(self, other: Gender) -> bool {
        self == Gender::Unknown || other == Gender::Unknown || self == other
    }
}

/// Honorifics that reveal gender.
pub fn honorific_gender(w: &str) -> Option<Gender> {
    match w {
        "mr" | "mr." | "sir" | "lord" | "king" | "prince" | "congressman" | "spokesman"
        | "chairman" | "baron" | "businessman" => Some(Gender::Male),
        "mrs" | "mrs." | "ms" | "ms." | "miss" | "lady" | "queen" | "princess" | "dame"
        | "congresswoman" | "spokeswoman" | "chairwoman" | "baroness" | "businesswoman" => {
            Some(Gender::Female)
        }
        _ => None,
    }
}

/// Function words that never start or belong to a name even when capitalised at the start
/// of a sentence.
pub fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "and" | "or" | "but" | "if" | "in" | "on" | "at" | "of" | "to"
            | "for" | "from" | "by" | "with" | "as" | "that" | "this" | "these" | "those"
            | "it" | "its" | "he" | "she" | "they" | "we" | "i" | "you" | "his" | "her"
            | "their" | "our" | "my" | "your" | "there" | "here" | "when" | "while" | "after"
            | "before" | "since" | "because" | "although" | "though" | "so" | "yet" | "not"
            | "no" | "is" | "was" | "are" | "were" | "be" | "been" | "has" | "have" | "had"
            | "will" | "would" | "can" | "could" | "should" | "may" | "might" | "must" | "do"
            | "does" | "did" | "who" | "what" | "which" | "where" | "why" | "how" | "all"
            | "some" | "many" | "most" | "more" | "much" | "any" | "each" | "every" | "both"
            | "either" | "neither" | "one" | "other" | "another" | "such" | "than" | "then"
            | "also" | "only" | "just" | "even" | "still" | "already" | "now" | "later"
            | "earlier" | "last" | "next" | "during" | "into" | "over" | "under" | "about"
            | "against" | "between" | "through" | "without" | "within" | "among" | "per"
            | "via" | "like" | "unlike" | "despite" | "instead" | "however" | "meanwhile"
            | "according" | "said" | "says" | "him" | "them" | "us" | "me" | "up" | "out"
            | "off" | "down" | "upon" | "onto" | "toward" | "towards" | "until" | "whether"
            | "whose" | "whom" | "whatever" | "whoever"
    )
}

/// Month names and their common abbreviations (dates are not figures).
pub fn is_month(w: &str) -> bool {
    matches!(
        w,
        "january" | "february" | "march" | "april" | "may" | "june" | "july" | "august"
            | "september" | "october" | "november" | "december" | "jan" | "feb" | "mar"
            | "apr" | "jun" | "jul" | "aug" | "sep" | "sept" | "oct" | "nov" | "dec"
    )
}

/// Weekday names (they open many news sentences and are never names of people).
pub fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// Abbreviations whose full stop does not end a sentence.
pub fn is_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "mr" | "mrs" | "ms" | "dr" | "st" | "jr" | "sr" | "gen" | "sen" | "rep" | "gov"
            | "lt" | "col" | "sgt" | "capt" | "cmdr" | "adm" | "prof" | "rev" | "hon" | "inc"
            | "corp" | "co" | "ltd" | "no" | "vs" | "jan" | "feb" | "mar" | "apr" | "jun"
            | "jul" | "aug" | "sep" | "sept" | "oct" | "nov" | "dec" | "ft" | "mt" | "approx"
            | "est" | "dept" | "univ" | "fig" | "vol" | "pp" | "gov't" | "govt" | "maj"
            | "e.g" | "i.e" | "u.s" | "u.k" | "u.n" | "a.m" | "p.m" | "d.c" | "al" | "etc"
            | "ave" | "blvd" | "rd"
    )
}
