//! Pure: the ABI calculator's form. Six typed pressures in (a decimal comma read as a decimal
//! point, as many clinicians type it), every problem out, one per field, so all are shown at
//! once; and a plausibility check on the result, for pressures typed into the wrong boxes.

use legcheck_engine::instruments::{Abi, AbiInput, ANKLE_RANGE, ARM_RANGE};

/// The form's fields, in order: the arms, then each ankle's DP and PT.
pub const FIELDS: [&str; 6] = [
    "arm_left",
    "arm_right",
    "left_dp",
    "left_pt",
    "right_dp",
    "right_pt",
];

/// Above this, an ABI is checked with the person before it is believed: even stiff,
/// calcified arteries (the "non-compressible" category, above 1.40) rarely read this high, and
/// a typing slip (arm 50 for 150, ankle 300 for 130) does.
pub const CHECK_ABOVE: f64 = 2.0;

/// What is wrong with the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// The field (index into `FIELDS`) holds text that is not a number, or one out of range.
    Field(usize),
    /// Ankle pressures without any arm pressure.
    NeedArm,
}

/// The plausible range of a field.
pub fn range(field: usize) -> (f64, f64) {
    if field < 2 {
        ARM_RANGE
    } else {
        ANKLE_RANGE
    }
}

/// A typed pressure: `None` when empty, `Some(Err)` when not a number.
fn read(text: &str) -> Option<Result<f64, ()>> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    // "90,5" is 90.5, never 905. A comma is read only as a decimal comma with one or two
    // digits after it: "1,200" could be a thousands separator, and "90," is unfinished.
    let text = match text.split_once(',') {
        None => text.to_string(),
        Some((whole, fraction))
            if !whole.is_empty()
                && !whole.contains('.')
                && (1..=2).contains(&fraction.len())
                && fraction.bytes().all(|b| b.is_ascii_digit()) =>
        {
            format!("{whole}.{fraction}")
        }
        Some(_) => return Some(Err(())),
    };
    Some(legcheck_engine::parse_num(&text).ok_or(()))
}

/// Reads the six fields: the pressures that can be used, and every problem.
pub fn check(values: &[String; 6]) -> (AbiInput, Vec<Problem>) {
    let mut read_values = [None; 6];
    let mut problems = Vec::new();
    for (i, text) in values.iter().enumerate() {
        match read(text) {
            None => {}
            Some(Ok(v)) if (range(i).0..=range(i).1).contains(&v) => read_values[i] = Some(v),
            Some(_) => problems.push(Problem::Field(i)),
        }
    }
    let any_arm = values[..2].iter().any(|v| !v.trim().is_empty());
    let any_ankle = values[2..].iter().any(|v| !v.trim().is_empty());
    if !any_arm && (any_ankle || problems.is_empty()) {
        problems.push(Problem::NeedArm);
    }
    let [arm_left, arm_right, left_dp, left_pt, right_dp, right_pt] = read_values;
    let input = AbiInput {
        arm_left,
        arm_right,
        left_dp,
        left_pt,
        right_dp,
        right_pt,
    };
    (input, problems)
}

/// Whether either leg's ABI is high enough to ask the person to check the pressures.
pub fn needs_checking(result: &Abi) -> bool {
    [&result.left, &result.right]
        .into_iter()
        .flatten()
        .any(|leg| leg.value > CHECK_ABOVE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use legcheck_engine::instruments::abi;

    fn values(v: [&str; 6]) -> [String; 6] {
        v.map(String::from)
    }

    #[test]
    fn a_decimal_comma_is_a_decimal_point() {
        let (input, problems) = check(&values(["120,5", "", "", "90,5", "", ""]));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(input.arm_left, Some(120.5));
        assert_eq!(input.left_pt, Some(90.5));
        // What a comma cannot mean for sure is refused, never guessed.
        for unsure in [
            "90,", "1,200", "1,2,3", "90.5,", ",5", "90,5.1", "9 0", "90,a",
        ] {
            let (_, problems) = check(&values(["120", "", unsure, "", "", ""]));
            assert_eq!(problems, vec![Problem::Field(2)], "{unsure}");
        }
        assert_eq!(
            check(&values(["120,25", "", "", "", "", ""])).0.arm_left,
            Some(120.25)
        );
    }

    #[test]
    fn every_problem_is_listed_not_only_the_first() {
        let (input, problems) = check(&values(["20", "abc", "1500", "90", "", "-5"]));
        assert_eq!(
            problems,
            vec![
                Problem::Field(0),
                Problem::Field(1),
                Problem::Field(2),
                Problem::Field(5)
            ]
        );
        assert_eq!(input.left_pt, Some(90.0), "the good pressures are kept");
        assert_eq!(input.arm_left, None);
        // Range ends are plausible.
        let (_, ok) = check(&values(["50", "300", "0", "350", "", ""]));
        assert!(ok.is_empty(), "{ok:?}");
    }

    #[test]
    fn ankles_need_an_arm_and_an_empty_form_says_so() {
        assert_eq!(
            check(&values(["", "", "", "90", "", ""])).1,
            vec![Problem::NeedArm]
        );
        assert_eq!(
            check(&values(["", "", "", "", "", ""])).1,
            vec![Problem::NeedArm]
        );
        // An unreadable arm is its own problem, not "no arm".
        assert_eq!(
            check(&values(["x", "", "", "", "", ""])).1,
            vec![Problem::Field(0)]
        );
    }

    #[test]
    fn an_abi_far_above_non_compressible_is_checked() {
        // Arm 50 with ankle 300: each plausible alone, together an ABI of 6.00.
        let (input, problems) = check(&values(["50", "", "300", "", "", ""]));
        assert!(problems.is_empty());
        assert!(needs_checking(&abi(&input).unwrap()));
        // A stiff artery's 1.50 is a finding, not a typing slip; 2.00 itself is not flagged.
        let (stiff, _) = check(&values(["100", "", "150", "", "200", ""]));
        assert!(!needs_checking(&abi(&stiff).unwrap()));
    }
}
