//! Mutations of a valid text (a snapshot, a precompiled program) for the
//! fuzz tests that feed damaged input to the runtime: bytes replaced, cuts,
//! deletions, numbers changed, ranges repeated.

use proptest::prelude::*;

/// A change to a valid text.
#[derive(Clone, Debug)]
pub enum Mutation {
    /// Replace the byte at a position (as a fraction of the length).
    Byte(f64, u8),
    /// Cut the text at a position.
    Truncate(f64),
    /// Delete a range.
    Delete(f64, usize),
    /// Change a number in the text.
    Number(f64, i64),
    /// Duplicate a range in place.
    Repeat(f64, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (0.0..1.0f64, any::<u8>()).prop_map(|(p, b)| Mutation::Byte(p, b)),
        (0.0..1.0f64).prop_map(Mutation::Truncate),
        (0.0..1.0f64, 1..40usize).prop_map(|(p, n)| Mutation::Delete(p, n)),
        (0.0..1.0f64, -3..100_000i64).prop_map(|(p, n)| Mutation::Number(p, n)),
        // Small numbers stay in range: an index to another valid slot.
        (0.0..1.0f64, 0..8i64).prop_map(|(p, n)| Mutation::Number(p, n)),
        (0.0..1.0f64, 1..60usize).prop_map(|(p, n)| Mutation::Repeat(p, n)),
    ]
}

/// `text` with `m` applied (as UTF-8, lossily).
pub fn apply(text: &str, m: &Mutation) -> String {
    let mut b = text.as_bytes().to_vec();
    let at = |p: f64, len: usize| ((p * len as f64) as usize).min(len.saturating_sub(1));
    match *m {
        Mutation::Byte(p, v) => {
            if !b.is_empty() {
                let i = at(p, b.len());
                b[i] = v;
            }
        }
        Mutation::Truncate(p) => b.truncate(at(p, b.len())),
        Mutation::Delete(p, n) => {
            let i = at(p, b.len());
            let j = (i + n).min(b.len());
            b.drain(i..j);
        }
        Mutation::Number(p, n) => {
            let i = at(p, b.len());
            if let Some(off) = b[i..].iter().position(|c| c.is_ascii_digit()) {
                let s = i + off;
                let e = s + b[s..].iter().take_while(|c| c.is_ascii_digit()).count();
                b.splice(s..e, n.to_string().into_bytes());
            }
        }
        Mutation::Repeat(p, n) => {
            let i = at(p, b.len());
            let j = (i + n).min(b.len());
            let piece = b[i..j].to_vec();
            b.splice(i..i, piece);
        }
    }
    String::from_utf8_lossy(&b).into_owned()
}

/// The seed that `seed` (a fraction of the seeds) picks, with `ms` applied.
pub fn mutated(seeds: &[String], seed: f64, ms: &[Mutation]) -> String {
    let at = ((seed * seeds.len() as f64) as usize).min(seeds.len() - 1);
    ms.iter().fold(seeds[at].clone(), |text, m| apply(&text, m))
}

/// Which seed (as a fraction of the seeds) and up to three mutations.
pub fn case_strategy() -> impl Strategy<Value = (f64, Vec<Mutation>)> {
    (0.0..1.0f64, proptest::collection::vec(mutation(), 1..4))
}

/// The two fuzz tests of a mutation case `$case(seed, &mutations) ->
/// Result<(), String>`: `$bounded`, 300 proptest cases in every `cargo
/// test`, and `$soak`, the long run (ignored; `WEFT_FUZZ_SECONDS`).
#[macro_export]
macro_rules! mutation_fuzz_tests {
    ($what:literal, $case:path, $bounded:ident, $soak:ident) => {
        #[test]
        #[ignore = "a long run: WEFT_FUZZ_SECONDS=1800 cargo test --release --test NAME -- --ignored"]
        fn $soak() {
            soak::soak(
                $what,
                mutation::case_strategy(),
                soak::seconds(),
                |(seed, ms)| $case(seed, &ms),
            );
        }

        proptest::proptest! {
            #![proptest_config(proptest::prelude::ProptestConfig {
                cases: 300,
                failure_persistence: None,
                ..proptest::prelude::ProptestConfig::default()
            })]

            /// The damaged input never panics: it is refused, or it loads
            /// and then runs (to the end or for a bounded time).
            #[test]
            fn $bounded((seed, ms) in mutation::case_strategy()) {
                let r = $case(seed, &ms);
                proptest::prop_assert!(r.is_ok(), "{}", r.unwrap_err());
            }
        }
    };
}
