//! The words for opening a FHIR QuestionnaireResponse (a file, or answers an embedding clinic
//! sent), in English and Spanish: the file control, the result's title and notice, and each
//! reason a response is refused, naming the item at fault. A struct per language, as `Ui`, so a
//! missing translation does not compile; held to the result pages' reading level below.

use legcheck_interop::fhir::Problem;

use super::Lang;
use crate::state::{ImportFailure, Opened, Refusal};

pub struct ImportUi {
    /// The file control's label and hint.
    pub label: &'static str,
    pub hint: &'static str,
    /// For answers from a file, then from the clinic: the notice, the result's title, the hint
    /// under it, and the heading of the answers listed.
    pub notice: [&'static str; 2],
    pub title: [&'static str; 2],
    pub shared_hint: [&'static str; 2],
    pub answers_title: [&'static str; 2],
    /// Before a reason: what could not be opened (a file, the clinic's answers).
    pub lead: [&'static str; 2],
    /// After a reason.
    pub kept: &'static str,
    /// Above the emergency signs a refused response still shows (a file, the clinic's answers).
    pub emergency: [&'static str; 2],
    /// The ankle pressures as a whole, when a response's ABI group is at fault.
    pub abi: &'static str,
    /// After a reload (or Back and Forward) to answers that were opened: they are gone.
    pub gone: &'static str,
    /// Why, naming the item (`{item}`): unreadable, not JSON, too large, not a response,
    /// another questionnaire, entered in error, malformed, empty, unknown item, bad answer,
    /// not asked.
    pub reasons: [&'static str; 11],
}

pub const EN: ImportUi = ImportUi {
    label: "Open answers from a file (FHIR QuestionnaireResponse)",
    hint: "A file saved from LegCheck or from your clinic's forms. It is opened on this device and sent nowhere. Your own answers are kept.",
    notice: [
        "You are looking at answers opened from a file. Your own answers are kept as they were.",
        "You are looking at answers sent by the clinic whose website you are on. Your own answers are kept as they were.",
    ],
    title: ["Result from a file", "Result from your clinic's answers"],
    shared_hint: [
        "These answers come from a file. The advice on this page is written to the person who answered, and their answers are listed at the end. They are not saved on this device or in its history, so a reload closes them. Your own answers are kept as they were.",
        "The clinic whose website you are on sent these answers. The advice on this page is written to the person who answered, and their answers are listed at the end. They are not saved on this device or in its history, so a reload closes them. Your own answers are kept as they were.",
    ],
    answers_title: ["The answers in this file", "The answers the clinic sent"],
    lead: [
        "LegCheck could not open the answers in this file:",
        "LegCheck could not open the answers your clinic sent:",
    ],
    kept: "Your own answers have not changed.",
    emergency: [
        "The answers in this file could not all be opened, but they show signs of an emergency:",
        "The answers your clinic sent could not all be opened, but they show signs of an emergency:",
    ],
    abi: "ankle and arm pressures (ABI)",
    gone: "The answers you opened are no longer shown. LegCheck does not keep them, so open the file again to see them. Your own answers have not changed.",
    reasons: [
        "the browser could not read the file.",
        "it is not a FHIR file (JSON).",
        "it is too large to be a set of answers: larger than 1 MB, or with far too many parts.",
        "it is not a set of answers (a FHIR QuestionnaireResponse).",
        "the answers are to another questionnaire, not to LegCheck's.",
        "the answers are marked as entered in error.",
        "part of it is not laid out as FHIR says, at “{item}”.",
        "there are no answers in it.",
        "it answers “{item}”, which is not a LegCheck question.",
        "the answer to “{item}” is not one LegCheck accepts.",
        "it answers “{item}”, which LegCheck would not ask with the other answers.",
    ],
};

pub const ES: ImportUi = ImportUi {
    label: "Abrir respuestas desde un archivo (QuestionnaireResponse de FHIR)",
    hint: "Un archivo guardado desde LegCheck o desde los formularios de su clínica. Se abre en este dispositivo y no se envía a ningún sitio. Sus propias respuestas se conservan.",
    notice: [
        "Está viendo respuestas abiertas desde un archivo. Sus propias respuestas se conservan como estaban.",
        "Está viendo respuestas enviadas por la clínica en cuya web está. Sus propias respuestas se conservan como estaban.",
    ],
    title: ["Resultado de un archivo", "Resultado de las respuestas de su clínica"],
    shared_hint: [
        "Estas respuestas vienen de un archivo. Los consejos de esta página se dirigen a la persona que respondió, y sus respuestas aparecen al final. No se guardan en este dispositivo ni en su historial, así que al recargar la página se cierran. Sus propias respuestas se conservan como estaban.",
        "La clínica en cuya web está envió estas respuestas. Los consejos de esta página se dirigen a la persona que respondió, y sus respuestas aparecen al final. No se guardan en este dispositivo ni en su historial, así que al recargar la página se cierran. Sus propias respuestas se conservan como estaban.",
    ],
    answers_title: ["Las respuestas de este archivo", "Las respuestas que envió la clínica"],
    lead: [
        "LegCheck no pudo abrir las respuestas de este archivo:",
        "LegCheck no pudo abrir las respuestas que envió su clínica:",
    ],
    kept: "Sus propias respuestas no han cambiado.",
    emergency: [
        "No se pudieron abrir todas las respuestas de este archivo, pero muestran señales de una emergencia:",
        "No se pudieron abrir todas las respuestas que envió su clínica, pero muestran señales de una emergencia:",
    ],
    abi: "presiones del tobillo y del brazo (ITB)",
    gone: "Las respuestas que abrió ya no se muestran. LegCheck no las guarda, así que abra el archivo otra vez para verlas. Sus propias respuestas no han cambiado.",
    reasons: [
        "el navegador no pudo leer el archivo.",
        "no es un archivo FHIR (JSON).",
        "es demasiado grande para ser un conjunto de respuestas: ocupa más de 1 MB o tiene demasiadas partes.",
        "no es un conjunto de respuestas (un QuestionnaireResponse de FHIR).",
        "las respuestas son de otro cuestionario, no del de LegCheck.",
        "las respuestas están marcadas como introducidas por error.",
        "una parte no sigue el formato de FHIR, en «{item}».",
        "no contiene respuestas.",
        "responde a «{item}», que no es una pregunta de LegCheck.",
        "la respuesta a «{item}» no es una que LegCheck acepte.",
        "responde a «{item}», una pregunta que LegCheck no haría con las demás respuestas.",
    ],
};

pub fn import_ui(lang: Lang) -> &'static ImportUi {
    match lang {
        Lang::En => &EN,
        Lang::Es => &ES,
    }
}

/// The item at fault as the person knows it: a question in its own words, an ankle or arm
/// pressure by the ABI calculator's label (`abi.arm_left` is "Left arm (brachial)"), the ABI
/// group as the pressures, and anything else (`document`, `questionnaire`) by its id.
pub fn item_name(lang: Lang, id: &str) -> String {
    let question = crate::engine::engine()
        .kb
        .question(id)
        .map(|q| super::kb(lang, &q.text));
    let pressure = id
        .strip_prefix("abi.")
        .and_then(|f| crate::abi_form::FIELDS.iter().position(|x| *x == f))
        .map(|i| super::ui(lang).abi_fields[i].to_string());
    question
        .or(pressure)
        .or_else(|| (id == "abi").then(|| import_ui(lang).abi.to_string()))
        .unwrap_or_else(|| id.to_string())
}

/// 0 for a file, 1 for the clinic.
fn index(from: Opened) -> usize {
    usize::from(from == Opened::Clinic)
}

impl ImportUi {
    pub fn title(&self, from: Opened) -> &'static str {
        self.title[index(from)]
    }

    pub fn shared_hint(&self, from: Opened) -> &'static str {
        self.shared_hint[index(from)]
    }

    pub fn answers_title(&self, from: Opened) -> &'static str {
        self.answers_title[index(from)]
    }

    pub fn emergency(&self, from: Opened) -> &'static str {
        self.emergency[index(from)]
    }

    /// Why a response was refused, in a sentence naming the item as the person knows it
    /// (`item`: the question's words, or the item's id when it is not a question).
    pub fn failure(&self, failure: &ImportFailure, item: &str) -> String {
        let reason = match failure.refusal {
            Refusal::Unreadable => 0,
            Refusal::Refused(problem) => match problem {
                Problem::NotJson => 1,
                Problem::TooLarge => 2,
                Problem::NotAResponse => 3,
                Problem::Foreign => 4,
                Problem::Withdrawn => 5,
                Problem::Malformed => 6,
                Problem::Empty => 7,
                Problem::UnknownItem => 8,
                Problem::BadAnswer => 9,
                Problem::NotAsked => 10,
            },
        };
        format!(
            "{} {} {}",
            self.lead[index(failure.from)],
            self.reasons[reason].replace("{item}", item),
            self.kept
        )
    }
}

#[cfg(test)]
mod tests {
    use legcheck_engine::readability::policy::{check, unexplained};
    use legcheck_engine::readability::Language;

    use super::*;

    /// A refused ABI pressure is named as the calculator labels it, never by its raw id.
    #[test]
    fn items_at_fault_are_named_as_the_person_knows_them() {
        assert_eq!(item_name(Lang::En, "abi.arm_left"), "Left arm (brachial)");
        assert_eq!(
            item_name(Lang::Es, "abi.right_pt"),
            "Tobillo derecho, tibial posterior (TP)"
        );
        assert_eq!(item_name(Lang::En, "abi"), EN.abi);
        assert_eq!(item_name(Lang::Es, "abi"), ES.abi);
        assert_eq!(item_name(Lang::En, "age"), "How old are you?");
        assert_eq!(item_name(Lang::En, "document"), "document");
    }

    /// Every string read on the result pages' level (grade 8), as `text/reading.rs` holds the
    /// rest of the catalogue, with every reason worded in full.
    #[test]
    fn import_strings_read_at_the_result_pages_level() {
        for (t, language) in [(&EN, Language::English), (&ES, Language::Spanish)] {
            let mut texts: Vec<String> = [t.label, t.hint, t.kept, t.abi, t.gone]
                .into_iter()
                .chain(t.emergency)
                .chain(t.notice)
                .chain(t.title)
                .chain(t.shared_hint)
                .chain(t.answers_title)
                .map(String::from)
                .collect();
            for from in [Opened::File, Opened::Clinic] {
                for refusal in [Refusal::Unreadable, Refusal::Refused(Problem::NotAsked)] {
                    let failure = ImportFailure {
                        from,
                        refusal,
                        item: "age".into(),
                        attempt: 0,
                        emergency: Vec::new(),
                    };
                    texts.push(t.failure(&failure, "How old are you?"));
                }
            }
            // Each reason as it is read: after the lead, before "your answers have not changed".
            texts.extend(
                t.reasons
                    .iter()
                    .map(|r| format!("{} {} {}", t.lead[0], r.replace("{item}", "age"), t.kept)),
            );
            for text in texts {
                // The resource's name is a proper name, as a clinic's systems show it (like a
                // file type), given after plain words that say what it is.
                let text = text.replace("QuestionnaireResponse", "file");
                assert!(
                    check(&text, language, 8.0).is_ok(),
                    "{text}: {:?}",
                    check(&text, language, 8.0)
                );
                assert!(unexplained(&text, &[]).is_empty(), "{text}");
            }
        }
    }
}
