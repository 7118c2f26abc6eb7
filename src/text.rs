//! Every UI string, in English and Spanish, as a typed catalogue: one struct per language, so a
//! missing string is a compile error, and plurals are functions. Knowledge-base texts are
//! translated separately (`kb`), from catalogues fetched only when a language is chosen, so an
//! English visit does not download Spanish. Chosen over Fluent, which costs about 55 KB gzip
//! of wasm (shared/TOOLCHAIN.md measurements) for features two languages do not need.

use std::cell::RefCell;
use std::collections::BTreeMap;

/// The languages LegCheck speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language for a code such as `es`, `es-MX` or `en-GB`.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.get(..2)?.to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }

    /// The name of the language in itself, for the picker.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }
}

/// The UI strings of one language.
pub struct Ui {
    pub skip_link: &'static str,
    pub language: &'static str,
    pub nav_home: &'static str,
    pub nav_clinicians: &'static str,
    pub start_title: &'static str,
    pub start_lead: &'static str,
    pub start_for: &'static str,
    pub not_diagnosis: &'static str,
    pub not_diagnosis_more: &'static str,
    pub emergency_notice: &'static str,
    pub stays_on_device: &'static str,
    pub start: &'static str,
    pub resume: &'static str,
    pub start_again: &'static str,
    pub back: &'static str,
    pub continue_: &'static str,
    pub progress: fn(usize, usize) -> String,
    pub error_title: &'static str,
    pub error_prefix: &'static str,
    pub err_select: &'static str,
    pub err_select_all: &'static str,
    pub err_select_region: &'static str,
    pub err_number: fn(f64, f64) -> String,
    pub err_red_flags: fn(usize) -> String,
    pub yes: &'static str,
    pub no: &'static str,
    pub dont_know: &'static str,
    pub red_flags_title: &'static str,
    pub red_flags_hint: &'static str,
    pub emergency_title: &'static str,
    pub emergency_body: &'static str,
    pub emergency_continue: &'static str,
    pub map_instructions: &'static str,
    pub map_front: &'static str,
    pub map_back: &'static str,
    pub map_front_note: &'static str,
    pub map_back_note: &'static str,
    pub your_left: &'static str,
    pub your_right: &'static str,
    pub leg: fn(bool) -> &'static str,
    pub region: fn(bool, &str) -> String,
    /// A body site without its side, e.g. "calf".
    pub site: fn(&str) -> String,
    pub chosen: &'static str,
    pub chosen_none: &'static str,
    pub check_title: &'static str,
    pub change: &'static str,
    pub change_hidden: fn(&str) -> String,
    pub see_result: &'static str,
    pub result_title: &'static str,
    pub triage_heading: [&'static str; 4],
    pub triage_prefix: [&'static str; 4],
    pub triage_default_reason: &'static str,
    pub triage_unsure: &'static str,
    pub fits: fn(&str) -> String,
    pub causes_title: &'static str,
    pub causes_none: &'static str,
    pub bands: [&'static str; 3],
    pub why: &'static str,
    pub reasons_for: &'static str,
    pub reasons_against: &'static str,
    pub reasons_unsure: &'static str,
    pub arteries_title: &'static str,
    pub arteries_none: &'static str,
    pub arteries_note: &'static str,
    pub segments: [&'static str; 3],
    pub from_pain_in: &'static str,
    pub next_steps_title: &'static str,
    pub self_care_title: &'static str,
    pub evidence: &'static str,
    pub references_title: &'static str,
    pub kb_version: fn(&str) -> String,
    pub disclaimer: &'static str,
    pub print: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub clear: &'static str,
    pub save_device: &'static str,
    pub save_device_hint: &'static str,
    pub share: &'static str,
    pub fhir: &'static str,
    pub share_hint: &'static str,
    pub share_ready: &'static str,
    pub dismiss: &'static str,
    pub notice_storage_off: &'static str,
    pub notice_corrupt: &'static str,
    pub notice_expired: &'static str,
    pub notice_outdated: fn(usize) -> String,
    pub notice_cleared: &'static str,
    pub notice_saved: &'static str,
    pub notice_bad_link: &'static str,
    pub notice_link_mismatch: &'static str,
    pub notice_link_loaded: &'static str,
    pub notice_no_catalogue: &'static str,
    pub notice_update: &'static str,
    pub update_reload: &'static str,
    pub clinicians_title: &'static str,
    pub clinicians_lead: &'static str,
    pub abi_title: &'static str,
    pub abi_hint: &'static str,
    pub abi_fields: [&'static str; 6],
    pub abi_calculate: &'static str,
    pub abi_leg: fn(bool, f64, &str) -> String,
    pub abi_no_leg: fn(bool) -> String,
    pub abi_categories: [&'static str; 4],
    pub abi_error: fn(&str, f64, f64) -> String,
    pub abi_need_arm: &'static str,
    pub differential_title: &'static str,
    pub differential_headers: [&'static str; 6],
    pub documents_title: &'static str,
    pub knowledge_link: &'static str,
    pub hazard_link: &'static str,
    pub review_note: &'static str,
    pub not_found: &'static str,
    pub unit_mmhg: &'static str,
}

fn en_progress(n: usize, total: usize) -> String {
    format!("Question {n} of about {total}")
}
fn es_progress(n: usize, total: usize) -> String {
    format!("Pregunta {n} de unas {total}")
}
fn en_err_number(min: f64, max: f64) -> String {
    format!("Enter a number from {min} to {max}")
}
fn es_err_number(min: f64, max: f64) -> String {
    format!("Escriba un número del {min} al {max}")
}
fn en_err_red_flags(n: usize) -> String {
    match n {
        1 => "Answer the question that is still open".into(),
        n => format!("Answer the {n} questions that are still open"),
    }
}
fn es_err_red_flags(n: usize) -> String {
    match n {
        1 => "Conteste la pregunta que falta".into(),
        n => format!("Conteste las {n} preguntas que faltan"),
    }
}
fn en_leg(left: bool) -> &'static str {
    if left {
        "Your left leg"
    } else {
        "Your right leg"
    }
}
fn es_leg(left: bool) -> &'static str {
    if left {
        "Su pierna izquierda"
    } else {
        "Su pierna derecha"
    }
}
fn en_site(site: &str) -> &'static str {
    match site {
        "buttock" => "buttock",
        "hip" => "hip",
        "thigh_front" => "front of thigh",
        "thigh_back" => "back of thigh",
        "knee" => "knee",
        "knee_back" => "back of knee",
        "shin" => "shin",
        "calf" => "calf",
        "ankle" => "ankle",
        "foot_top" => "top of foot",
        "sole" => "sole of foot",
        "toes" => "toes",
        _ => "leg",
    }
}
fn es_site(site: &str) -> &'static str {
    match site {
        "buttock" => "Nalga",
        "hip" => "Cadera",
        "thigh_front" => "Parte delantera del muslo",
        "thigh_back" => "Parte trasera del muslo",
        "knee" => "Rodilla",
        "knee_back" => "Parte trasera de la rodilla",
        "shin" => "Espinilla",
        "calf" => "Pantorrilla",
        "ankle" => "Tobillo",
        "foot_top" => "Empeine",
        "sole" => "Planta del pie",
        "toes" => "Dedos del pie",
        _ => "Pierna",
    }
}
fn en_site_name(site: &str) -> String {
    en_site(site).to_string()
}
fn es_site_name(site: &str) -> String {
    // Spelled out rather than lower-cased at run time, which would pull Unicode tables into the
    // wasm.
    match site {
        "buttock" => "nalga",
        "hip" => "cadera",
        "thigh_front" => "parte delantera del muslo",
        "thigh_back" => "parte trasera del muslo",
        "knee" => "rodilla",
        "knee_back" => "parte trasera de la rodilla",
        "shin" => "espinilla",
        "calf" => "pantorrilla",
        "ankle" => "tobillo",
        "foot_top" => "empeine",
        "sole" => "planta del pie",
        "toes" => "dedos del pie",
        _ => "pierna",
    }
    .to_string()
}
fn en_region(left: bool, site: &str) -> String {
    format!(
        "Your {} {}",
        if left { "left" } else { "right" },
        en_site(site)
    )
}
fn es_region(left: bool, site: &str) -> String {
    format!(
        "{} ({})",
        es_site(site),
        if left {
            "pierna izquierda"
        } else {
            "pierna derecha"
        }
    )
}
fn en_change_hidden(q: &str) -> String {
    format!(" your answer to: {q}")
}
fn es_change_hidden(q: &str) -> String {
    format!(" su respuesta a: {q}")
}
fn en_fits(name: &str) -> String {
    format!("Your answers fit: {name}")
}
fn es_fits(name: &str) -> String {
    format!("Sus respuestas encajan con: {name}")
}
fn en_kb_version(v: &str) -> String {
    format!("Knowledge base version {v}")
}
fn es_kb_version(v: &str) -> String {
    format!("Versión de la base de conocimiento {v}")
}
fn en_outdated(n: usize) -> String {
    match n {
        0 => "LegCheck has been updated since you saved your answers. They all still apply.".into(),
        1 => "LegCheck has been updated since you saved your answers. 1 answer needs to be given again.".into(),
        n => format!("LegCheck has been updated since you saved your answers. {n} answers need to be given again."),
    }
}
fn es_outdated(n: usize) -> String {
    match n {
        0 => "LegCheck se ha actualizado desde que guardó sus respuestas. Todas siguen siendo válidas.".into(),
        1 => "LegCheck se ha actualizado desde que guardó sus respuestas. Hay que contestar de nuevo 1 pregunta.".into(),
        n => format!("LegCheck se ha actualizado desde que guardó sus respuestas. Hay que contestar de nuevo {n} preguntas."),
    }
}
fn en_abi_leg(left: bool, value: f64, category: &str) -> String {
    format!(
        "{}: ABI {value:.2} ({category})",
        if left { "Left leg" } else { "Right leg" }
    )
}
fn es_abi_leg(left: bool, value: f64, category: &str) -> String {
    format!(
        "{}: ITB {value:.2} ({category})",
        if left {
            "Pierna izquierda"
        } else {
            "Pierna derecha"
        }
    )
}
fn en_abi_no_leg(left: bool) -> String {
    format!(
        "{}: no ankle pressure entered",
        if left { "Left leg" } else { "Right leg" }
    )
}
fn es_abi_no_leg(left: bool) -> String {
    format!(
        "{}: no se ha introducido la presión del tobillo",
        if left {
            "Pierna izquierda"
        } else {
            "Pierna derecha"
        }
    )
}
fn en_abi_error(field: &str, min: f64, max: f64) -> String {
    format!("{field}: enter a pressure from {min} to {max} mmHg")
}
fn es_abi_error(field: &str, min: f64, max: f64) -> String {
    format!("{field}: escriba una presión de {min} a {max} mmHg")
}

pub const EN: Ui = Ui {
    skip_link: "Skip to main content",
    language: "Language",
    nav_home: "LegCheck home",
    nav_clinicians: "For clinicians",
    start_title: "Check your leg pain or cramps",
    start_lead: "Answer a few questions and mark where it hurts. LegCheck suggests how soon to get care, what might be causing it, and what to ask your doctor.",
    start_for: "It is for adults with leg cramps or leg pain. It takes about 3 minutes.",
    not_diagnosis: "This is not a diagnosis.",
    not_diagnosis_more: " LegCheck is a decision aid. It cannot examine you.",
    emergency_notice: "In an emergency call your local emergency number.",
    stays_on_device: "Your answers stay on this device. Nothing is sent anywhere unless you choose to share it.",
    start: "Start",
    resume: "Continue where you left off",
    start_again: "Start again",
    back: "Back",
    continue_: "Continue",
    progress: en_progress,
    error_title: "There is a problem",
    error_prefix: "Error: ",
    err_select: "Select an answer to continue",
    err_select_all: "Select all that apply, or the option that says none apply",
    err_select_region: "Select at least one place where you feel it",
    err_number: en_err_number,
    err_red_flags: en_err_red_flags,
    yes: "Yes",
    no: "No",
    dont_know: "I don't know",
    red_flags_title: "First, do you have any of these warning signs?",
    red_flags_hint: "Answer each question. If you are not sure, choose \"I don't know\".",
    emergency_title: "Call your local emergency number now",
    emergency_body: "What you describe can be an emergency. Do not wait to see if it gets better. If you cannot call, go to the nearest emergency department.",
    emergency_continue: "Continue the questions for information",
    map_instructions: "Tap the places on the picture, or tick them in the lists below.",
    map_front: "Front",
    map_back: "Back",
    map_front_note: "Front view, facing you: your right leg is on the left of the picture.",
    map_back_note: "Back view, seen from behind: your left leg is on the left of the picture.",
    your_left: "Your left",
    your_right: "Your right",
    leg: en_leg,
    region: en_region,
    site: en_site_name,
    chosen: "You have chosen:",
    chosen_none: "Nothing chosen yet.",
    check_title: "Check your answers",
    change: "Change",
    change_hidden: en_change_hidden,
    see_result: "See your result",
    result_title: "Your result",
    triage_heading: [
        "You can probably look after this yourself",
        "See a doctor about your symptoms",
        "Get an urgent appointment with a doctor today",
        "Call your local emergency number or go to an emergency department now",
    ],
    triage_prefix: ["Self-care advice: ", "Non-urgent advice: ", "Urgent advice: ", "Immediate action required: "],
    triage_default_reason: "Your answers did not clearly match one cause, so a health professional should look at your legs.",
    triage_unsure: "You were not sure about this warning sign.",
    fits: en_fits,
    causes_title: "Possible causes",
    causes_none: "Your answers did not point to a particular cause.",
    bands: ["Less likely", "Possible", "Strong match"],
    why: "Why?",
    reasons_for: "Answers that point to it",
    reasons_against: "Answers that point away from it",
    reasons_unsure: "Answers you were not sure about",
    arteries_title: "Arteries that may be involved",
    arteries_none: "No arterial cause is suspected from your answers, so no artery is highlighted.",
    arteries_note: "Where the pain is suggests which artery may be narrowed. This is a guide for your doctor, not a finding: only an examination and tests can show it.",
    segments: [
        "Aorto-iliac: the main arteries in the tummy and pelvis",
        "Femoro-popliteal: the arteries of the thigh and behind the knee",
        "Tibial: the arteries of the lower leg and foot",
    ],
    from_pain_in: "from pain in the",
    next_steps_title: "What to ask your doctor",
    self_care_title: "Things you can do yourself",
    evidence: "Evidence: ",
    references_title: "References",
    kb_version: en_kb_version,
    disclaimer: "LegCheck is a decision aid, not a diagnosis. It cannot examine you. If you think you are having an emergency, call your local emergency number now.",
    print: "Print or save as PDF",
    copy: "Copy summary as text",
    copied: "The summary has been copied. You can paste it into a message or a note.",
    copy_failed: "Your browser did not allow copying. Select the summary text and copy it yourself.",
    clear: "Clear my answers",
    save_device: "Save on this device to continue later",
    save_device_hint: "Your answers are kept on this device for 30 days. Anyone using this device could see them.",
    share: "Create a share link",
    fhir: "Download for your clinic's records (FHIR)",
    share_hint: "The answers are in the link itself, after the # sign, so they are not sent to any server. Anyone with the link can see them.",
    share_ready: "Your share link:",
    dismiss: "Dismiss",
    notice_storage_off: "Your browser is not letting LegCheck store anything, so your answers will be lost if you reload or close this page.",
    notice_corrupt: "We could not read your saved answers, so we have started again.",
    notice_expired: "Your saved answers were more than 30 days old, so we have started again.",
    notice_outdated: en_outdated,
    notice_cleared: "Your answers have been cleared from this device.",
    notice_saved: "Your answers are saved on this device for 30 days.",
    notice_bad_link: "This link is damaged or incomplete, so it cannot be opened. Your own answers have not been changed.",
    notice_link_mismatch: "The answers in this link do not fit this version of LegCheck, so it cannot be opened. Your own answers have not been changed.",
    notice_link_loaded: "You are looking at answers from a share link.",
    notice_no_catalogue: "The questions and advice could not be loaded in this language, so they are shown in English.",
    notice_update: "A new version of LegCheck is available. Your answers are saved and will be kept.",
    update_reload: "Reload to update",
    clinicians_title: "For clinicians",
    clinicians_lead: "Tools and sources behind LegCheck. The knowledge base is plain data that can be reviewed without reading code.",
    abi_title: "Ankle-brachial index (ABI) calculator",
    abi_hint: "Systolic pressures in mmHg. Each leg's ABI is the higher of its dorsalis pedis (DP) and posterior tibial (PT) pressures divided by the higher arm pressure (2016 AHA/ACC).",
    abi_fields: [
        "Left arm (brachial)",
        "Right arm (brachial)",
        "Left ankle, dorsalis pedis (DP)",
        "Left ankle, posterior tibial (PT)",
        "Right ankle, dorsalis pedis (DP)",
        "Right ankle, posterior tibial (PT)",
    ],
    abi_calculate: "Calculate ABI",
    abi_leg: en_abi_leg,
    abi_no_leg: en_abi_no_leg,
    abi_categories: [
        "abnormal: 0.90 or less",
        "borderline: 0.91 to 0.99",
        "normal: 1.00 to 1.40",
        "noncompressible: over 1.40, use the toe-brachial index",
    ],
    abi_error: en_abi_error,
    abi_need_arm: "Enter at least one arm pressure",
    differential_title: "Claudication and its mimics (ACC/AHA, TASC II)",
    differential_headers: ["Condition", "Location", "Character", "Effect of exercise", "Effect of rest", "Effect of position"],
    documents_title: "Documents",
    knowledge_link: "The knowledge base (questions, rules, references)",
    hazard_link: "The clinical safety hazard log",
    review_note: "The Spanish clinical text awaits review by a Spanish-speaking clinician.",
    not_found: "Page not found",
    unit_mmhg: "mmHg",
};

pub const ES: Ui = Ui {
    skip_link: "Saltar al contenido principal",
    language: "Idioma",
    nav_home: "Inicio de LegCheck",
    nav_clinicians: "Para profesionales",
    start_title: "Compruebe su dolor o sus calambres en las piernas",
    start_lead: "Conteste unas preguntas y marque dónde le duele. LegCheck le indica con qué urgencia buscar atención, qué podría causarlo y qué preguntar a su médico.",
    start_for: "Es para adultos con calambres o dolor en las piernas. Se tarda unos 3 minutos.",
    not_diagnosis: "Esto no es un diagnóstico.",
    not_diagnosis_more: " LegCheck es una ayuda para decidir. No puede examinarle.",
    emergency_notice: "En una emergencia, llame a su número local de emergencias.",
    stays_on_device: "Sus respuestas se quedan en este dispositivo. No se envía nada a ningún sitio salvo que usted decida compartirlo.",
    start: "Empezar",
    resume: "Seguir donde lo dejó",
    start_again: "Empezar de nuevo",
    back: "Atrás",
    continue_: "Continuar",
    progress: es_progress,
    error_title: "Hay un problema",
    error_prefix: "Error: ",
    err_select: "Elija una respuesta para continuar",
    err_select_all: "Elija todas las que correspondan, o la opción que dice que ninguna",
    err_select_region: "Elija al menos un lugar donde lo note",
    err_number: es_err_number,
    err_red_flags: es_err_red_flags,
    yes: "Sí",
    no: "No",
    dont_know: "No lo sé",
    red_flags_title: "Primero, ¿tiene alguna de estas señales de alarma?",
    red_flags_hint: "Conteste cada pregunta. Si no está seguro, elija «No lo sé».",
    emergency_title: "Llame ahora a su número local de emergencias",
    emergency_body: "Lo que describe puede ser una emergencia. No espere a ver si mejora. Si no puede llamar, vaya al servicio de urgencias más cercano.",
    emergency_continue: "Seguir con las preguntas para informarse",
    map_instructions: "Toque los lugares en el dibujo o márquelos en las listas de abajo.",
    map_front: "Delante",
    map_back: "Detrás",
    map_front_note: "Vista de frente, mirando hacia usted: su pierna derecha está a la izquierda del dibujo.",
    map_back_note: "Vista de espaldas: su pierna izquierda está a la izquierda del dibujo.",
    your_left: "Su izquierda",
    your_right: "Su derecha",
    leg: es_leg,
    region: es_region,
    site: es_site_name,
    chosen: "Ha elegido:",
    chosen_none: "Todavía no ha elegido nada.",
    check_title: "Revise sus respuestas",
    change: "Cambiar",
    change_hidden: es_change_hidden,
    see_result: "Ver su resultado",
    result_title: "Su resultado",
    triage_heading: [
        "Probablemente pueda cuidarse usted mismo",
        "Consulte a un médico por sus síntomas",
        "Pida hoy una cita urgente con un médico",
        "Llame ahora a su número local de emergencias o vaya a urgencias",
    ],
    triage_prefix: ["Consejo de autocuidado: ", "Consejo no urgente: ", "Consejo urgente: ", "Actúe de inmediato: "],
    triage_default_reason: "Sus respuestas no encajan claramente con una causa, así que un profesional sanitario debería examinarle las piernas.",
    triage_unsure: "No estaba seguro de esta señal de alarma.",
    fits: es_fits,
    causes_title: "Posibles causas",
    causes_none: "Sus respuestas no apuntan a una causa concreta.",
    bands: ["Menos probable", "Posible", "Encaja bien"],
    why: "¿Por qué?",
    reasons_for: "Respuestas a favor",
    reasons_against: "Respuestas en contra",
    reasons_unsure: "Respuestas de las que no estaba seguro",
    arteries_title: "Arterias que podrían estar afectadas",
    arteries_none: "Sus respuestas no hacen sospechar una causa arterial, así que no se marca ninguna arteria.",
    arteries_note: "El lugar del dolor sugiere qué arteria podría estar estrechada. Es una orientación para su médico, no un hallazgo: solo una exploración y unas pruebas pueden confirmarlo.",
    segments: [
        "Aortoilíaco: las arterias principales del abdomen y la pelvis",
        "Femoropoplíteo: las arterias del muslo y de detrás de la rodilla",
        "Tibial: las arterias de la parte baja de la pierna y del pie",
    ],
    from_pain_in: "por dolor en",
    next_steps_title: "Qué preguntar a su médico",
    self_care_title: "Lo que puede hacer usted",
    evidence: "Pruebas científicas: ",
    references_title: "Referencias",
    kb_version: es_kb_version,
    disclaimer: "LegCheck es una ayuda para decidir, no un diagnóstico. No puede examinarle. Si cree que tiene una emergencia, llame ahora a su número local de emergencias.",
    print: "Imprimir o guardar como PDF",
    copy: "Copiar el resumen como texto",
    copied: "Se ha copiado el resumen. Puede pegarlo en un mensaje o una nota.",
    copy_failed: "Su navegador no ha permitido copiar. Seleccione el texto del resumen y cópielo usted.",
    clear: "Borrar mis respuestas",
    save_device: "Guardar en este dispositivo para seguir más tarde",
    save_device_hint: "Sus respuestas se guardan en este dispositivo durante 30 días. Cualquiera que use este dispositivo podría verlas.",
    share: "Crear un enlace para compartir",
    fhir: "Descargar para el historial de su centro (FHIR)",
    share_hint: "Las respuestas van dentro del propio enlace, después del signo #, así que no se envían a ningún servidor. Cualquiera con el enlace puede verlas.",
    share_ready: "Su enlace para compartir:",
    dismiss: "Cerrar",
    notice_storage_off: "Su navegador no permite que LegCheck guarde nada, así que perderá sus respuestas si recarga o cierra esta página.",
    notice_corrupt: "No hemos podido leer sus respuestas guardadas, así que hemos empezado de nuevo.",
    notice_expired: "Sus respuestas guardadas tenían más de 30 días, así que hemos empezado de nuevo.",
    notice_outdated: es_outdated,
    notice_cleared: "Se han borrado sus respuestas de este dispositivo.",
    notice_saved: "Sus respuestas se han guardado en este dispositivo durante 30 días.",
    notice_bad_link: "Este enlace está dañado o incompleto, así que no se puede abrir. Sus propias respuestas no han cambiado.",
    notice_link_mismatch: "Las respuestas de este enlace no corresponden a esta versión de LegCheck, así que no se puede abrir. Sus propias respuestas no han cambiado.",
    notice_link_loaded: "Está viendo respuestas de un enlace compartido.",
    notice_no_catalogue: "No se han podido cargar las preguntas y los consejos en este idioma, así que se muestran en inglés.",
    notice_update: "Hay una nueva versión de LegCheck. Sus respuestas están guardadas y se conservarán.",
    update_reload: "Recargar para actualizar",
    clinicians_title: "Para profesionales",
    clinicians_lead: "Herramientas y fuentes de LegCheck. La base de conocimiento son datos sencillos que se pueden revisar sin leer código.",
    abi_title: "Calculadora del índice tobillo-brazo (ITB)",
    abi_hint: "Presiones sistólicas en mmHg. El ITB de cada pierna es la mayor de sus presiones pedia (DP) y tibial posterior (TP) dividida entre la mayor presión de los brazos (AHA/ACC 2016).",
    abi_fields: [
        "Brazo izquierdo (braquial)",
        "Brazo derecho (braquial)",
        "Tobillo izquierdo, pedia (DP)",
        "Tobillo izquierdo, tibial posterior (TP)",
        "Tobillo derecho, pedia (DP)",
        "Tobillo derecho, tibial posterior (TP)",
    ],
    abi_calculate: "Calcular el ITB",
    abi_leg: es_abi_leg,
    abi_no_leg: es_abi_no_leg,
    abi_categories: [
        "anormal: 0,90 o menos",
        "límite: de 0,91 a 0,99",
        "normal: de 1,00 a 1,40",
        "no compresible: más de 1,40, use el índice dedo del pie-brazo",
    ],
    abi_error: es_abi_error,
    abi_need_arm: "Escriba al menos la presión de un brazo",
    differential_title: "La claudicación y lo que se le parece (ACC/AHA, TASC II)",
    differential_headers: ["Afección", "Lugar", "Cómo es", "Efecto del ejercicio", "Efecto del reposo", "Efecto de la postura"],
    documents_title: "Documentos",
    knowledge_link: "La base de conocimiento (preguntas, reglas, referencias)",
    hazard_link: "El registro de riesgos de seguridad clínica",
    review_note: "El texto clínico en español está pendiente de revisión por un médico hispanohablante.",
    not_found: "No se ha encontrado la página",
    unit_mmhg: "mmHg",
};

/// The catalogue for a language.
pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::En => &EN,
        Lang::Es => &ES,
    }
}

thread_local! {
    /// Knowledge-base catalogues loaded so far (`i18n/<lang>.json`, fetched on demand).
    static CATALOGUES: RefCell<BTreeMap<&'static str, BTreeMap<String, String>>> =
        const { RefCell::new(BTreeMap::new()) };
}

/// Whether the knowledge-base texts of `lang` are available (English always is).
pub fn has_catalogue(lang: Lang) -> bool {
    lang == Lang::En || CATALOGUES.with(|c| c.borrow().contains_key(lang.code()))
}

/// Installs a fetched catalogue (JSON: English text to translation). False if unreadable.
pub fn set_catalogue(lang: Lang, json: &str) -> bool {
    match serde_json::from_str::<BTreeMap<String, String>>(json) {
        Ok(map) => {
            CATALOGUES.with(|c| c.borrow_mut().insert(lang.code(), map));
            true
        }
        Err(_) => false,
    }
}

/// A knowledge-base text in `lang`; the English text until the catalogue has loaded.
pub fn kb(lang: Lang, text: &str) -> String {
    if lang == Lang::En {
        return text.to_string();
    }
    CATALOGUES.with(|c| {
        c.borrow()
            .get(lang.code())
            .and_then(|m| m.get(text).cloned())
            .unwrap_or_else(|| text.to_string())
    })
}
