//! The body map: an original SVG figure, front and back, that pointer users tap, kept in sync
//! with native checkbox lists (one per leg) that are the accessible control. The picture is
//! hidden from assistive technology so each region is announced once, by its checkbox.

use legcheck_engine::model::{Side, SITES};
use yew::prelude::*;

use crate::components::choice_list::ChoiceList;
use crate::text::{num, ui, Lang};

/// One drawn region: a site on one view, as a rectangle relative to its leg's column.
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

/// Front: hip (outer side) and groin (inner side), front of thigh, knee, shin, ankle, top of
/// foot, toes. Back: buttock, back of thigh, back of knee, calf, back of heel, sole. `x` is
/// measured from the leg's outer side (see `place`).
const SHAPES: [Shape; 14] = [
    shape("hip", false, 0.0, 40.0, 19.0, 32.0),
    shape("groin", false, 21.0, 40.0, 19.0, 32.0),
    shape("thigh_front", false, 2.0, 74.0, 36.0, 90.0),
    shape("knee", false, 4.0, 166.0, 32.0, 28.0),
    shape("shin", false, 6.0, 196.0, 28.0, 94.0),
    shape("ankle", false, 6.0, 292.0, 28.0, 18.0),
    shape("foot_top", false, 2.0, 312.0, 36.0, 24.0),
    shape("toes", false, 2.0, 338.0, 36.0, 16.0),
    shape("buttock", true, 0.0, 40.0, 40.0, 44.0),
    shape("thigh_back", true, 2.0, 86.0, 36.0, 78.0),
    shape("knee_back", true, 4.0, 166.0, 32.0, 28.0),
    shape("calf", true, 4.0, 196.0, 32.0, 94.0),
    shape("heel", true, 8.0, 292.0, 24.0, 24.0),
    shape("sole", true, 4.0, 318.0, 32.0, 36.0),
];

/// The x of a shape on the figure: a leg whose outer side is on the viewer's right (the left
/// leg seen from the front, the right leg from the back) is drawn mirrored.
fn place(side: Side, back: bool, s: &Shape) -> f64 {
    let x = column(side, back);
    if x > 50.0 {
        x + 40.0 - s.x - s.w
    } else {
        x + s.x
    }
}

/// The x of a leg's column: on the front view the figure faces you, so the person's right leg
/// is on the viewer's left; on the back view their left leg is on the viewer's left.
fn column(side: Side, back: bool) -> f64 {
    match (side, back) {
        (Side::Right, false) | (Side::Left, true) => 36.0,
        (Side::Left, false) | (Side::Right, true) => 104.0,
    }
}

pub fn region_id(side: Side, site: &str) -> String {
    format!("{}_{site}", side.as_str())
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

#[function_component(BodyMap)]
pub fn body_map(props: &BodyMapProps) -> Html {
    let t = ui(props.lang);
    let view = |back: bool| {
        let title = if back { t.map_back } else { t.map_front };
        let note = if back {
            t.map_back_note
        } else {
            t.map_front_note
        };
        let (left_label_x, right_label_x) = (
            num(column(Side::Left, back) + 20.0),
            num(column(Side::Right, back) + 20.0),
        );
        html! {
            <figure class="body-view">
                <svg viewBox="0 0 180 390" class="body-figure" aria-hidden="true" focusable="false">
                    <rect class="body-outline" x="32" y="4" width="116" height="40" rx="18" />
                    { for Side::BOTH.iter().flat_map(|side| SHAPES.iter().filter(move |s| s.back == back).map(move |s| (side, s))).map(|(side, s)| {
                        let id = region_id(*side, s.site);
                        let on = props.selected.contains(&id);
                        let ontoggle = props.ontoggle.clone();
                        let name = (t.region)(*side == Side::Left, s.site);
                        let value = id.clone();
                        html! {
                            <rect
                                class={classes!("region", on.then_some("region--on"))}
                                data-region={id}
                                x={num(place(*side, back, s))} y={num(s.y)}
                                width={num(s.w)} height={num(s.h)} rx="6"
                                onclick={Callback::from(move |_| ontoggle.emit(value.clone()))}
                            ><title>{ name }</title></rect>
                        }
                    }) }
                    <text x={left_label_x} y="378" text-anchor="middle" class="side-label">{ t.your_left }</text>
                    <text x={right_label_x} y="378" text-anchor="middle" class="side-label">{ t.your_right }</text>
                </svg>
                <figcaption><strong>{ title }</strong>{ ". " }{ note }</figcaption>
            </figure>
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
    let chosen: Vec<String> = props
        .selected
        .iter()
        .filter_map(|r| legcheck_engine::model::split_region(r))
        .map(|(side, site)| (t.region)(side == Side::Left, site))
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
            <div class="body-views">{ view(false) }{ view(true) }</div>
            <p class="chosen" aria-live="polite">
                if chosen.is_empty() { { t.chosen_none } } else { { t.chosen }{ " " }{ chosen.join(", ") } }
            </p>
            <div class="leg-lists">{ list(Side::Left) }{ list(Side::Right) }</div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every site is drawn once, and the hip is on the outer side of each leg on both views
    /// where it is drawn (the front), with the groin on the inner side.
    #[test]
    fn every_site_is_drawn_and_the_hip_is_on_the_outside() {
        for site in SITES {
            assert_eq!(
                SHAPES.iter().filter(|s| s.site == site).count(),
                1,
                "{site}"
            );
        }
        let at = |side, site: &str| {
            let s = SHAPES.iter().find(|s| s.site == site).unwrap();
            place(side, s.back, s)
        };
        // Front view: the right leg is on the viewer's left, so its hip is further left.
        assert!(at(Side::Right, "hip") < at(Side::Right, "groin"));
        assert!(at(Side::Left, "hip") > at(Side::Left, "groin"));
        // Mirroring keeps a shape inside its leg's column.
        for side in Side::BOTH {
            for s in &SHAPES {
                let x = place(side, s.back, s);
                let col = column(side, s.back);
                assert!(x >= col && x + s.w <= col + 40.0, "{} {side:?}", s.site);
            }
        }
    }
}
