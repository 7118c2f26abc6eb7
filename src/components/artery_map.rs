//! The implicated arterial segments for each leg: a front-view diagram with the three segments
//! (aorto-iliac, femoro-popliteal, tibial) drawn along each leg as separate parts, each with
//! its own line style and a text label, the implicated ones drawn thicker, coloured and in bold,
//! plus the same in words (the words are what assistive technology reads; the diagram is
//! hidden from it).

use legcheck_engine::eval::{SegmentHit, Segments};
use legcheck_engine::Segment;
use yew::prelude::*;

use crate::labels::segment_label;
use crate::text::{num, ui, Lang, Ui};

/// The figure's size in viewBox units (drawn at most 320 CSS px wide, see style.css).
const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 400.0;

/// One segment on the person's right leg (the viewer's left; the left leg is its mirror
/// image): its id, the points it runs through, and where its label's leader line meets it.
struct Path {
    segment: Segment,
    id: &'static str,
    points: &'static [(f64, f64)],
    label_at: (f64, f64),
}

/// The aorta comes down the middle and divides into the iliac arteries, which reach the groin;
/// the femoral and popliteal arteries run to below the knee; the tibial arteries to the foot.
/// Gaps between the parts show where one ends and the next begins.
const PATHS: [Path; 3] = [
    Path {
        segment: Segment::Aortoiliac,
        id: "aortoiliac",
        points: &[(160.0, 14.0), (160.0, 46.0), (114.0, 90.0)],
        label_at: (137.0, 68.0),
    },
    Path {
        segment: Segment::Femoropopliteal,
        id: "femoropopliteal",
        points: &[(113.0, 102.0), (112.0, 228.0)],
        label_at: (112.5, 165.0),
    },
    Path {
        segment: Segment::Tibial,
        id: "tibial",
        points: &[(112.0, 242.0), (111.0, 362.0)],
        label_at: (111.5, 302.0),
    },
];

/// The body's outline, front view: the lower trunk, then both legs.
const OUTLINE: &str =
    "84,8 236,8 240,80 234,372 186,372 180,104 160,96 140,104 134,372 86,372 80,80";

/// Where labels end (the right leg's, on the viewer's left) or start (the left leg's).
const LABEL_X: f64 = 74.0;

/// An x on the right leg, moved to the given leg.
fn x_for(left: bool, x: f64) -> f64 {
    if left {
        WIDTH - x
    } else {
        x
    }
}

/// One segment of one leg: the line, its leader and its label (on the leg's outer side).
fn segment(t: &Ui, left: bool, path: &Path, index: usize, on: bool) -> Html {
    let points = path
        .points
        .iter()
        .map(|(x, y)| format!("{},{}", num(x_for(left, *x)), num(*y)))
        .collect::<Vec<_>>()
        .join(" ");
    let (ax, ay) = path.label_at;
    let lines: Vec<&str> = t.segment_names[index].split('\n').collect();
    let first = ay + 5.0 - 8.0 * (lines.len() as f64 - 1.0);
    let leg = if left { "left" } else { "right" };
    html! {
        <g class={classes!("artery-part", format!("artery-part--{}", path.id), on.then_some("artery-part--on"))}
            data-segment={path.id} data-leg={leg}>
            <line class="artery-leader"
                x1={num(x_for(left, LABEL_X + 4.0))} y1={num(ay)}
                x2={num(x_for(left, ax - 6.0))} y2={num(ay)} />
            <polyline class={classes!("artery", format!("artery--{}", path.id), on.then_some("artery--on"))}
                {points} />
            <text class="artery-label" x={num(x_for(left, LABEL_X))} y={num(first)}
                text-anchor={if left { "start" } else { "end" }}>
                { for lines.iter().enumerate().map(|(i, line)| html! {
                    <tspan x={num(x_for(left, LABEL_X))} dy={if i == 0 { "0" } else { "16" }}>{ *line }</tspan>
                }) }
            </text>
        </g>
    }
}

/// Both legs: the segments that are not implicated first, so that an implicated aorta (shared
/// by both legs) is drawn over one that is not.
fn figure(t: &Ui, s: &Segments) -> Html {
    let parts: Vec<(bool, usize, bool)> = [false, true]
        .into_iter()
        .flat_map(|left| {
            let hits = if left { &s.left } else { &s.right };
            PATHS
                .iter()
                .enumerate()
                .map(move |(i, p)| (left, i, hits.iter().any(|h| h.segment == p.segment)))
        })
        .collect();
    // Affected parts are drawn last, so they are on top (a filter, not a sort: issue 14).
    let parts = parts
        .iter()
        .filter(|p| !p.2)
        .chain(parts.iter().filter(|p| p.2));
    html! {
        // Front view, facing you: the person's right leg is on the left.
        <svg viewBox={format!("0 0 {} {}", num(WIDTH), num(HEIGHT))} class="artery-figure" aria-hidden="true" focusable="false">
            <polygon class="body-outline" points={OUTLINE} />
            { for parts.map(|(left, i, on)| segment(t, *left, &PATHS[*i], *i, *on)) }
            // Under each leg, 20 apart whatever their length.
            <text x="150" y="392" text-anchor="end" class="side-label">{ t.your_right }</text>
            <text x="170" y="392" text-anchor="start" class="side-label">{ t.your_left }</text>
        </svg>
    }
}

/// What the part shows (a plain function of these: it holds no state, and the result page
/// re-renders it when a catalogue arrives).
pub struct ArteryMapProps<'a> {
    pub lang: Lang,
    pub segments: &'a Segments,
}

pub fn artery_map(props: &ArteryMapProps<'_>) -> Html {
    let (t, lang) = (ui(props.lang), props.lang);
    let s = props.segments;
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
                { figure(t, s) }
                <figcaption>{ t.map_front_note }</figcaption>
            </figure>
            <div><p>{ t.arteries_if }</p>{ words(true, &s.left) }{ words(false, &s.right) }</div>
            <p class="evidence">{ t.arteries_note }</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The three parts follow one another down the leg with a gap between each, and every
    /// label's leader line meets its own part, inside the figure.
    #[test]
    fn the_parts_run_down_the_leg_apart() {
        for pair in PATHS.windows(2) {
            let end = pair[0].points.last().unwrap().1;
            let start = pair[1].points[0].1;
            assert!(
                start - end >= 8.0,
                "{} and {} run together",
                pair[0].id,
                pair[1].id
            );
        }
        for p in &PATHS {
            let (ys, ye) = (p.points[0].1, p.points.last().unwrap().1);
            assert!(p.label_at.1 > ys && p.label_at.1 < ye, "{}", p.id);
            assert!(p
                .points
                .iter()
                .all(|(x, y)| *x > LABEL_X && *x <= WIDTH / 2.0 && *y < HEIGHT));
        }
    }
}
