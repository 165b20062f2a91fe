//! Word lists: speech verbs, titles, roles, pronouns, function words. Pure look-ups on
//! lower-case words so every detector agrees on what counts as a cue.

mod grammar;
mod people;
mod speech;

pub use grammar::{is_abbreviation, is_function_word, is_month, is_weekday};
pub use people::{
    honorific_gender, is_document_noun, is_role_noun, is_title, pronoun_gender, Gender,
};
pub use speech::{
    is_attribution_cue, is_aux_or_adverb, is_quote_tag_verb, is_speech_verb, is_two_word_tag,
};
