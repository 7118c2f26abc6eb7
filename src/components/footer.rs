//! The footer under every screen: links to the privacy notice, the accessibility statement and
//! the page for clinicians; who provides LegCheck here; how to reach someone; and when the
//! content was last reviewed (the knowledge base's `reviewed` date and version). Also the
//! pieces the privacy and accessibility pages share: their sections and the contact.

use yew::prelude::*;

use crate::contact::{Contact, CONTACT};
use crate::text::{ui, Lang, Section};

/// The information pages' sections: a heading, paragraphs, then a list.
pub fn sections(list: &[Section]) -> Html {
    html! {
        { for list.iter().map(|s| html! {
            <section>
                <h2>{ s.title }</h2>
                { for s.paras.iter().map(|p| html! { <p>{ *p }</p> }) }
                if !s.items.is_empty() {
                    <ul>{ for s.items.iter().map(|i| html! { <li>{ *i }</li> }) }</ul>
                }
            </section>
        }) }
    }
}

/// How to reach someone: the clinic that gave the link, then the contact set at build time
/// (`contact::CONTACT`), or that none was given.
pub fn contact(lang: Lang) -> Html {
    let a = ui(lang).about;
    let given = match CONTACT.and_then(crate::contact::parse) {
        Some(Contact::Email(email)) => {
            html! { <>{ a.contact_site }{ " " }<a href={format!("mailto:{email}")}>{ email }</a></> }
        }
        Some(Contact::Web(url)) => {
            html! { <>{ a.contact_site }{ " " }<a href={url.to_string()} target="_blank" rel="noopener noreferrer">{ url }</a></> }
        }
        Some(Contact::Text(text)) => html! { <>{ a.contact_site }{ " " }{ text }</> },
        None => html! { { a.contact_none } },
    };
    html! {
        <>
            <p>{ a.contact_clinic }</p>
            <p class="contact">{ given }</p>
        </>
    }
}

/// A component, not a plain function, though it has no state: it is on every screen and its
/// props rarely change, so Yew skips it when the rest of the page re-renders after an answer.
#[derive(Properties, PartialEq)]
pub struct FooterProps {
    pub lang: Lang,
    /// Inside a clinic's website: the clinic provides LegCheck here.
    pub embedded: bool,
}

#[function_component(Footer)]
pub fn footer(props: &FooterProps) -> Html {
    let t = ui(props.lang);
    let a = t.about;
    html! {
        <footer class="app-footer">
            <div class="app-footer__inner">
                <h2 class="visually-hidden">{ a.footer_title }</h2>
                <ul class="footer-links no-print">
                    <li><a href="#/privacy">{ a.privacy_link }</a></li>
                    <li><a href="#/accessibility">{ a.accessibility_link }</a></li>
                    <li><a href="#/clinicians">{ t.nav_clinicians }</a></li>
                </ul>
                <div class="no-print">
                    <p>{ if props.embedded { a.runs_clinic } else { a.runs } }</p>
                    { contact(props.lang) }
                </div>
                <p class="reviewed">{ (a.reviewed)(legcheck_engine::KB_REVIEWED, legcheck_engine::KB_VERSION) }</p>
            </div>
        </footer>
    }
}
