//! For clinicians: the ABI calculator, the claudication differential table generated from the
//! knowledge base, and links to the knowledge base and the hazard log.

use yew::prelude::*;

use crate::components::abi_calculator::AbiCalculator;
use crate::engine::engine;
use crate::text::{kb, ui, Lang};

#[derive(Properties, PartialEq)]
pub struct CliniciansPageProps {
    pub lang: Lang,
}

#[function_component(CliniciansPage)]
pub fn clinicians_page(props: &CliniciansPageProps) -> Html {
    crate::text::use_catalogues();
    let Ok(engine) = engine() else {
        return Html::default();
    };
    let (t, lang) = (ui(props.lang), props.lang);
    html! {
        <>
            <a href="#/" class="back-link">{ t.back }</a>
            <h1 tabindex="-1">{ t.clinicians_title }</h1>
            <p>{ t.clinicians_lead }</p>
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
