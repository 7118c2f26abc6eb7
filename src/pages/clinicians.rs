//! For clinicians: opening a patient's answers from a FHIR file, the ABI calculator, the claudication differential table generated from the
//! knowledge base, every source with its confidence label, how sure the sources are of each
//! body-map site's arteries, and links to the knowledge base and the hazard log.

use yew::prelude::*;

use crate::components::{
    abi_calculator::AbiCalculator,
    open_file::{open_file, OpenFileProps},
};
use crate::engine::engine;
use crate::labels::segment_label;
use crate::text::{kb, ui, Lang};

/// What the page shows (a plain function of these, not a component: it holds no state, and
/// the app re-renders it when a catalogue arrives).
pub struct CliniciansPageProps {
    pub lang: Lang,
    /// Where the Back link goes: the screen this page was opened from.
    pub back: String,
    /// Why the last FHIR file could not be opened, in words.
    pub import_error: Option<String>,
    /// Open a FHIR QuestionnaireResponse from a file (its result opens as a shared one).
    pub onfile: Callback<web_sys::File>,
}

pub fn clinicians_page(props: &CliniciansPageProps) -> Html {
    let engine = engine();
    let (t, lang) = (ui(props.lang), props.lang);
    html! {
        <>
            <a href={props.back.clone()} class="back-link">{ t.back }</a>
            <h1 tabindex="-1">{ t.clinicians_title }</h1>
            <p>{ t.clinicians_lead }</p>
            { open_file(&OpenFileProps { lang, error: props.import_error.clone(), onfile: props.onfile.clone() }) }
            <AbiCalculator {lang} />
            <h2>{ t.differential_title }</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-label={t.differential_title}>
                <table class="differential">
                    <thead><tr>{ for t.differential_headers.iter().map(|h| html! { <th scope="col">{ *h }</th> }) }</tr></thead>
                    <tbody>
                        { for engine.kb.differential.iter().map(|row| {
                            let name = engine.kb.condition(&row.condition).map(|c| kb(lang, &c.name)).unwrap_or_default();
                            html! {
                                <tr>
                                    <th scope="row">{ name }</th>
                                    { for [&row.location, &row.character, &row.exercise, &row.rest, &row.position]
                                        .into_iter().map(|cell| html! { <td>{ kb(lang, cell) }</td> }) }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <h2>{ t.evidence_title }</h2>
            <p>{ t.evidence_intro }</p>
            <details>
            <summary>{ (t.show_sources)(engine.kb.references.len()) }</summary>
            <ol class="references">
                { for engine.kb.references.iter().map(|r| html! {
                    <li id={format!("ref-{}", r.id)}>
                        <span class="ref">{ format!("[{}] ", r.id) }</span>{ r.source.clone() }
                        { format!(" ({})", (t.confidence)(&r.confidence)) }
                        if let Some(note) = &r.note { <br /><span class="hint">{ note.clone() }</span> }
                    </li>
                }) }
            </ol>
            </details>
            <h2>{ t.segment_map_title }</h2>
            <ul>
                { for engine.kb.segment_map.iter().map(|m| html! {
                    <li>
                        { format!("{}: {}. ", capitalised(&(t.site)(&m.site)),
                            m.segments.iter().map(|s| segment_label(lang, *s)).collect::<Vec<_>>().join(", ")) }
                        <span class="hint">{ kb(lang, &m.certainty) }</span>
                    </li>
                }) }
            </ul>
            <h2>{ t.documents_title }</h2>
            <ul>
                <li><a href="docs/knowledge-base.toml">{ t.knowledge_link }</a></li>
                <li><a href="docs/hazard-log.md">{ t.hazard_link }</a></li>
            </ul>
            if lang != Lang::En {
                <p class="notice">{ t.review_note }</p>
            }
        </>
    }
}

/// "calf" -> "Calf", "úlcera" -> "Úlcera", for the start of a list item. Only Latin-1 letters
/// change: `char::to_uppercase` would bring Unicode's case table into the wasm (1.3 KB brotli)
/// for the two languages' site names, which all start with one (a test checks them).
fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let upper = match first {
        'a'..='z' => first.to_ascii_uppercase(),
        'à'..='þ' if first != '÷' => char::from_u32(first as u32 - 0x20).unwrap_or(first),
        _ => first,
    };
    std::iter::once(upper).chain(chars).collect()
}

#[cfg(test)]
mod tests {
    use super::capitalised;

    #[test]
    fn capitalises_the_first_letter_in_both_languages() {
        assert_eq!(capitalised("calf"), "Calf");
        assert_eq!(capitalised("úlcera en el pie"), "Úlcera en el pie");
        assert_eq!(capitalised("ñ"), "Ñ");
        assert_eq!(capitalised("Thigh"), "Thigh");
        assert_eq!(capitalised("÷ 2"), "÷ 2");
        assert_eq!(capitalised(""), "");
    }

    /// Every site name the page capitalises, in both languages, comes out as the standard
    /// library's Unicode-wide `to_uppercase` would make it.
    #[test]
    fn capitalises_every_site_name_as_unicode_would() {
        let engine = crate::engine::engine();
        for lang in crate::text::Lang::ALL {
            for m in &engine.kb.segment_map {
                let name = (crate::text::ui(lang).site)(&m.site);
                let mut chars = name.chars();
                let first = chars.next().expect("a site has a name");
                let unicode: String = first.to_uppercase().chain(chars).collect();
                assert_eq!(capitalised(&name), unicode, "{}", lang.code());
            }
        }
    }
}
