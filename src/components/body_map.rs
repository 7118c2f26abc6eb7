//! The body map: an original SVG figure that pointer users tap, one large labelled view at a
//! time (front, facing you, or back, seen from behind) with a switch between them, kept in sync
//! with native checkbox lists (one per leg) that are the accessible control. The picture is
//! hidden from assistive technology so each region is announced once, by its checkbox. Every
//! region is drawn at least `MIN_SIDE` units each way (CSS px on a phone: the figure is never
//! drawn larger than 1:1 nor, at 320 px wide, smaller than 0.9:1), carries its name, and is
//! ticked as well as coloured when chosen. Choices on the hidden view are kept, counted on its
//! button and listed in words.

use legcheck_engine::model::{split_region, Side, SITES};
use yew::prelude::*;

use crate::components::choice_list::ChoiceList;
use crate::text::{num, ui, Lang, Ui};

/// One drawn region: a site on one view, as a rectangle in its leg's column (`x` measured
/// from the leg's outer side, `y` from the top of the figure).
struct Shape {
    site: &'static str,
    back: bool,
    x: f64,
    y: f64,
    w: f64,
    h: f64,
}

const fn shape(site: &'static str, back: bool, x: f64, y: f64, w: f64, h: f64) -> Shape {
    Shape {
        site,
        back,
        x,
        y,
        w,
        h,
    }
}

/// The figure's size in viewBox units (drawn at most 320 CSS px wide, see style.css).
const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 552.0;
/// Each leg's column: this wide, at `COLUMNS[0]` (the viewer's left) or `COLUMNS[1]`.
const COL_W: f64 = 130.0;
const COLUMNS: [f64; 2] = [22.0, 168.0];
/// The smallest side of any region, in viewBox units.
pub const MIN_SIDE: f64 = 50.0;

/// Front: hip (outer side) and groin (inner side), front of thigh, knee, shin, ankle, top of
/// foot, toes. Back: buttock, back of thigh, back of knee, calf, back of heel, sole.
const SHAPES: [Shape; 14] = [
    shape("hip", false, 0.0, 20.0, 62.0, 66.0),
    shape("groin", false, 68.0, 20.0, 62.0, 66.0),
    shape("thigh_front", false, 6.0, 92.0, 118.0, 100.0),
    shape("knee", false, 14.0, 198.0, 102.0, 56.0),
    shape("shin", false, 18.0, 260.0, 94.0, 104.0),
    shape("ankle", false, 24.0, 370.0, 82.0, 52.0),
    shape("foot_top", false, 14.0, 428.0, 102.0, 56.0),
    shape("toes", false, 10.0, 490.0, 110.0, 52.0),
    shape("buttock", true, 0.0, 20.0, 130.0, 84.0),
    shape("thigh_back", true, 6.0, 110.0, 118.0, 82.0),
    shape("knee_back", true, 14.0, 198.0, 102.0, 56.0),
    shape("calf", true, 12.0, 260.0, 106.0, 104.0),
    shape("heel", true, 30.0, 370.0, 70.0, 60.0),
    shape("sole", true, 18.0, 436.0, 94.0, 106.0),
];

/// Whether a leg is drawn in the viewer's left column: on the front view the figure faces you,
/// so the person's right leg is on the viewer's left; on the back view their left leg is.
fn on_viewer_left(side: Side, back: bool) -> bool {
    matches!((side, back), (Side::Right, false) | (Side::Left, true))
}

/// The x of a point `x` units in from a leg's outer side: the leg in the viewer's right column
/// has its outer side on the right, so it is drawn mirrored.
fn at(side: Side, back: bool, x: f64) -> f64 {
    if on_viewer_left(side, back) {
        COLUMNS[0] + x
    } else {
        COLUMNS[1] + COL_W - x
    }
}

/// The left x of a shape on the figure.
fn place(side: Side, back: bool, s: &Shape) -> f64 {
    at(side, back, s.x).min(at(side, back, s.x + s.w))
}

/// One leg's side of the body's outline, a few units outside its regions: from the waist down
/// the outer side through the middle of each row of regions, across the foot, and up the inner
/// side to below the hip and groin.
fn half_outline(side: Side, back: bool) -> Vec<(f64, f64)> {
    let mut rows: Vec<(f64, f64, f64, f64)> = Vec::new();
    for s in SHAPES.iter().filter(|s| s.back == back) {
        match rows.iter_mut().find(|r| r.0 == s.y) {
            Some(r) => {
                r.2 = r.2.min(s.x);
                r.3 = r.3.max(s.x + s.w);
            }
            None => rows.push((s.y, s.h, s.x, s.x + s.w)),
        }
    }
    let (first, last) = (rows[0], rows[rows.len() - 1]);
    let mut points = vec![(first.2 - 6.0, first.0 - 8.0)];
    points.extend(rows.iter().map(|r| (r.2 - 6.0, r.0 + r.1 / 2.0)));
    points.push((last.2 - 6.0, last.0 + last.1 + 6.0));
    points.push((last.3 + 6.0, last.0 + last.1 + 6.0));
    points.extend(rows[1..].iter().rev().map(|r| (r.3 + 6.0, r.0 + r.1 / 2.0)));
    points.push((first.3 + 6.0, first.0 + first.1 + 6.0));
    points
        .into_iter()
        .map(|(x, y)| (at(side, back, x), y))
        .collect()
}

/// The body's outline behind the regions: both legs joined at the waist and the crotch.
fn outline(back: bool) -> String {
    let (left, right) = if on_viewer_left(Side::Right, back) {
        (Side::Right, Side::Left)
    } else {
        (Side::Left, Side::Right)
    };
    let mut points = half_outline(left, back);
    points.extend(half_outline(right, back).into_iter().rev());
    points
        .iter()
        .map(|(x, y)| format!("{},{}", num(*x), num(*y)))
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn region_id(side: Side, site: &str) -> String {
    format!("{}_{site}", side.as_str())
}

/// Whether a site is drawn on the back view.
fn on_back(site: &str) -> bool {
    SHAPES.iter().any(|s| s.site == site && s.back)
}

#[derive(Properties, PartialEq)]
pub struct BodyMapProps {
    pub lang: Lang,
    pub legend: Html,
    #[prop_or_default]
    pub hint: Option<String>,
    pub selected: Vec<String>,
    #[prop_or_default]
    pub error: Option<String>,
    /// Called with the region id (`left_calf`) that was tapped or ticked.
    pub ontoggle: Callback<String>,
}

/// One region: its rectangle (the tap target, exactly what is drawn), its short label, and a
/// tick when chosen. The label and tick let taps through to the rectangle.
fn region(t: &Ui, side: Side, s: &Shape, on: bool, ontoggle: &Callback<String>) -> Html {
    let id = region_id(side, s.site);
    let x = place(side, s.back, s);
    let cx = x + s.w / 2.0;
    // The tick (20 high) above the label (about 14 high), centred together.
    let top = s.y + (s.h - 40.0) / 2.0;
    let ontoggle = ontoggle.clone();
    let value = id.clone();
    html! {
        <g class={classes!("region-group", on.then_some("region-group--on"))}>
            <rect
                class={classes!("region", on.then_some("region--on"))}
                data-region={id.clone()}
                x={num(x)} y={num(s.y)} width={num(s.w)} height={num(s.h)} rx="10"
                onclick={Callback::from(move |_| ontoggle.emit(value.clone()))}
            ><title>{ (t.region)(side == Side::Left, s.site) }</title></rect>
            if on {
                <g class="tick" data-region={id} transform={format!("translate({} {})", num(cx), num(top + 10.0))}>
                    <circle r="10" />
                    <path d="M-5 0.5 l3.5 3.5 l6.5 -7" />
                </g>
            }
            <text class="region-label" x={num(cx)} y={num(top + 37.0)} text-anchor="middle">
                { (t.map_label)(s.site) }
            </text>
        </g>
    }
}

#[function_component(BodyMap)]
pub fn body_map(props: &BodyMapProps) -> Html {
    let t = ui(props.lang);
    let chosen: Vec<(Side, &str)> = props
        .selected
        .iter()
        .filter_map(|r| split_region(r))
        .collect();
    let on_view = |back: bool| chosen.iter().filter(|(_, s)| on_back(s) == back).count();
    // The back view first only when every choice so far is on it.
    let start_on_back = on_view(true) > 0 && on_view(false) == 0;
    let showing_back = use_state(move || start_on_back);
    let view = |back: bool| {
        let note = if back {
            t.map_back_note
        } else {
            t.map_front_note
        };
        let sides = [Side::Right, Side::Left];
        let [left_col, right_col] = if on_viewer_left(Side::Right, back) {
            sides
        } else {
            [Side::Left, Side::Right]
        };
        html! {
            <figure class="body-view" data-view={if back { "back" } else { "front" }} hidden={*showing_back != back}>
                <figcaption>{ note }</figcaption>
                <div class="body-sides" aria-hidden="true">
                    <span>{ (t.leg)(left_col == Side::Left) }</span>
                    <span>{ (t.leg)(right_col == Side::Left) }</span>
                </div>
                <svg viewBox={format!("0 0 {} {}", num(WIDTH), num(HEIGHT))} class="body-figure" aria-hidden="true" focusable="false">
                    <polygon class="body-outline" points={outline(back)} />
                    { for Side::BOTH.iter().flat_map(|side| SHAPES.iter().filter(move |s| s.back == back).map(move |s| (*side, s))).map(|(side, s)| {
                        let on = props.selected.contains(&region_id(side, s.site));
                        region(t, side, s, on, &props.ontoggle)
                    }) }
                </svg>
            </figure>
        }
    };
    let switch = |back: bool| {
        let showing_back = showing_back.clone();
        let pressed = *showing_back == back;
        let n = on_view(back);
        html! {
            <button type="button" class="view-switch__button" aria-pressed={pressed.to_string()}
                onclick={Callback::from(move |_| showing_back.set(back))}>
                { if back { t.map_back } else { t.map_front } }
                <span class="view-switch__count">{ (t.map_view_chosen)(n) }</span>
            </button>
        }
    };
    let list = |side: Side| {
        let options: Vec<(String, String)> = SITES
            .iter()
            .map(|site| (region_id(side, site), (t.region)(side == Side::Left, site)))
            .collect();
        html! {
            <ChoiceList
                name={format!("pain_sites-{}", side.as_str())}
                legend={html! { <h2 class="list-legend">{ (t.leg)(side == Side::Left) }</h2> }}
                {options}
                selected={props.selected.clone()}
                multiple=true
                ontoggle={props.ontoggle.clone()}
            />
        }
    };
    let words: Vec<String> = chosen
        .iter()
        .map(|(side, site)| (t.region)(*side == Side::Left, site))
        .collect();
    html! {
        <div class={classes!("form-group", props.error.as_ref().map(|_| "form-group--error"))}>
            { props.legend.clone() }
            if let Some(hint) = &props.hint {
                <p class="hint">{ hint }</p>
            }
            if let Some(error) = &props.error {
                <p class="error-message" id="pain_sites-error">
                    <span class="visually-hidden">{ t.error_prefix }</span>{ error }
                </p>
            }
            <p class="hint">{ t.map_instructions }</p>
            <div class="view-switch" role="group" aria-label={t.map_show}>
                { switch(false) }{ switch(true) }
            </div>
            // Below the picture, so that what it says never moves the regions under a finger.
            <div class="body-views">{ view(false) }{ view(true) }</div>
            <p class="chosen" aria-live="polite">
                if words.is_empty() { { t.chosen_none } } else { { (t.chosen)(words.len()) }{ " " }{ words.join(", ") } }
            </p>
            <div class="leg-lists">{ list(Side::Left) }{ list(Side::Right) }</div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every site is drawn once, at least `MIN_SIDE` each way, inside its leg's column and the
    /// figure; regions on one view never overlap; the hip is on the outer side of each leg.
    #[test]
    fn every_site_is_drawn_large_apart_and_the_hip_is_on_the_outside() {
        for site in SITES {
            assert_eq!(
                SHAPES.iter().filter(|s| s.site == site).count(),
                1,
                "{site}"
            );
        }
        for s in &SHAPES {
            assert!(
                s.w >= MIN_SIDE && s.h >= MIN_SIDE,
                "{} is too small",
                s.site
            );
            assert!(s.x >= 0.0 && s.x + s.w <= COL_W && s.y + s.h <= HEIGHT - 6.0);
        }
        let boxes: Vec<(bool, f64, f64, f64, f64)> = Side::BOTH
            .iter()
            .flat_map(|side| {
                SHAPES
                    .iter()
                    .map(move |s| (s.back, place(*side, s.back, s), s.y, s.w, s.h))
            })
            .collect();
        for (i, a) in boxes.iter().enumerate() {
            assert!(a.1 >= 0.0 && a.1 + a.3 <= WIDTH);
            for b in &boxes[i + 1..] {
                let apart =
                    a.1 + a.3 <= b.1 || b.1 + b.3 <= a.1 || a.2 + a.4 <= b.2 || b.2 + b.4 <= a.2;
                assert!(a.0 != b.0 || apart, "{a:?} overlaps {b:?}");
            }
        }
        let x = |side, site: &str| {
            let s = SHAPES.iter().find(|s| s.site == site).unwrap();
            place(side, s.back, s)
        };
        // Front view: the right leg is on the viewer's left, so its hip is further left.
        assert!(x(Side::Right, "hip") < x(Side::Right, "groin"));
        assert!(x(Side::Left, "hip") > x(Side::Left, "groin"));
        assert!(x(Side::Right, "hip") < x(Side::Left, "hip"));
        // Back view: the left leg is on the viewer's left.
        assert!(x(Side::Left, "calf") < x(Side::Right, "calf"));
    }
}
