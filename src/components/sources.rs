//! Where a result's advice comes from, said twice: for the patient, one plain sentence and the
//! named sources (no reference codes, no evidence grades, no internal notes); and for the
//! doctor, a section shown only in the printout, with every reference's code, source and how
//! well it is confirmed, and how certain each artery mapping is.

use legcheck_engine::eval::{ReferenceItem, Segments};
use legcheck_engine::model::is_named_reference;
use yew::prelude::*;

use crate::labels::segment_label;
use crate::text::{kb, ui, Lang};

/// The names a patient sees: each named source once, in order of citation (in Spanish, the
/// original title followed by what it is), and the source summary's unnamed references as one
/// entry.
pub fn patient_sources(lang: Lang, references: &[ReferenceItem]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for r in references {
        let name = if is_named_reference(&r.id) {
            kb(lang, &r.source)
        } else {
            ui(lang).source_summary.to_string()
        };
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// What it shows (a plain function of these, not a component: no state of its own).
pub struct SourcesProps {
    pub lang: Lang,
    pub references: Vec<ReferenceItem>,
    pub segments: Segments,
}

pub fn sources(props: &SourcesProps) -> Html {
    let (t, lang) = (ui(props.lang), props.lang);
    let certainty = props
        .segments
        .left
        .iter()
        .chain(&props.segments.right)
        .map(|h| {
            format!(
                "{}: {}",
                segment_label(lang, h.segment),
                kb(lang, &h.certainty)
            )
        })
        .fold(Vec::<String>::new(), |mut seen, line| {
            if !seen.contains(&line) {
                seen.push(line);
            }
            seen
        });
    html! {
        <>
            <section class="sources">
                <h2>{ t.sources_title }</h2>
                <p>{ t.sources_intro }</p>
                <ul>
                    { for patient_sources(lang, &props.references).into_iter().map(|s| html! { <li>{ s }</li> }) }
                </ul>
            </section>
            <section class="for-doctor print-only">
                <h2>{ t.for_doctor_title }</h2>
                <p>{ t.for_doctor_intro }</p>
                <h3>{ t.references_title }</h3>
                <ol class="references">
                    { for props.references.iter().map(|r| html! {
                        <li id={format!("ref-{}", r.id)}>
                            { format!("[{}] {} ({})", r.id, r.source, (t.confidence)(&r.confidence)) }
                        </li>
                    }) }
                </ol>
                if !certainty.is_empty() {
                    <h3>{ t.arteries_title }</h3>
                    <ul>{ for certainty.into_iter().map(|c| html! { <li>{ c }</li> }) }</ul>
                }
            </section>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: &str, source: &str) -> ReferenceItem {
        ReferenceItem {
            id: id.into(),
            source: source.into(),
            confidence: "confirmed".into(),
        }
    }

    #[test]
    fn patients_see_named_sources_once_and_no_internal_notes() {
        let refs = [
            item(
                "source_2",
                "Source summary reference 2: ... (publication not named in the summary)",
            ),
            item("nhs_leg_cramps", "NHS: Leg cramps (nhs.uk)"),
            item(
                "source_5",
                "Source summary reference 5: ... (publication not named in the summary)",
            ),
        ];
        let names = patient_sources(Lang::En, &refs);
        assert_eq!(names.len(), 2, "{names:?}");
        assert_eq!(names[0], ui(Lang::En).source_summary);
        assert_eq!(names[1], "NHS: Leg cramps (nhs.uk)");
        assert!(names
            .iter()
            .all(|n| !n.contains("not named") && !n.contains('[')));
    }

    /// Every reference of the knowledge base, as a result would cite it.
    fn every_reference(engine: &legcheck_engine::Engine) -> Vec<ReferenceItem> {
        engine
            .kb
            .references
            .iter()
            .map(|r| item(&r.id, &r.source))
            .collect()
    }

    /// Every reference a real result can cite reads as a name a patient can look up: no
    /// reference code, and no note about what is or is not confirmed.
    #[test]
    fn no_reference_in_the_knowledge_base_shows_internal_notes_to_patients() {
        let engine = crate::engine::engine();
        let all = every_reference(engine);
        for name in patient_sources(Lang::En, &all) {
            for internal in [
                "primary source",
                "not named",
                "source summary reference",
                "[",
            ] {
                assert!(!name.to_lowercase().contains(internal), "{name}");
            }
        }
    }

    /// A Spanish reader sees each named source's original title, for looking it up, followed
    /// by what it is in Spanish; never an English note, an internal note or a reference code.
    #[test]
    fn spanish_readers_see_what_each_source_is_in_spanish() {
        let engine = crate::engine::engine();
        // A catalogue keyed by the English texts (before issue 14) is refused, not misread.
        let by_text = legcheck_engine::i18n::catalogue("es").unwrap();
        assert!(!crate::text::set_catalogue(
            Lang::Es,
            &serde_json::to_string(&by_text).unwrap()
        ));
        assert!(!crate::text::has_catalogue(Lang::Es));
        let catalogue = legcheck_engine::i18n::published("es").unwrap().unwrap();
        assert!(crate::text::set_catalogue(
            Lang::Es,
            &serde_json::to_string(&catalogue).unwrap()
        ));
        let all = every_reference(engine);
        let names = patient_sources(Lang::Es, &all);
        assert_eq!(names[0], ui(Lang::Es).source_summary);
        for (name, r) in names[1..]
            .iter()
            .zip(all.iter().filter(|r| is_named_reference(&r.id)))
        {
            let (title, what) = name.split_once(" — ").expect(name);
            assert!(
                title.starts_with(r.source.split(" (").next().unwrap()),
                "{name}"
            );
            assert!(!what.is_empty() && !r.source.contains(what), "{name}");
            for internal in [
                "fuente primaria",
                "no se nombra",
                "[",
                "who can",
                "see a GP",
            ] {
                assert!(!name.contains(internal), "{name}");
            }
        }
    }
}
