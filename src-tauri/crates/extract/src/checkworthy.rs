//! Check-worthiness model: scores how worth checking a sentence is, in [0, 1].

/// Probability that `sentence` is a check-worthy factual claim.
pub fn checkworthiness(sentence: &str) -> f32 {
    let _ = sentence;
    0.0
}
