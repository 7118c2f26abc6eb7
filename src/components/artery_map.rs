//! The implicated arterial segments for each leg: a small front-view diagram with the three
//! segments drawn along each leg and the implicated ones highlighted, plus the same in words
//! (the words are what assistive technology reads; the diagram is hidden from it).

use legcheck_engine::eval::{SegmentHit, Segments};
use legcheck_engine::Segment;
use yew::prelude::*;

use crate::labels::segment_label;
use crate::text::{num, ui, Lang};

/// Where each segment runs on a leg drawn 40 wide: from (x1, y1) to (x2, y2).
const PATHS: [(Segment, f64, f64, f64, f64); 3] = [
    (Segment::Aortoiliac, 40.0, 8.0, 22.0, 70.0),
    (Segment::Femoropopliteal, 22.0, 70.0, 20.0, 190.0),
    (Segment::Tibial, 20.0, 190.0, 18.0, 330.0),
];

/// One leg at `x`; `mirror` flips it so that the arteries start towards the middle.
fn leg(x: f64, mirror: bool, hits: &[SegmentHit]) -> Html {
    let transform = if mirror {
        format!("translate({} 0) scale(-1 1)", num(x + 44.0))
    } else {
        format!("translate({} 0)", num(x))
    };
    html! {
        <g {transform}>
            <rect class="leg-outline" x="2" y="40" width="40" height="300" rx="16" />
            { for PATHS.iter().map(|(segment, x1, y1, x2, y2)| {
                let on = hits.iter().any(|h| h.segment == *segment);
                html! {
                    <line class={classes!("artery", on.then_some("artery--on"))}
                        x1={num(*x1)} y1={num(*y1)} x2={num(*x2)} y2={num(*y2)} />
                }
            }) }
        </g>
    }
}

#[derive(Properties, PartialEq)]
pub struct ArteryMapProps {
    pub lang: Lang,
    pub segments: Segments,
}

#[function_component(ArteryMap)]
pub fn artery_map(props: &ArteryMapProps) -> Html {
    crate::text::use_catalogues();
    let (t, lang) = (ui(props.lang), props.lang);
    let s = &props.segments;
    if s.left.is_empty() && s.right.is_empty() {
        return html! { <p>{ t.arteries_none }</p> };
    }
    let words = |left: bool, hits: &Vec<SegmentHit>| {
        if hits.is_empty() {
            return Html::default();
        }
        html! {
            <div class="artery-leg" data-leg={if left { "left" } else { "right" }}>
                <h3>{ (t.leg)(left) }</h3>
                <ul>{ for hits.iter().map(|h| html! {
                    <li>
                        <strong>{ segment_label(lang, h.segment) }</strong>{ ", " }{ t.from_pain_in }{ " " }
                        { h.sites.iter().map(|site| (t.site)(site)).collect::<Vec<_>>().join(", ") }
                    </li>
                }) }</ul>
            </div>
        }
    };
    html! {
        <div class="artery-map">
            <figure>
                // Front view, facing you: the person's right leg is on the left.
                <svg viewBox="0 0 140 350" class="artery-figure" aria-hidden="true" focusable="false">
                    <rect class="body-outline" x="20" y="0" width="100" height="44" rx="18" />
                    { leg(22.0, false, &s.right) }
                    { leg(76.0, true, &s.left) }
                    <text x="44" y="348" text-anchor="middle" class="side-label">{ t.your_right }</text>
                    <text x="98" y="348" text-anchor="middle" class="side-label">{ t.your_left }</text>
                </svg>
                <figcaption>{ t.map_front_note }</figcaption>
            </figure>
            <div><p>{ t.arteries_if }</p>{ words(true, &s.left) }{ words(false, &s.right) }</div>
            <p class="evidence">{ t.arteries_note }</p>
        </div>
    }
}
