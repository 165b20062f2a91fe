//! Who the article has mentioned so far: named people, organisations speaking, and roles,
//! in text order. Pronouns ("he said") and definite roles ("the minister said") resolve to
//! the most recent compatible mention.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::lexicon::{
    honorific_gender, is_aux_or_adverb, is_role_noun, is_speech_verb, is_title, Gender,
};
use crate::names::{clean_name, possessive_stem, span_looks_like_org, surname, Runs};
use crate::text::{strip_possessive, Doc, Lower, Word};

/// Someone the text talks about.
#[derive(Debug, Clone)]
pub struct Entity {
    pub name: String,
    pub gender: Gender,
    /// A person (pronouns may refer to it), as opposed to an organisation or group.
    pub person: bool,
    /// Lower-case head noun of the role it was introduced with ("spokesman"), if any.
    pub role: Option<String>,
    /// Offices the text has given this named person ("Sen. Ann Lee" → "senator"; "Ann
    /// Lee, the mayor of X" → "mayor"): what "the senator" may refer back to.
    /// One bit per office ([`office_bit`]).
    pub titles: u64,
}

/// A cheap multiplicative hash for the short lower-case surname keys (the map is private
/// and never iterated, so its order does not matter; the keys are the text's own words).
#[derive(Default)]
pub struct SurnameHasher(u64);

impl Hasher for SurnameHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        self.0 = h;
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// Entities and their mentions, in the order the text makes them.
#[derive(Debug, Default)]
pub struct Tracker {
    pub entities: Vec<Entity>,
    by_surname: HashMap<String, usize, BuildHasherDefault<SurnameHasher>>,
    /// One bit per [`surname_bit`] of every key of `by_surname`: most names looked up are
    /// not known, and a clear bit says so without hashing the name.
    surname_bits: [u64; 32],
    mentions: Vec<(usize, usize)>,
    /// Per entity, one more than the index in `mentions` of its latest mention (0: none).
    last_mention: Vec<usize>,
    /// Per office bit, the latest `last_mention` among entities holding that office, and
    /// per role head, the latest among entities introduced with it: when neither reaches
    /// the mentions [`Tracker::recent`] looks at, a role cannot resolve to a holder.
    office_last: Vec<usize>,
    role_last: HashMap<String, usize, BuildHasherDefault<SurnameHasher>>,
}

/// The bit of [`Tracker::surname_bits`] for a surname key (from its length, first two and
/// last bytes).
#[inline]
fn surname_bit(key: &[u8]) -> (usize, u64) {
    let byte = |i: usize| key.get(i).copied().unwrap_or(0);
    let (f, g, l) = (byte(0), byte(1), byte(key.len().wrapping_sub(1)));
    let h = (u32::from(f) | u32::from(g) << 8 | u32::from(l) << 16 | (key.len() as u32) << 24)
        .wrapping_mul(0x9E37_79B1)
        >> 21;
    ((h >> 6) as usize, 1u64 << (h & 63))
}

/// Whether word `w` starts with an ASCII letter, read from the lower-case copy's first byte:
/// every honorific and office word does, and other words are passed over before being cut
/// out of the text.
#[inline(always)]
fn may_be_listed_at(text: &Doc, w: Word) -> bool {
    text.lower_text()
        .as_bytes()
        .get(w.start)
        .is_some_and(u8::is_ascii_lowercase)
}

impl Tracker {
    /// Records the names in one sentence's words (those outside quotes), registering new
    /// people when the context shows they are people.
    pub fn observe(&mut self, text: &Doc, words: &[Word], in_quote: &dyn Fn(usize) -> bool) {
        for (s, e) in Runs::new(text, words) {
            if in_quote(words[s].start) {
                continue;
            }
            let Some(n) = clean_name(text, words, s, e) else {
                continue;
            };
            if let Some(id) = self.lookup_surname(text, n.start, n.last, n.end) {
                self.note_gender(id, text, words, s);
                self.note_titles(id, text, words, s, e, n.start);
                self.mention(n.start, id);
                continue;
            }
            let name = &text[n.start..n.end];
            // Whether the context shows a person, decided before the costlier test for an
            // organisation or place, which only a person still needs.
            let person = n.titled || {
                let before = if s > 0 {
                    text.lower(words[s - 1].start, words[s - 1].end)
                } else {
                    ""
                };
                (!before.ends_with('s') && is_role_noun(before))
                    // More than one word (the last word starts after the first).
                    || (n.last > n.start
                        && (verb_follows(text, words, e)
                            || is_speech_verb(before)
                            || appositive_follows(text, words, e)))
            };
            if person && !span_looks_like_org(text, n.start, n.end) {
                let id = self.register(name, Gender::Unknown, true);
                self.note_gender(id, text, words, s);
                self.note_titles(id, text, words, s, e, n.start);
                self.mention(n.start, id);
            }
        }
    }

    /// Titles inside the run before the name ("Sen. Ann Lee", "former President X"), the
    /// word before the run ("state senator Ann Lee"), and an appositive right after it
    /// ("Ann Lee, the mayor of X,").
    fn note_titles(
        &mut self,
        id: usize,
        text: &Doc,
        words: &[Word],
        s: usize,
        e: usize,
        ns: usize,
    ) {
        let lo = s.saturating_sub(1);
        let mut bits = 0u64;
        for w in words[lo..e].iter().take_while(|w| w.start < ns) {
            if may_be_listed_at(text, *w) {
                bits |= office_bit(text.lower(w.start, w.end));
            }
        }
        if let Some(o) = appositive_role(text, words, e) {
            bits |= o.bit();
        }
        self.add_titles(id, bits);
    }

    /// Gives entity `id` the offices `bits`, keeping `office_last` up to date.
    fn add_titles(&mut self, id: usize, bits: u64) {
        let new = bits & !self.entities[id].titles;
        self.entities[id].titles |= bits;
        let last = self.last_mention[id];
        if new != 0 && last != 0 {
            self.office_last.resize(64, 0);
            for_each_bit(new, |b| {
                self.office_last[b] = self.office_last[b].max(last);
            });
        }
    }

    /// Honorifics just before or at the start of a name reveal gender ("Ms Roe").
    fn note_gender(&mut self, id: usize, text: &Doc, words: &[Word], s: usize) {
        let lo = s.saturating_sub(1);
        let hi = (s + 3).min(words.len());
        for w in &words[lo..hi] {
            // Words hold no full stop, so none is trimmed before the look-up.
            if !may_be_listed_at(text, *w) {
                continue;
            }
            if let Some(g) = honorific_gender(text.lower(w.start, w.end)) {
                self.entities[id].gender = g;
            }
        }
    }

    /// The entity a name refers to, by full name or surname.
    pub fn lookup(&self, name: &str) -> Option<usize> {
        self.by_surname
            .get(Lower::unicode(surname(name)).as_str())
            .copied()
    }

    /// [`Tracker::lookup`] of the name `text[start..end]`: an ASCII surname is read from the
    /// document's lower-case copy rather than lower-cased again.
    pub fn lookup_span(&self, text: &Doc, start: usize, end: usize) -> Option<usize> {
        let name = &text[start..end];
        let from = start + name.bytes().rposition(|c| c == b' ').map_or(0, |k| k + 1);
        self.lookup_surname(text, start, from, end)
    }

    /// [`Tracker::lookup_span`] when the caller knows where the last word starts (`from`,
    /// the byte after the name's last space, or `start` for a single word).
    #[inline(always)]
    fn lookup_surname(&self, text: &Doc, start: usize, from: usize, end: usize) -> Option<usize> {
        let sur = possessive_stem(&text[from..end]);
        if !sur.is_ascii() {
            return self.lookup(&text[start..end]);
        }
        let key = text.lower(from, from + sur.len());
        let (word, bit) = surname_bit(key.as_bytes());
        if self.surname_bits[word] & bit == 0 {
            return None;
        }
        self.by_surname.get(key).copied()
    }

    /// Adds (or finds) an entity for `name`.
    pub fn register(&mut self, name: &str, gender: Gender, person: bool) -> usize {
        if let Some(id) = self.lookup(name) {
            if name.len() > self.entities[id].name.len() {
                self.entities[id].name = name.to_string();
            }
            return id;
        }
        let id = self.entities.len();
        self.entities.push(Entity {
            name: name.to_string(),
            gender,
            person,
            role: None,
            titles: 0,
        });
        self.last_mention.push(0);
        let key = surname(name).to_lowercase();
        let (word, bit) = surname_bit(key.as_bytes());
        self.surname_bits[word] |= bit;
        self.by_surname.insert(key, id);
        id
    }

    /// Adds an unnamed role entity ("the council's chief press officer").
    pub fn register_role(&mut self, phrase: &str, head: &str) -> usize {
        let id = self.entities.len();
        self.entities.push(Entity {
            name: phrase.to_string(),
            gender: Gender::Unknown,
            person: true,
            role: Some(head.to_string()),
            titles: 0,
        });
        self.last_mention.push(0);
        id
    }

    pub fn mention(&mut self, pos: usize, id: usize) {
        self.mentions.push((pos, id));
        let last = self.mentions.len();
        self.last_mention[id] = last;
        let e = &self.entities[id];
        if e.titles != 0 {
            self.office_last.resize(64, 0);
            for_each_bit(e.titles, |b| self.office_last[b] = last);
        }
        if let Some(role) = &e.role {
            match self.role_last.get_mut(role.as_str()) {
                Some(l) => *l = last,
                None => {
                    self.role_last.insert(role.clone(), last);
                }
            }
        }
    }

    pub fn learn_gender(&mut self, id: usize, g: Gender) {
        if self.entities[id].gender == Gender::Unknown {
            self.entities[id].gender = g;
        }
    }

    /// The most recent person before `pos` a pronoun of gender `g` can refer to.
    pub fn resolve_pronoun(&self, pos: usize, g: Gender) -> Option<usize> {
        self.recent(pos, |e| {
            e.person && e.gender.compatible(g) && e.role.is_none()
        })
        .or_else(|| self.recent(pos, |e| e.person && e.gender.compatible(g)))
    }

    /// A definite role ("the minister"): the entity introduced with that role, else the
    /// most recently mentioned named person.
    /// A person the text gave that office ("Gov. Ann Lee", "Ann Lee, the governor,") comes
    /// first. Only offices fall back to the last named person ("the senator", "the candidate");
    /// common nouns ("the man", "the source", "the spokesman", "the report") do not: they
    /// are as likely to be someone new.
    pub fn resolve_role(&self, pos: usize, head: &str) -> Option<usize> {
        let bit = office_bit(head);
        // The latest mention of any holder of the office or role, if one is recent enough
        // for the look-back to reach it (most roles have none, and the scan is skipped).
        let office_last = match bit {
            0 => 0,
            _ => self
                .office_last
                .get(bit.trailing_zeros() as usize)
                .copied()
                .unwrap_or(0),
        };
        let latest = office_last.max(self.role_last.get(head).copied().unwrap_or(0));
        let holder = if latest > self.mentions.len().saturating_sub(LOOK_BACK) {
            self.recent(pos, |e| {
                e.role.as_deref() == Some(head) || e.titles & bit != 0
            })
        } else {
            None
        };
        holder.or_else(|| {
            if is_office(head) {
                self.recent(pos, |e| e.person && e.role.is_none())
            } else {
                None
            }
        })
    }

    fn recent(&self, pos: usize, ok: impl Fn(&Entity) -> bool) -> Option<usize> {
        let mut best: Option<(usize, usize)> = None;
        let from = self.mentions.len().saturating_sub(LOOK_BACK);
        for &(p, id) in self.mentions[from..].iter().rev() {
            // Mentions are recorded in text order but for the few a sentence's speech tags
            // add out of order; far older ones cannot beat the best found.
            if best.is_some_and(|(bp, _)| p + MENTION_DISORDER < bp) {
                break;
            }
            if p < pos && best.is_none_or(|(bp, _)| p > bp) && ok(&self.entities[id]) {
                best = Some((p, id));
            }
        }
        best.map(|(_, id)| id)
    }

    pub fn name(&self, id: usize) -> &str {
        &self.entities[id].name
    }
}

/// Declares [`Office`] and [`office_of`] from one table of title words and the office each
/// names, together with the words' first-letter and length prefilter.
macro_rules! offices {
    ($($($w:literal)|+ => $o:ident),+ $(,)?) => {
        /// The offices [`office_of`] names, one bit each in [`Entity::titles`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        enum Office {
            $($o),+
        }

        /// The words [`office_of`] knows, for its first-letter and length table.
        const OFFICE_WORDS: &[&str] = &[$($($w),+),+];

        fn office_listed(w: &str) -> Option<Office> {
            Some(match w {
                $($($w)|+ => Office::$o,)+
                _ => return None,
            })
        }
    };
}

offices! {
    "sen" | "senator" => Senator,
    "gov" | "governor" => Governor,
    "rep" | "representative" | "congressman" | "congresswoman" => Congressman,
    "president" => President,
    "mayor" => Mayor,
    "minister" => Minister,
    "secretary" => Secretary,
    "chancellor" => Chancellor,
    "judge" => Judge,
    "justice" => Justice,
    "ambassador" => Ambassador,
    "speaker" => Speaker,
    "leader" => Leader,
    "chairman" => Chairman,
    "chairwoman" => Chairwoman,
    "candidate" => Candidate,
    "nominee" => Nominee,
    "spokesman" => Spokesman,
    "spokeswoman" => Spokeswoman,
    "spokesperson" => Spokesperson,
    "director" => Director,
    "commissioner" => Commissioner,
    "gen" | "general" => General,
    "prof" | "professor" => Professor,
    "attorney" => Attorney,
    "adviser" | "advisor" => Adviser,
    "aide" => Aide,
    "manager" => Manager,
    "strategist" => Strategist,
    "pollster" => Pollster,
    "businessman" => Businessman,
    "billionaire" => Billionaire,
    "author" => Author,
    "economist" => Economist,
    "analyst" => Analyst,
    "lawyer" => Lawyer,
    "officer" => Officer,
    "premier" => Premier,
    "king" => King,
    "queen" => Queen,
    "ceo" => Ceo,
    "founder" => Founder,
    "host" => Host,
    "anchor" => Anchor,
    "columnist" => Columnist,
    "correspondent" => Correspondent,
    "reporter" => Reporter,
}

impl Office {
    fn bit(self) -> u64 {
        1u64 << (self as u32)
    }
}

const OFFICE_LENGTHS: [u32; 26] = crate::lexicon::first_letter_lengths(OFFICE_WORDS);

/// The office a title word names, as a later role mention names it ("Sen." → senator).
/// Honorifics (Mr, Ms) name none.
#[inline]
fn office_of(w: &str) -> Option<Office> {
    let w = possessive_stem(w);
    let w = if w.ends_with('.') {
        w.trim_end_matches('.')
    } else {
        w
    };
    // Most words fail on their first letter and length before the table is searched.
    if !crate::lexicon::may_be_listed(&OFFICE_LENGTHS, w) {
        return None;
    }
    office_listed(w)
}

/// The bit of the office a word names (0 when it names none).
fn office_bit(w: &str) -> u64 {
    office_of(w).map_or(0, Office::bit)
}

/// The head of an appositive role right after a name: "Ann Lee, the mayor of X," gives
/// "mayor"; "Ann Lee, a Democratic senator from Y," gives "senator".
fn appositive_role(text: &Doc, words: &[Word], e: usize) -> Option<Office> {
    if e >= words.len() || e == 0 || !comma_between(text, words[e - 1], words[e]) {
        return None;
    }
    for k in e..words.len().min(e + 5) {
        if k > e && crate::speakers::clause_break(text, words, k) {
            return None;
        }
        let w = text.lower(words[k].start, words[k].end);
        if w == "of" || w == "for" || w == "from" {
            return None;
        }
        if let Some(o) = office_of(w) {
            return Some(o);
        }
    }
    None
}

/// A comma in the gap between two words (read as bytes: the comma is ASCII).
#[inline]
fn comma_between(text: &Doc, a: Word, b: Word) -> bool {
    text.as_bytes()[a.end..b.start].contains(&b',')
}

/// How many of the latest mentions [`Tracker::recent`] looks at.
const LOOK_BACK: usize = 400;

/// Calls `f` with the index of each set bit of `bits`.
fn for_each_bit(mut bits: u64, mut f: impl FnMut(usize)) {
    while bits != 0 {
        f(bits.trailing_zeros() as usize);
        bits &= bits - 1;
    }
}

/// How far back from its text position a mention may be recorded (a speech tag resolved
/// after its sentence was observed): bounds the look-back once a candidate is found.
const MENTION_DISORDER: usize = 4000;

/// A role noun naming an office its holder is referred back to by: a title that is not a
/// staff or group role (a spokesman or an aide is rarely the person last named).
fn is_office(head: &str) -> bool {
    is_title(head)
        && !matches!(
            head,
            "spokesman"
                | "spokeswoman"
                | "spokesperson"
                | "adviser"
                | "advisor"
                | "aide"
                | "coordinator"
                | "strategist"
                | "manager"
                | "delegate"
                | "officer"
                | "executive"
                | "head"
                | "director"
                | "representative"
                | "founder"
        )
}

/// A speech verb follows the run at word index `e`, maybe after auxiliaries or adverbs.
fn verb_follows(text: &Doc, words: &[Word], e: usize) -> bool {
    let mut k = e;
    while k < words.len() && k < e + 4 {
        let w = text.lower(words[k].start, words[k].end);
        if is_speech_verb(w) && text.as_bytes()[words[k].start].is_ascii_lowercase() {
            return true;
        }
        if !is_aux_or_adverb(w) {
            return false;
        }
        k += 1;
    }
    false
}

/// ", the leader of …" or ", a spokesman for …" right after the run.
fn appositive_follows(text: &Doc, words: &[Word], e: usize) -> bool {
    if e >= words.len() || e == 0 || !comma_between(text, words[e - 1], words[e]) {
        return false;
    }
    let mut k = e;
    while k < words.len() && k < e + 5 {
        let w = strip_possessive(text.lower(words[k].start, words[k].end));
        if is_title(w) || is_role_noun(w) {
            return true;
        }
        if !(matches!(w, "a" | "an" | "the" | "who")
            || w.chars().next().is_some_and(|c| c.is_alphabetic()))
        {
            return false;
        }
        k += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{words, Doc};

    #[test]
    fn pronouns_follow_gender_and_order() {
        let t = "Minister Jane Roe met Mr Bob Stone. Later Ms Roe spoke.";
        let ws = words(t, 0, t.len());
        let mut tr = Tracker::default();
        tr.observe(&Doc::new(t), &ws, &|_| false);
        let he = tr
            .resolve_pronoun(t.len(), Gender::Male)
            .map(|id| tr.name(id).to_string());
        let she = tr
            .resolve_pronoun(t.len(), Gender::Female)
            .map(|id| tr.name(id).to_string());
        assert_eq!(he.as_deref(), Some("Bob Stone"));
        assert_eq!(she.as_deref(), Some("Jane Roe"));
    }

    #[test]
    fn look_back_survives_mentions_recorded_out_of_order() {
        let mut tr = Tracker::default();
        let a = tr.register("Ann Lee", Gender::Female, true);
        let b = tr.register("Bob Stone", Gender::Male, true);
        tr.mention(10_000, a);
        tr.mention(9_000, b); // a speech tag resolved after its sentence was observed
        tr.mention(100, a);
        let he = tr
            .resolve_pronoun(20_000, Gender::Male)
            .map(|id| tr.name(id).to_string());
        assert_eq!(he.as_deref(), Some("Bob Stone"));
        let she = tr
            .resolve_pronoun(9_500, Gender::Female)
            .map(|id| tr.name(id).to_string());
        assert_eq!(she.as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn a_role_prefers_the_person_given_that_office() {
        let t = "Gov. Mike Dunn introduced Tom Hale, a businessman, at the rally.";
        let ws = words(t, 0, t.len());
        let mut tr = Tracker::default();
        tr.observe(&Doc::new(t), &ws, &|_| false);
        let gov = tr
            .resolve_role(t.len(), "governor")
            .map(|id| tr.name(id).to_string());
        assert_eq!(gov.as_deref(), Some("Mike Dunn"));
        let t2 = "Ann Lee, the mayor of Springfield, met Bob Stone on Friday.";
        let ws = words(t2, 0, t2.len());
        let mut tr = Tracker::default();
        tr.observe(&Doc::new(t2), &ws, &|_| false);
        let mayor = tr
            .resolve_role(t2.len(), "mayor")
            .map(|id| tr.name(id).to_string());
        assert_eq!(mayor.as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn only_offices_fall_back_to_the_last_named_person() {
        let t = "Senator Jane Roe spoke.";
        let ws = words(t, 0, t.len());
        let mut tr = Tracker::default();
        tr.observe(&Doc::new(t), &ws, &|_| false);
        let senator = tr
            .resolve_role(t.len(), "senator")
            .map(|id| tr.name(id).to_string());
        assert_eq!(senator.as_deref(), Some("Jane Roe"));
        assert_eq!(tr.resolve_role(t.len(), "man"), None);
        assert_eq!(tr.resolve_role(t.len(), "spokesman"), None);
        assert_eq!(tr.resolve_role(t.len(), "report"), None);
    }
}
