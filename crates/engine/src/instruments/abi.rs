//! The ankle-brachial index (2016 AHA/ACC calculation and categories).

use serde::{Deserialize, Serialize};

/// Systolic pressures (mmHg) for the ankle-brachial index. Any may be missing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AbiInput {
    pub arm_left: Option<f64>,
    pub arm_right: Option<f64>,
    pub left_dp: Option<f64>,
    pub left_pt: Option<f64>,
    pub right_dp: Option<f64>,
    pub right_pt: Option<f64>,
}

/// Plausible systolic pressures: arms 50-300 mmHg; ankles 0 (no signal) to 350 mmHg.
pub const ARM_RANGE: (f64, f64) = (50.0, 300.0);
pub const ANKLE_RANGE: (f64, f64) = (0.0, 350.0);

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LegAbi {
    /// Rounded to 2 decimal places, as the guideline records it.
    pub value: f64,
    /// abnormal (<= 0.90) | borderline (0.91-0.99) | normal (1.00-1.40) | noncompressible (> 1.40)
    pub category: String,
    /// Chronic limb-threatening ischaemia by pressure: the higher ankle pressure under 50 mmHg,
    /// or the ABI under 0.40 (ESC 2017; WIfI ischaemia grade 3). Not an ACC/AHA threshold.
    pub critical: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Abi {
    pub left: Option<LegAbi>,
    pub right: Option<LegAbi>,
}

/// Checks every pressure; the error names the field and the plausible range.
pub fn check_abi(input: &AbiInput) -> Result<(), (String, String)> {
    let fields = [
        ("arm_left", input.arm_left, ARM_RANGE),
        ("arm_right", input.arm_right, ARM_RANGE),
        ("left_dp", input.left_dp, ANKLE_RANGE),
        ("left_pt", input.left_pt, ANKLE_RANGE),
        ("right_dp", input.right_dp, ANKLE_RANGE),
        ("right_pt", input.right_pt, ANKLE_RANGE),
    ];
    for (name, value, (min, max)) in fields {
        if let Some(v) = value {
            if !v.is_finite() || v < min || v > max {
                return Err((
                    format!("abi.{name}"),
                    format!(
                        "{} mmHg is not a plausible pressure (expected {} to {} mmHg)",
                        crate::fmt_num(v),
                        crate::fmt_num(min),
                        crate::fmt_num(max)
                    ),
                ));
            }
        }
    }
    if input.arm_left.is_none() && input.arm_right.is_none() {
        return Err(("abi".into(), "at least one arm pressure is needed".into()));
    }
    Ok(())
}

/// 2016 AHA/ACC: each leg's ABI is the higher of its DP and PT pressures divided by the higher
/// arm pressure, recorded to 2 decimal places. `None` when the input is not plausible.
pub fn abi(input: &AbiInput) -> Option<Abi> {
    check_abi(input).ok()?;
    let arm = input
        .arm_left
        .into_iter()
        .chain(input.arm_right)
        .fold(f64::MIN, f64::max);
    let leg = |dp: Option<f64>, pt: Option<f64>| {
        let ankle = dp.into_iter().chain(pt).reduce(f64::max)?;
        let value = (ankle / arm * 100.0).round() / 100.0;
        Some(LegAbi {
            value,
            category: abi_category(value).into(),
            critical: ankle < 50.0 || value < 0.40,
        })
    };
    Some(Abi {
        left: leg(input.left_dp, input.left_pt),
        right: leg(input.right_dp, input.right_pt),
    })
}

/// The guideline categories, applied to a value already rounded to 2 decimal places.
pub fn abi_category(value: f64) -> &'static str {
    if value > 1.40 {
        "noncompressible"
    } else if value >= 1.00 {
        "normal"
    } else if value >= 0.91 {
        "borderline"
    } else {
        "abnormal"
    }
}
