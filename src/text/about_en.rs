//! The English footer, privacy notice and accessibility statement. The privacy notice says what
//! the code does (`persist`, `embed`, static/sw.js); a test in `text` checks the figures it
//! quotes against the code.

use super::{date_parts, About, Section};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn reviewed(date: &str, version: &str) -> String {
    let date = match date_parts(date) {
        Some((y, m, d)) => format!("{d} {} {y}", MONTHS[m - 1]),
        None => date.to_string(),
    };
    format!("Content last updated: {date} (version {version})")
}

pub const ABOUT: About = About {
    footer_title: "About LegCheck",
    privacy_link: "Privacy",
    accessibility_link: "Accessibility statement",
    runs: "LegCheck is an open-source decision aid. It is not a medical service and it cannot diagnose.",
    runs_clinic: "The clinic whose website you are on gives you LegCheck here. LegCheck is an open-source decision aid. It is not a medical service and it cannot diagnose.",
    contact_clinic: "If a clinic gave you LegCheck or a link to it, contact the clinic with any questions.",
    contact_site: "To contact the people who run this website:",
    contact_none: "The people who run this website have not given a contact for LegCheck.",
    reviewed,
    privacy_title: "Privacy notice",
    privacy_lead: "LegCheck works inside your web browser. LegCheck does not send your answers to us or to any server. This page says what is kept on your device, for how long, and what leaves it only if you or the clinic that shows you LegCheck asks for it.",
    privacy: &[
        Section {
            title: "What is kept on this device",
            paras: &[],
            items: &[
                "While you answer, your answers and your language are kept in this browser tab (the browser's session storage). The browser deletes them when you close the tab.",
                "If you tick \"Save on this device to continue later\", a copy is also kept in the browser's local storage, so you can come back later. LegCheck stops using it 30 days after you last used LegCheck, and deletes it the next time it opens. If you untick the box, the copy is deleted at once.",
                "\"Clear my answers\" on the result page deletes both copies. You can also delete this website's data in your browser's settings.",
                "When you open a result from someone else's share link, their answers are shown but not saved.",
                "If you open answers from a file, or your clinic sends answers to LegCheck, they are read only on this device. They are shown, not saved. They are not put in the page address or in your browser's history. Reloading the page closes them.",
                "LegCheck keeps a copy of its own files on your device (in the browser's cache), so that it works without the internet. This copy has none of your answers in it.",
            ],
        },
        Section {
            title: "What LegCheck does not do",
            paras: &[],
            items: &[
                "It does not use cookies.",
                "It does not use analytics or tracking of any kind.",
                "It does not load anything from other websites: no adverts, fonts or scripts.",
                "It does not ask for your name, address, date of birth or contact details.",
            ],
        },
        Section {
            title: "What leaves this device, only if you choose",
            paras: &[],
            items: &[
                "A share link. Your answers are written into the link itself, after the # sign. Browsers do not send this part of a link to a website's server. But anyone who gets the link can see your answers, and the app you send it with may keep a copy.",
                "Printing, copying the summary, or downloading the answers as a file makes a copy on your device. Where it goes next is up to you.",
            ],
        },
        Section {
            title: "If LegCheck is inside a clinic's website",
            paras: &[
                "A clinic can show LegCheck inside its own website. If it does, LegCheck tells that website how many questions you have answered. When you see your result, it also tells the website how urgent your result is, the possible causes and which arteries may be involved.",
                "The clinic gets your answers only if it has asked for them as a file for its records (FHIR). The clinic's own privacy notice says what it does with them.",
                "You may open LegCheck on its own, not inside a clinic's website. Then it sends nothing to any clinic.",
            ],
            items: &[],
        },
        Section {
            title: "The website that sends you LegCheck",
            paras: &[
                "Like any website, the server that sends LegCheck's files to your browser may keep a standard record: your device's internet (IP) address, the time, and which files it sent. It never gets your answers.",
            ],
            items: &[],
        },
    ],
    accessibility_title: "Accessibility statement",
    accessibility_lead: "We want as many people as possible to be able to use LegCheck. This statement says how accessible it is, what does not work well yet, and how to tell us about a problem.",
    accessibility: &[
        Section {
            title: "Using LegCheck",
            paras: &["You should be able to:"],
            items: &[
                "zoom in up to 400% without the text going off the screen",
                "use it with only a keyboard",
                "use it with a screen reader",
                "use it with dark mode and with reduced motion",
                "use it in English or Spanish",
                "choose where it hurts from a list, as well as on the picture of the legs",
            ],
        },
        Section {
            title: "How accessible LegCheck is",
            paras: &[
                "LegCheck aims to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. No outside expert has checked it yet. So we cannot say that it fully meets this standard.",
            ],
            items: &[],
        },
        Section {
            title: "How we test it",
            paras: &["Each time LegCheck's code changes, automatic tests check that:"],
            items: &[
                "a tool called axe-core finds no access problems on any screen, in English and in Spanish",
                "every screen fits on a screen 320 pixels wide, with no need to scroll sideways",
                "the whole check can be done with only a keyboard",
                "buttons, links and boxes have the names a screen reader reads out",
            ],
        },
        Section {
            title: "What does not work well yet",
            paras: &[],
            items: &[
                "We have not yet tested LegCheck with people who use a screen reader or other aids. It is checked by automatic tests and by keyboard only.",
                "The table on the \"For clinicians\" page is wide. On a small screen you have to scroll it sideways.",
                "A printout or PDF made with your browser's print button may not work well with a screen reader.",
                "The file for your clinic's computer system (FHIR) is made for computers. It is not for people to read.",
                "A health professional who speaks Spanish has not yet checked the Spanish medical text.",
            ],
        },
        Section {
            title: "Report a problem",
            paras: &[
                "If you find a problem, or you need the information in another format, please tell us. Say which page it was and what went wrong.",
            ],
            items: &[],
        },
    ],
    questions_title: "Contact",
};

#[cfg(test)]
mod tests {
    use crate::text::{ui, Lang};

    /// The privacy notice quotes the code's own figures, in both languages.
    #[test]
    fn the_privacy_notice_quotes_how_long_answers_are_kept() {
        let days = crate::persist::KEEP_DAYS;
        for (lang, words) in [(Lang::En, "days"), (Lang::Es, "días")] {
            let all = ui(lang)
                .about
                .privacy
                .iter()
                .flat_map(|s| s.paras.iter().chain(s.items))
                .copied()
                .collect::<Vec<_>>()
                .join(" ");
            assert!(all.contains(&format!("{days} {words}")), "{lang:?}");
            // The embedding clinic gets the answers only with FHIR, as `embed::send_result`.
            assert!(all.contains("FHIR"), "{lang:?}");
        }
    }

    /// Answers opened from a file or sent by a clinic (`state::Opened`) are held in memory only,
    /// under an address that carries none of them (`#/opened`), so the notice says they are not
    /// in the address or the history, and that a reload closes them. If that changes, so must
    /// the notice.
    #[test]
    fn the_privacy_notice_says_what_happens_to_opened_answers() {
        // The ways of opening answers this item is about, named so that a change to them
        // comes here.
        let _ = [crate::state::Opened::File, crate::state::Opened::Clinic];
        assert_eq!(crate::route::Route::Opened.to_hash(), "#/opened");
        for (lang, words) in [
            (
                Lang::En,
                [
                    "from a file",
                    "not put in the page address",
                    "history",
                    "closes",
                ],
            ),
            (
                Lang::Es,
                [
                    "desde un archivo",
                    "No se escriben en la dirección de la página",
                    "historial",
                    "se cierran",
                ],
            ),
        ] {
            let items = ui(lang).about.privacy.iter().flat_map(|s| s.items);
            let item = items
                .into_iter()
                .find(|i| i.contains(words[0]))
                .unwrap_or_else(|| panic!("{lang:?}: no item on opened answers"));
            for w in words {
                assert!(item.contains(w), "{lang:?}: {w}");
            }
        }
    }

    #[test]
    fn both_languages_have_the_same_sections() {
        let (en, es) = (ui(Lang::En).about, ui(Lang::Es).about);
        for (a, b) in [
            (en.privacy, es.privacy),
            (en.accessibility, es.accessibility),
        ] {
            assert_eq!(a.len(), b.len());
            for (a, b) in a.iter().zip(b) {
                assert_eq!(a.paras.len(), b.paras.len(), "{}", a.title);
                assert_eq!(a.items.len(), b.items.len(), "{}", a.title);
            }
        }
    }

    #[test]
    fn the_review_date_comes_from_the_knowledge_base_in_words() {
        let kb = &crate::engine::engine().kb;
        assert!(
            crate::text::date_parts(&kb.reviewed).is_some(),
            "{}",
            kb.reviewed
        );
        let en = (ui(Lang::En).about.reviewed)("2026-11-26", "2026.11.4");
        assert_eq!(
            en,
            "Content last updated: 26 November 2026 (version 2026.11.4)"
        );
        let es = (ui(Lang::Es).about.reviewed)("2026-01-05", "2026.11.4");
        assert!(es.contains("5 de enero de 2026"), "{es}");
        // A date it cannot read is shown as written, never as a wrong date.
        assert!((ui(Lang::En).about.reviewed)("2026-13-01", "v").contains("2026-13-01"));
    }
}
