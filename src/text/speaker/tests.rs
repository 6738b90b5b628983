//! Tests of the speaker model.
use super::*;

#[test]
fn the_builtin_model_loads() {
    let m = Model::builtin();
    assert!(m.weights.iter().any(|&w| w != 0));
}

#[test]
fn rejects_bytes_that_are_not_a_model() {
    assert!(Model::from_bytes(b"AENER02\0\x08\0\0").is_none());
    assert!(Model::from_bytes(b"AESPK01\0\x08\0\0").is_none());
}

#[test]
fn nobody_is_named_unless_the_top_entity_clears_the_margin() {
    struct Fixed;
    impl Weights for Fixed {
        fn score(&self, feats: &[u32]) -> i32 {
            feats.iter().map(|&f| f as i32).sum()
        }
    }
    let c = |choice, s: u32| Cand {
        choice,
        feats: vec![s],
        anchored: false,
    };
    let cands = [
        c(Choice::Nobody, 0),
        c(Choice::Entity(0), 9),
        c(Choice::Entity(1), 7),
    ];
    assert_eq!(best(&Fixed, &cands, 0, 0), 1);
    assert_eq!(best(&Fixed, &cands, 2, 0), 1);
    assert_eq!(best(&Fixed, &cands, 3, 0), 0);
    // Unsure, but the rules chose the same one.
    assert_eq!(best(&Fixed, &cands, 3, 1), 1);
    // Unsure, and the rules chose the runner-up: neither.
    assert_eq!(best(&Fixed, &cands, 3, 2), 0);
    let lone = [c(Choice::Nobody, 0), c(Choice::Entity(4), 6)];
    assert_eq!(best(&Fixed, &lone, 6, 0), 1);
    assert_eq!(best(&Fixed, &lone, 7, 0), 0);
    let later_best = [
        c(Choice::Nobody, 0),
        c(Choice::Entity(0), 3),
        c(Choice::Entity(1), 9),
    ];
    assert_eq!(best(&Fixed, &later_best, 6, 0), 2);
    assert_eq!(best(&Fixed, &later_best, 7, 0), 0);
}
