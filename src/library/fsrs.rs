//! FSRS-6, the scheduler of Anki since 25.07, with its published default parameters: a card's
//! memory is a stability (days until recall drops to 90 %) and a difficulty (1 to 10); each review
//! updates both, and the next interval is the time until recall drops to the desired retention.
//! The formulas are those of the reference implementation (the `fsrs` crate), and a property test
//! checks them against it over generated review histories.

/// The default parameters w0…w20.
pub const DEFAULT_PARAMETERS: [f64; 21] = [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835,
    0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
];
/// The share of cards one wants to recall when they come due.
pub const DEFAULT_RETENTION: f64 = 0.9;
/// The longest interval, in days.
pub const MAXIMUM_INTERVAL: f64 = 36_500.0;

const S_MIN: f64 = 0.001;
const S_MAX: f64 = 36_500.0;

/// How well an answer went: again (forgot), hard, good, easy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rating {
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}

impl Rating {
    /// `1`…`4`.
    pub fn from_number(n: u8) -> Option<Self> {
        match n {
            1 => Some(Self::Again),
            2 => Some(Self::Hard),
            3 => Some(Self::Good),
            4 => Some(Self::Easy),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Again => "again",
            Self::Hard => "hard",
            Self::Good => "good",
            Self::Easy => "easy",
        }
    }

    fn value(self) -> f64 {
        f64::from(self as u8)
    }
}

/// What FSRS knows of a card's memory.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Memory {
    /// Days until the chance of recall falls to 90 %.
    pub stability: f64,
    /// 1 (easy) to 10 (hard).
    pub difficulty: f64,
}

/// The FSRS-6 scheduler with one set of parameters.
#[derive(Debug, Clone)]
pub struct Fsrs {
    w: [f64; 21],
}

impl Default for Fsrs {
    fn default() -> Self {
        Self {
            w: DEFAULT_PARAMETERS,
        }
    }
}

impl Fsrs {
    fn decay(&self) -> f64 {
        -self.w[20]
    }

    /// `0.9^(1/decay) - 1`, so that recall is 90 % after `stability` days.
    fn factor(&self) -> f64 {
        0.9f64.powf(1.0 / self.decay()) - 1.0
    }

    /// The chance of recall `days` after the last review.
    pub fn retrievability(&self, memory: Memory, days: f64) -> f64 {
        (days / memory.stability * self.factor() + 1.0).powf(self.decay())
    }

    /// The interval, in fractional days, after which recall falls to `retention`.
    pub fn interval(&self, stability: f64, retention: f64) -> f64 {
        stability / self.factor() * (retention.powf(1.0 / self.decay()) - 1.0)
    }

    /// The interval in whole days, at least one and at most [`MAXIMUM_INTERVAL`].
    pub fn interval_days(&self, stability: f64, retention: f64) -> u64 {
        let days = self
            .interval(stability, retention)
            .round()
            .clamp(1.0, MAXIMUM_INTERVAL);
        // A whole number of days within range.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let days = days as u64;
        days
    }

    /// The memory after a review rated `rating`, `days` after the one before (`None` for a new
    /// card).
    pub fn review(&self, memory: Option<Memory>, days: f64, rating: Rating) -> Memory {
        let Some(memory) = memory else {
            return Memory {
                stability: self.w[rating as usize - 1].clamp(S_MIN, S_MAX),
                difficulty: self.initial_difficulty(rating.value()).clamp(1.0, 10.0),
            };
        };
        let (s, d) = (
            memory.stability.clamp(S_MIN, S_MAX),
            memory.difficulty.clamp(1.0, 10.0),
        );
        let stability = if days == 0.0 {
            self.short_term_stability(s, rating.value())
        } else {
            let r = self.retrievability(
                Memory {
                    stability: s,
                    difficulty: d,
                },
                days,
            );
            if rating == Rating::Again {
                self.stability_after_failure(s, d, r)
            } else {
                self.stability_after_success(s, d, r, rating)
            }
        };
        Memory {
            stability: stability.clamp(S_MIN, S_MAX),
            difficulty: self.next_difficulty(d, rating.value()).clamp(1.0, 10.0),
        }
    }

    fn initial_difficulty(&self, rating: f64) -> f64 {
        self.w[4] - (self.w[5] * (rating - 1.0)).exp() + 1.0
    }

    fn next_difficulty(&self, d: f64, rating: f64) -> f64 {
        let delta = -self.w[6] * (rating - 3.0);
        let damped = d + (10.0 - d) * delta / 9.0;
        self.w[7] * (self.initial_difficulty(4.0) - damped) + damped
    }

    fn stability_after_success(&self, s: f64, d: f64, r: f64, rating: Rating) -> f64 {
        let hard_penalty = if rating == Rating::Hard {
            self.w[15]
        } else {
            1.0
        };
        let easy_bonus = if rating == Rating::Easy {
            self.w[16]
        } else {
            1.0
        };
        s * (self.w[8].exp()
            * (11.0 - d)
            * s.powf(-self.w[9])
            * (((1.0 - r) * self.w[10]).exp() - 1.0)
            * hard_penalty
            * easy_bonus
            + 1.0)
    }

    fn stability_after_failure(&self, s: f64, d: f64, r: f64) -> f64 {
        let w = &self.w;
        let new =
            w[11] * d.powf(-w[12]) * ((s + 1.0).powf(w[13]) - 1.0) * ((1.0 - r) * w[14]).exp();
        new.min(s / (w[17] * w[18]).exp())
    }

    fn short_term_stability(&self, s: f64, rating: f64) -> f64 {
        let w = &self.w;
        let increase = (w[17] * (rating - 3.0 + w[18])).exp() * s.powf(-w[19]);
        s * if rating >= 2.0 {
            increase.max(1.0)
        } else {
            increase
        }
    }
}

// The reference values are quoted digit for digit as the reference implementation gives them.
#[allow(clippy::unreadable_literal)]
#[cfg(test)]
mod tests {
    use super::*;

    fn close(actual: f64, expected: f64) {
        assert!(
            (actual - expected).abs() <= 1e-4 * expected.abs().max(1.0),
            "{actual} is not {expected}"
        );
    }

    #[test]
    fn a_review_history_gives_the_reference_memory() {
        let fsrs = Fsrs::default();
        let mut memory = None;
        for (rating, days) in [(1, 0.0), (3, 0.0), (3, 1.0), (3, 3.0), (3, 8.0), (3, 21.0)] {
            memory = Some(fsrs.review(memory, days, Rating::from_number(rating).unwrap()));
        }
        let memory = memory.unwrap();
        close(memory.stability, 53.62691);
        close(memory.difficulty, 6.3574867);
    }

    #[test]
    fn difficulty_moves_with_the_rating_and_reverts_to_the_mean() {
        let fsrs = Fsrs::default();
        for (rating, expected) in [
            (1.0, 8.341763),
            (2.0, 6.6659956),
            (3.0, 4.990228),
            (4.0, 3.3144615),
        ] {
            close(fsrs.next_difficulty(5.0, rating), expected);
        }
    }

    #[test]
    fn stability_after_success_failure_and_the_same_day() {
        let fsrs = Fsrs::default();
        let cases = [(1.0, 0.9, 1), (2.0, 0.8, 2), (3.0, 0.7, 3), (4.0, 0.6, 4)];
        let success = [25.602541, 28.226582, 58.656002, 127.226685];
        let failure = [1.0525396, 1.1894329, 1.3680838, 1.584989];
        let short = [1.596818, 5.0, 5.0, 8.12961];
        for (i, (d, r, rating)) in cases.into_iter().enumerate() {
            let rating = Rating::from_number(rating).unwrap();
            close(fsrs.stability_after_success(5.0, d, r, rating), success[i]);
            close(fsrs.stability_after_failure(5.0, d, r), failure[i]);
            close(fsrs.short_term_stability(5.0, rating.value()), short[i]);
        }
    }

    #[test]
    fn the_forgetting_curve_and_intervals_match_the_reference() {
        let fsrs = Fsrs::default();
        let expected = [1.0, 0.9403443, 0.9253786, 0.9185229, 0.9, 0.8261359];
        for ((t, s), r) in [
            (0.0, 1.0),
            (1.0, 2.0),
            (2.0, 3.0),
            (3.0, 4.0),
            (4.0, 4.0),
            (5.0, 2.0),
        ]
        .into_iter()
        .zip(expected)
        {
            close(
                fsrs.retrievability(
                    Memory {
                        stability: s,
                        difficulty: 5.0,
                    },
                    t,
                ),
                r,
            );
        }
        // The reference computes in f32: its longest interval is 3116766 to six digits.
        let expected = [
            3_116_766.0,
            34793.0,
            2508.0,
            387.0,
            90.0,
            27.0,
            9.0,
            3.0,
            1.0,
            1.0,
        ];
        for (i, days) in (1..=10).zip(expected) {
            let interval = fsrs.interval(1.0, f64::from(i) / 10.0).round().max(1.0);
            assert!(
                (interval - days).abs() <= days * 1e-5,
                "{interval} is not {days}"
            );
        }
    }

    /// The reference's state after a rating, from its four next states.
    fn reference_answer(next: fsrs::NextStates, rating: u8) -> fsrs::ItemState {
        match rating {
            1 => next.again,
            2 => next.hard,
            3 => next.good,
            _ => next.easy,
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: 512,
            ..proptest::prelude::ProptestConfig::default()
        })]

        /// Over any history of ratings and gaps (whole days, the same day included), stability,
        /// difficulty and the interval agree with the reference implementation's at every step.
        #[test]
        fn reviews_agree_with_the_reference_implementation(
            history in proptest::collection::vec((1u8..=4, 0u32..400), 1..30),
            retention in 0.7f64..0.99,
        ) {
            let reference = fsrs::FSRS::default();
            let ours = Fsrs::default();
            let (mut memory, mut expected) = (None, None);
            for (step, &(rating, days)) in history.iter().enumerate() {
                let days = if step == 0 { 0 } else { days };
                #[allow(clippy::cast_possible_truncation)] // a retention in 0.7..0.99
                let next = reference.next_states(expected, retention as f32, days).unwrap();
                let want = reference_answer(next, rating);
                let got = ours.review(memory, f64::from(days), Rating::from_number(rating).unwrap());
                let near = |a: f64, b: f32, what: &str| {
                    let b = f64::from(b);
                    proptest::prop_assert!(
                        (a - b).abs() <= 1e-3 * b.abs().max(1.0),
                        "{what} at step {step} of {history:?}: {a} against the reference's {b}"
                    );
                    Ok(())
                };
                near(got.stability, want.memory.stability, "stability")?;
                near(got.difficulty, want.memory.difficulty, "difficulty")?;
                near(ours.interval(got.stability, retention), want.interval, "interval")?;
                let whole = f64::from(want.interval).round().clamp(1.0, MAXIMUM_INTERVAL);
                // Where the reference's interval is within the tolerance of a half day, either
                // rounding is right.
                let interval = f64::from(want.interval);
                let at_half = (interval.fract() - 0.5).abs() <= 1e-3 * interval.max(1.0);
                #[allow(clippy::cast_precision_loss)] // days, at most 36,500
                let days_ours = ours.interval_days(got.stability, retention) as f64;
                proptest::prop_assert!(
                    at_half || (days_ours - whole).abs() < 0.5,
                    "interval at step {step} of {history:?}: {days_ours} days against {whole}"
                );
                memory = Some(got);
                expected = Some(want.memory);
            }
        }
    }
}
