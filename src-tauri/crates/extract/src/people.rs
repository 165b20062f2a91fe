//! Who the article has mentioned so far: named people, organisations speaking, and roles,
//! in text order. Pronouns ("he said") and definite roles ("the minister said") resolve to
//! the most recent compatible mention.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::lexicon::{
    honorific_gender, is_aux_or_adverb, is_role_noun, is_speech_verb, is_title, Gender,
};
use crate::names::{clean_name, runs, span_looks_like_org, surname};
use crate::text::{lw, strip_possessive, Doc, Lower, Word};

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
    mentions: Vec<(usize, usize)>,
}

impl Tracker {
    /// Records the names in one sentence's words (those outside quotes), registering new
    /// people when the context shows they are people.
    pub fn observe(&mut self, text: &Doc, words: &[Word], in_quote: &dyn Fn(usize) -> bool) {
        for (s, e) in runs(text, words) {
            if in_quote(words[s].start) {
                continue;
            }
            let Some((ns, ne, titled)) = clean_name(text, words, s, e) else {
                continue;
            };
            let name = &text[ns..ne];
            if let Some(id) = self.lookup_span(text, ns, ne) {
                self.note_gender(id, text, words, s);
                self.note_titles(id, text, words, s, e, ns);
                self.mentions.push((ns, id));
                continue;
            }
            if span_looks_like_org(text, ns, ne) {
                continue;
            }
            let before = if s > 0 {
                lw(text, words[s - 1])
            } else {
                crate::text::Lower::empty()
            };
            let n_tokens = name.split(' ').count();
            let speaks_after = verb_follows(text, words, e);
            let speaks_before = is_speech_verb(&before);
            let person = titled
                || (is_role_noun(&before) && !before.ends_with('s'))
                || (n_tokens >= 2
                    && (speaks_after || speaks_before || appositive_follows(text, words, e)));
            if person {
                let id = self.register(name, Gender::Unknown, true);
                self.note_gender(id, text, words, s);
                self.note_titles(id, text, words, s, e, ns);
                self.mentions.push((ns, id));
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
            bits |= office_bit(&lw(text, *w));
        }
        if let Some(t) = appositive_role(text, words, e) {
            bits |= office_bit(t);
        }
        self.entities[id].titles |= bits;
    }

    /// Honorifics just before or at the start of a name reveal gender ("Ms Roe").
    fn note_gender(&mut self, id: usize, text: &Doc, words: &[Word], s: usize) {
        let lo = s.saturating_sub(1);
        let hi = (s + 3).min(words.len());
        for w in &words[lo..hi] {
            if let Some(g) = honorific_gender(lw(text, *w).trim_end_matches('.')) {
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
        let sur = strip_possessive(&text[from..end]);
        if !sur.is_ascii() {
            return self.lookup(name);
        }
        self.by_surname
            .get(text.lower(from, from + sur.len()))
            .copied()
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
        self.by_surname.insert(surname(name).to_lowercase(), id);
        id
    }

    /// Adds an unnamed role entity ("the prime minister's official spokesman").
    pub fn register_role(&mut self, phrase: &str, head: &str) -> usize {
        let id = self.entities.len();
        self.entities.push(Entity {
            name: phrase.to_string(),
            gender: Gender::Unknown,
            person: true,
            role: Some(head.to_string()),
            titles: 0,
        });
        id
    }

    pub fn mention(&mut self, pos: usize, id: usize) {
        self.mentions.push((pos, id));
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
        self.recent(pos, |e| {
            e.role.as_deref() == Some(head) || e.titles & bit != 0
        })
        .or_else(|| {
            if is_office(head) {
                self.recent(pos, |e| e.person && e.role.is_none())
            } else {
                None
            }
        })
    }

    fn recent(&self, pos: usize, ok: impl Fn(&Entity) -> bool) -> Option<usize> {
        let mut best: Option<(usize, usize)> = None;
        for &(p, id) in self.mentions.iter().rev().take(400) {
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

/// The office a title word names, in the form a later role mention uses ("Sen." →
/// "senator"). Honorifics (Mr, Ms) name none.
fn office_of(w: &str) -> Option<&'static str> {
    let w = strip_possessive(w).trim_end_matches('.');
    Some(match w {
        "sen" | "senator" => "senator",
        "gov" | "governor" => "governor",
        "rep" | "representative" | "congressman" | "congresswoman" => "congressman",
        "president" => "president",
        "mayor" => "mayor",
        "minister" => "minister",
        "secretary" => "secretary",
        "chancellor" => "chancellor",
        "judge" => "judge",
        "justice" => "justice",
        "ambassador" => "ambassador",
        "speaker" => "speaker",
        "leader" => "leader",
        "chairman" => "chairman",
        "chairwoman" => "chairwoman",
        "candidate" => "candidate",
        "nominee" => "nominee",
        "spokesman" => "spokesman",
        "spokeswoman" => "spokeswoman",
        "spokesperson" => "spokesperson",
        "director" => "director",
        "commissioner" => "commissioner",
        "gen" | "general" => "general",
        "prof" | "professor" => "professor",
        "attorney" => "attorney",
        "adviser" | "advisor" => "adviser",
        "aide" => "aide",
        "manager" => "manager",
        "strategist" => "strategist",
        "pollster" => "pollster",
        "businessman" => "businessman",
        "billionaire" => "billionaire",
        "author" => "author",
        "economist" => "economist",
        "analyst" => "analyst",
        "lawyer" => "lawyer",
        "officer" => "officer",
        "premier" => "premier",
        "king" => "king",
        "queen" => "queen",
        "ceo" => "ceo",
        "founder" => "founder",
        "host" => "host",
        "anchor" => "anchor",
        "columnist" => "columnist",
        "correspondent" => "correspondent",
        "reporter" => "reporter",
        _ => return None,
    })
}

/// The offices [`office_of`] names, one bit each in [`Entity::titles`].
const OFFICES: [&str; 50] = [
    "senator",
    "governor",
    "congressman",
    "president",
    "mayor",
    "minister",
    "secretary",
    "chancellor",
    "judge",
    "justice",
    "ambassador",
    "speaker",
    "leader",
    "chairman",
    "chairwoman",
    "candidate",
    "nominee",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "commissioner",
    "general",
    "professor",
    "attorney",
    "adviser",
    "aide",
    "manager",
    "strategist",
    "pollster",
    "businessman",
    "billionaire",
    "author",
    "economist",
    "analyst",
    "lawyer",
    "officer",
    "premier",
    "king",
    "queen",
    "ceo",
    "founder",
    "host",
    "anchor",
    "columnist",
    "correspondent",
    "reporter",
    "",
    "",
    "",
];

/// The bit of the office a word names (0 when it names none).
fn office_bit(w: &str) -> u64 {
    office_of(w)
        .and_then(|o| OFFICES.iter().position(|x| *x == o))
        .map_or(0, |i| 1u64 << i)
}

/// The head of an appositive role right after a name: "Ann Lee, the mayor of X," gives
/// "mayor"; "Ann Lee, a Democratic senator from Y," gives "senator".
fn appositive_role(text: &Doc, words: &[Word], e: usize) -> Option<&'static str> {
    if e >= words.len() || e == 0 || !text[words[e - 1].end..words[e].start].contains(',') {
        return None;
    }
    for k in e..words.len().min(e + 5) {
        if k > e && crate::speakers::clause_break(text, words, k) {
            return None;
        }
        let w = lw(text, words[k]);
        if w.as_str() == "of" || w.as_str() == "for" || w.as_str() == "from" {
            return None;
        }
        if let Some(t) = office_of(&w) {
            return Some(t);
        }
    }
    None
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
        let w = lw(text, words[k]);
        if is_speech_verb(&w) && text.as_bytes()[words[k].start].is_ascii_lowercase() {
            return true;
        }
        if !is_aux_or_adverb(&w) {
            return false;
        }
        k += 1;
    }
    false
}

/// ", the leader of …" or ", a spokesman for …" right after the run.
fn appositive_follows(text: &Doc, words: &[Word], e: usize) -> bool {
    if e >= words.len() || e == 0 || !text[words[e - 1].end..words[e].start].contains(',') {
        return false;
    }
    let mut k = e;
    while k < words.len() && k < e + 5 {
        let w = lw(text, words[k]);
        let w = strip_possessive(&w);
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
