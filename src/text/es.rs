//! The Spanish UI strings (awaiting review by a Spanish-speaking clinician).

use super::{fixed2, num, Ui};

fn es_start_for([few, many]: [u32; 2], [quick, slow]: [u32; 2]) -> String {
    format!("Es para adultos con calambres o dolor en las piernas. La mayoría de las personas contesta entre {few} y {many} preguntas cortas. Se tarda entre {quick} y {slow} minutos.")
}
fn es_progress(n: usize, total: usize, section: &str) -> String {
    format!("Parte {n} de {total}: {section}")
}
fn es_err_number(min: f64, max: f64) -> String {
    format!("Escriba un número del {} al {}", num(min), num(max))
}
fn es_err_red_flags(n: usize) -> String {
    match n {
        1 => "Conteste la pregunta que falta".into(),
        n => format!("Conteste las {n} preguntas que faltan"),
    }
}
fn es_leg(left: bool) -> &'static str {
    if left {
        "Su pierna izquierda"
    } else {
        "Su pierna derecha"
    }
}
fn es_site_name(site: &str) -> String {
    // With its article, after "por dolor en" ("por dolor en la pantorrilla"). Spelled out rather
    // than lower-cased at run time, which would pull Unicode tables into the wasm.
    match site {
        "buttock" => "la nalga",
        "hip" => "la cadera",
        "groin" => "la ingle",
        "thigh_front" => "la parte delantera del muslo",
        "thigh_back" => "la parte trasera del muslo",
        "knee" => "la rodilla",
        "knee_back" => "la parte trasera de la rodilla",
        "shin" => "la espinilla",
        "calf" => "la pantorrilla",
        "ankle" => "el tobillo",
        "heel" => "la parte trasera del talón",
        "foot_top" => "el empeine",
        "sole" => "la planta del pie",
        "toes" => "los dedos del pie",
        _ => "la pierna",
    }
    .to_string()
}
/// A place on one leg, as Spanish says it: "Nalga izquierda", "Planta del pie derecho" (the
/// side agrees with the noun it describes).
fn es_region(left: bool, site: &str) -> String {
    let (name, feminine) = match site {
        "buttock" => ("Nalga", true),
        "hip" => ("Cadera", true),
        "groin" => ("Ingle", true),
        "thigh_front" => ("Parte delantera del muslo", false),
        "thigh_back" => ("Parte trasera del muslo", false),
        "knee" => ("Rodilla", true),
        "knee_back" => ("Parte trasera de la rodilla", true),
        "shin" => ("Espinilla", true),
        "calf" => ("Pantorrilla", true),
        "ankle" => ("Tobillo", false),
        "heel" => ("Parte trasera del talón", false),
        "foot_top" => ("Empeine del pie", false),
        "sole" => ("Planta del pie", false),
        "toes" => ("Dedos del pie", false),
        _ => ("Pierna", true),
    };
    let side = match (left, feminine) {
        (true, true) => "izquierda",
        (true, false) => "izquierdo",
        (false, true) => "derecha",
        (false, false) => "derecho",
    };
    format!("{name} {side}")
}
fn es_map_label(site: &str) -> &'static str {
    match site {
        "buttock" => "Nalga",
        "hip" => "Cadera",
        "groin" => "Ingle",
        "thigh_front" => "Muslo",
        "thigh_back" => "Muslo",
        "knee" => "Rodilla",
        "knee_back" => "Corva",
        "shin" => "Espinilla",
        "calf" => "Pantorrilla",
        "ankle" => "Tobillo",
        "heel" => "Talón",
        "foot_top" => "Empeine",
        "sole" => "Planta",
        "toes" => "Dedos",
        _ => "Pierna",
    }
}
fn es_view_chosen(n: usize) -> String {
    match n {
        0 => "Ninguno elegido".into(),
        1 => "1 elegido".into(),
        n => format!("{n} elegidos"),
    }
}
fn es_chosen(n: usize) -> String {
    match n {
        1 => "Ha elegido 1 lugar:".into(),
        n => format!("Ha elegido {n} lugares:"),
    }
}
fn es_change_hidden(q: &str) -> String {
    format!(" su respuesta a: {q}")
}
fn es_fits(name: &str) -> String {
    format!("Sus respuestas encajan con: {name}")
}
fn es_kb_version(v: &str) -> String {
    format!("Versión de la base de conocimiento {v}")
}
fn es_outdated(n: usize) -> String {
    match n {
        0 => "LegCheck se ha actualizado desde que guardó sus respuestas. Todas siguen siendo válidas.".into(),
        1 => "LegCheck se ha actualizado desde que guardó sus respuestas. Hay que contestar de nuevo una pregunta.".into(),
        n => format!("LegCheck se ha actualizado desde que guardó sus respuestas. Hay que contestar de nuevo {n} preguntas."),
    }
}
fn es_link_outdated(n: usize) -> String {
    match n {
        0 => "Este enlace se hizo con otra versión de LegCheck. Sus respuestas siguen siendo válidas, pero el resultado puede ser distinto del que vio quien lo envió.".into(),
        1 => "Este enlace se hizo con otra versión de LegCheck. Una de sus respuestas ya no se pregunta, así que se ha dejado fuera.".into(),
        n => format!("Este enlace se hizo con otra versión de LegCheck. {n} de sus respuestas ya no se preguntan, así que se han dejado fuera."),
    }
}
fn es_link_pruned(n: usize) -> String {
    match n {
        1 => "Una respuesta de este enlace es de una pregunta que LegCheck no haría, así que se ha dejado fuera.".into(),
        n => format!("De las respuestas de este enlace, {n} son de preguntas que LegCheck no haría, así que se han dejado fuera."),
    }
}
fn es_abi_leg(left: bool, value: f64, category: &str) -> String {
    format!(
        "{}: ITB {} ({category})",
        if left {
            "Pierna izquierda"
        } else {
            "Pierna derecha"
        },
        // A decimal comma, as the category's own limits ("0,90 o menos").
        fixed2(value).replace('.', ",")
    )
}
fn es_confidence(label: &str) -> &'static str {
    match label {
        "confirmed" => "confirmada",
        "partly_confirmed" => "confirmada en parte",
        _ => "no confirmada",
    }
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
fn es_abi_error(field: &str, min: f64, max: f64) -> String {
    format!(
        "{field}: escriba una presión de {} a {} mmHg",
        num(min),
        num(max)
    )
}

pub const ES: Ui = Ui {
    skip_link: "Saltar al contenido principal",
    language: "Idioma",
    nav_home: "Inicio de LegCheck",
    nav_clinicians: "Para profesionales",
    start_title: "¿Le duelen las piernas o tiene calambres?",
    start_lead: "Conteste las preguntas y marque dónde le duele. LegCheck le indica con qué urgencia buscar atención, qué podría causarlo y qué preguntar a su médico.",
    start_for: es_start_for,
    not_diagnosis: "Esto no es un diagnóstico.",
    not_diagnosis_more: " LegCheck es una ayuda para decidir. No puede examinarle.",
    emergency_notice: "En una emergencia, llame al número de emergencias.",
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
    err_select_all: "Elija todas las opciones que correspondan o, si no corresponde ninguna, la opción que lo dice",
    err_select_region: "Elija al menos un lugar donde lo note",
    err_number: es_err_number,
    for_adults_title: "LegCheck es para adultos",
    for_adults: "Las preguntas y los consejos de LegCheck se escribieron para personas de 18 años o más, así que no puede ayudar con el dolor de piernas de un niño o adolescente. Pida consejo a su pediatra, a su médico de cabecera o a un servicio de urgencias. Llame al número de emergencias si el niño o la niña está muy mal o no puede mover o sentir la pierna. Si escribió la edad por error, cámbiela abajo.",
    err_red_flags: es_err_red_flags,
    yes: "Sí",
    no: "No",
    dont_know: "No lo sé",
    red_flags_title: "Primero, ¿tiene alguna de estas señales de alarma?",
    red_flags_hint: "Conteste cada pregunta. Si tiene dudas, elija «No lo sé».",
    emergency_title: "Llame ahora al {number}",
    emergency_body: "Lo que describe puede ser una emergencia. No espere a ver si mejora. Si no puede llamar, vaya al servicio de urgencias más cercano.",
    emergency_continue: "Seguir con las preguntas para informarse",
    clinic_step: "De la clínica en cuya web está:",
    map_instructions: "Toque los lugares en el dibujo. Use los botones para ver la parte de delante o la de detrás. También puede marcarlos en las listas de abajo.",
    map_show: "Qué parte del cuerpo mostrar",
    map_front: "Delante (mirando hacia usted)",
    map_back: "Detrás (vista de espaldas)",
    map_front_note: "Vista de frente, mirando hacia usted: su pierna derecha está a la izquierda del dibujo.",
    map_back_note: "Vista de espaldas: su pierna izquierda está a la izquierda del dibujo.",
    your_left: "Su izquierda",
    your_right: "Su derecha",
    leg: es_leg,
    region: es_region,
    site: es_site_name,
    map_label: es_map_label,
    map_view_chosen: es_view_chosen,
    chosen: es_chosen,
    chosen_none: "Todavía no ha elegido nada.",
    check_title: "Revise sus respuestas",
    change: "Cambiar",
    change_hidden: es_change_hidden,
    see_result: "Ver su resultado",
    result_title: "Su resultado",
    result_title_shared: "Resultado de un enlace compartido",
    shared_hint: "Alguien ha compartido estas respuestas en un enlace. Los consejos de esta página se dirigen a la persona que respondió, y sus respuestas aparecen al final. No se guarda nada en este dispositivo y sus propias respuestas siguen como estaban.",
    start_own: "Salir de este resultado e ir a sus propias respuestas",
    triage_heading: [
        "Probablemente pueda tratar esto en casa",
        "Pida cita con su médico de cabecera en las próximas 2 semanas",
        "Busque atención médica hoy",
        "Llame al {number} o vaya a urgencias ahora",
    ],
    triage_how: [
        "Si no mejora en 2 semanas, pida cita con su médico de cabecera.",
        "Enseñe al médico sus respuestas: puede imprimir o copiar su resultado más abajo.",
        "Llame a su centro de salud y pida que le vean hoy. Si está cerrado, acuda a un servicio de urgencias.",
        "Si no puede llamar, vaya al servicio de urgencias más cercano. No conduzca usted.",
    ],
    local_number: "{number} (o al número de emergencias de su país)",
    number_line: ["Número de emergencias: {number}", "Número de emergencias: {number} (o el de su país)"],
    call_button: "Llamar al {number}",
    sooner_title: "Busque ayuda antes si:",
    answers_title: "Sus respuestas",
    dated: "Impreso o copiado el {date}",
    sections: ["Sobre usted", "Señales de alarma y estado de salud", "Dónde le duele", "Sus síntomas", "Su salud y sus medicamentos"],
    not_answered: "Sin responder",
    triage_prefix: ["Consejo de autocuidado: ", "Consejo no urgente: ", "Consejo urgente: ", "Actúe de inmediato: "],
    triage_default_reason: "Sus respuestas no encajan bien con una causa. Un profesional sanitario debe mirarle las piernas.",
    triage_unsure: "Tenía dudas sobre esta señal de alarma.",
    fits: es_fits,
    causes_title: "Posibles causas",
    causes_none: "Sus respuestas no apuntan a una causa concreta.",
    causes_unclear_title: "LegCheck no puede saber qué es",
    causes_unclear: "Ninguna de las causas que LegCheck conoce encaja bien con sus respuestas, así que no puede decir qué es. Siga el consejo de su resultado: un médico tiene que hacerle más preguntas y examinarle las piernas. Estas son las que más se acercan, pero ninguna encaja bien:",
    emergency_unsure: "Tenía dudas sobre estas señales de alarma:",
    cannot_rule_out_title: "No se puede descartar",
    cannot_rule_out_intro: "Tenía dudas sobre una señal de alarma, así que LegCheck no puede descartar lo siguiente. Por eso su resultado es más urgente:",
    bands: ["Menos probable", "Posible", "Encaja bien", "Hay que revisarlo con urgencia"],
    why: "¿Por qué?",
    reasons_for: "Respuestas a favor",
    reasons_against: "Respuestas en contra",
    reasons_unsure: "Respuestas en las que tenía dudas",
    arteries_title: "Arterias que podrían estar afectadas",
    arteries_none: "Sus respuestas no hacen pensar en arterias estrechadas, así que no se marca ninguna arteria.",
    arteries_if: "Si el dolor al caminar viene de arterias estrechadas, el lugar donde duele indica cuáles:",
    arteries_note: "Es una orientación para su médico, no un hallazgo: solo una exploración y unas pruebas pueden mostrar si la causa son las arterias, y cuáles.",
    segments: [
        "Arterias del abdomen y la pelvis (aortoilíacas)",
        "Arterias del muslo y de detrás de la rodilla (femoropoplíteas)",
        "Arterias de la parte baja de la pierna y del pie (tibiales)",
    ],
    segment_names: ["Aorto-\nilíacas", "Femoro-\npoplíteas", "Tibiales"],
    from_pain_in: "por dolor en",
    next_steps_title: "Qué preguntar a su médico",
    self_care_title: "Lo que puede hacer usted",
    evidence: "En qué se basa: ",
    evidence_title: "Fuentes y grado de confirmación de cada una",
    evidence_intro: "Todas las fuentes que cita la base de conocimientos, con su código, según las etiqueta la referencia clínica de LegCheck. Donde una fuente o una correspondencia no está confirmada, la base de conocimientos lo dice en lugar de aparentar certeza.",
    show_sources: |n| format!("Mostrar las {n} fuentes"),
    segment_map_title: "Zona del mapa corporal y segmento arterial, y seguridad de las fuentes",
    references_title: "Referencias",
    sources_title: "De dónde vienen estos consejos",
    sources_intro: "Los consejos de LegCheck vienen de guías médicas y de estudios publicados, que se citan aquí. Muchas son del Reino Unido: su servicio de salud (NHS) y el instituto que publica sus guías médicas (NICE). Se da el título original de cada fuente y, detrás, de qué trata. La versión impresa añade, para su médico, los códigos de las referencias y su grado de confirmación.",
    source_summary: "El resumen de fuentes clínicas de LegCheck (una revisión de la evidencia sobre calambres y dolor de piernas)",
    for_doctor_title: "Para su médico",
    for_doctor_intro: "Las referencias citadas en este resultado, con su grado de confirmación en las notas clínicas de LegCheck, y la certeza de la relación entre el lugar del dolor y la arteria.",
    confidence: es_confidence,
    kb_version: es_kb_version,
    disclaimer: "LegCheck es una ayuda para decidir, no un diagnóstico. No puede examinarle. Si cree que tiene una emergencia, llame ahora al número de emergencias.",
    print: "Imprimir o guardar como PDF",
    copy: "Copiar el resumen como texto",
    copied: "Se ha copiado el resumen. Puede pegarlo en un mensaje o una nota.",
    copy_failed: "Su navegador no ha permitido copiar. Seleccione el texto del resumen y cópielo usted.",
    clear: "Borrar mis respuestas",
    save_device: "Guardar en este dispositivo para seguir más tarde",
    save_device_hint: "Sus respuestas se guardan en este dispositivo 30 días. Quien use este dispositivo podría verlas.",
    share: "Crear un enlace para compartir",
    fhir: "Descargar las respuestas en un archivo para el sistema informático de su centro",
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
    notice_link_outdated: es_link_outdated,
    notice_link_pruned: es_link_pruned,
    notice_link_incomplete: "Las respuestas de este enlace se detienen antes de haber contestado todas las preguntas, así que puede que a este resultado le falte algo.",
    notice_update_unsaved: "Hay una nueva versión de LegCheck. Si recarga ahora, perderá las respuestas de esta pantalla, porque aquí no se pueden guardar.",
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
    abi_check_high: "Revise estas presiones: un ITB por encima de 2,00 es raro incluso con arterias rígidas, y puede indicar una presión en la casilla equivocada o mal escrita.",
    differential_title: "La claudicación y lo que se le parece (ACC/AHA, TASC II)",
    differential_headers: ["Afección", "Lugar", "Cómo es", "Efecto del ejercicio", "Efecto del reposo", "Efecto de la postura"],
    documents_title: "Documentos",
    knowledge_link: "La base de conocimiento (preguntas, reglas, referencias)",
    hazard_link: "El registro de riesgos de seguridad clínica",
    review_note: "El texto clínico en español está pendiente de revisión por un médico hispanohablante.",
    not_found: "No se ha encontrado la página",
    loading_title: "Preparando las preguntas",
    loading_body: "Tarda un momento.",
    load_failed_title: "No se han podido cargar las preguntas",
    load_failed_body: "Compruebe que tiene conexión a internet y vuelva a intentarlo. No se ha perdido nada de lo que ha escrito.",
    try_again: "Volver a intentarlo",
    load_outdated_body: "LegCheck se ha actualizado desde que se abrió esta página. Recargue la página para obtener la nueva versión. No se ha perdido nada de lo que ha escrito.",
    unit_mmhg: "mmHg",
    copy_link: "Copiar el enlace",
    share_button: "Compartir",
    link_copied: "Se ha copiado el enlace. Puede pegarlo en un mensaje o un correo.",
    link_copy_failed: "Su navegador no ha permitido copiar. Seleccione el enlace en el recuadro de arriba y cópielo usted.",
    link_shared: "Se ha compartido el enlace.",
    share_failed: "No se ha podido compartir el enlace. Cópielo en su lugar.",
    fhir_hint: "Para el centro: el archivo es un QuestionnaireResponse de FHIR, que pueden leer muchos sistemas de historia clínica. Este botón lo guarda en este dispositivo y no envía nada.",
    answers_title_shared: "Las respuestas de este enlace",
    about: &super::about_es::ABOUT,
};
