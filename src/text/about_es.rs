//! The Spanish footer, privacy notice and accessibility statement (the same content as
//! `about_en`, in *usted*).

use super::{date_parts, About, Section};

const MONTHS: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

fn reviewed(date: &str, version: &str) -> String {
    let date = match date_parts(date) {
        Some((y, m, d)) => format!("{d} de {} de {y}", MONTHS[m - 1]),
        None => date.to_string(),
    };
    format!("Actualizado el {date} (versión {version})")
}

pub const ABOUT: About = About {
    footer_title: "Acerca de LegCheck",
    privacy_link: "Privacidad",
    accessibility_link: "Declaración de accesibilidad",
    runs: "LegCheck es una ayuda para decidir, de código abierto. No es un servicio médico y no puede dar un diagnóstico.",
    runs_clinic: "El centro en cuya web está usted le ofrece aquí LegCheck. LegCheck es una ayuda para decidir, de código abierto. No es un servicio médico y no puede dar un diagnóstico.",
    contact_clinic: "Si un centro le dio LegCheck o un enlace a LegCheck, pregunte sus dudas a ese centro.",
    contact_site: "Para contactar con quienes gestionan esta web:",
    contact_none: "Quienes gestionan esta web no han dado un contacto para LegCheck.",
    reviewed,
    privacy_title: "Aviso de privacidad",
    privacy_lead: "LegCheck funciona dentro de su navegador. LegCheck no envía sus respuestas a nosotros ni a ningún servidor. Esta página explica qué se guarda en su dispositivo, durante cuánto tiempo y qué sale de él solo si usted, o el centro que le muestra LegCheck, lo pide.",
    privacy: &[
        Section {
            title: "Qué se guarda en este dispositivo",
            paras: &[],
            items: &[
                "Mientras responde, sus respuestas y su idioma se guardan en esta pestaña del navegador (el almacenamiento de sesión). El navegador los borra cuando usted cierra la pestaña.",
                "Si marca «Guardar en este dispositivo para seguir más tarde», también se guarda una copia en el almacenamiento local del navegador, para que pueda volver más tarde. LegCheck deja de usarla 30 días después de la última vez que usó LegCheck, y la borra la próxima vez que se abre. Si desmarca la casilla, la copia se borra en ese momento.",
                "«Borrar mis respuestas», en la página del resultado, borra las dos copias. También puede borrar los datos de esta web en los ajustes de su navegador.",
                "Cuando abre el resultado de un enlace que otra persona compartió, sus respuestas se muestran pero no se guardan.",
                "Si abre respuestas desde un archivo, o si su centro envía respuestas a LegCheck, se leen solo en este dispositivo. Se muestran, pero no se guardan. No se escriben en la dirección de la página ni en el historial del navegador. Al recargar la página, se cierran.",
                "LegCheck guarda una copia de sus propios archivos en su dispositivo (en la caché del navegador), para funcionar sin internet. Esta copia no contiene ninguna de sus respuestas.",
            ],
        },
        Section {
            title: "Lo que LegCheck no hace",
            paras: &[],
            items: &[
                "No usa cookies.",
                "No usa herramientas para contar visitas ni para seguirle, de ningún tipo.",
                "No carga nada de otras webs: ni anuncios, ni fuentes, ni programas.",
                "No le pide su nombre, su dirección, su fecha de nacimiento ni sus datos de contacto.",
            ],
        },
        Section {
            title: "Lo que sale de este dispositivo, solo si usted lo decide",
            paras: &[],
            items: &[
                "Un enlace para compartir. Sus respuestas van escritas dentro del propio enlace, después del signo #. Los navegadores no envían esa parte del enlace al servidor de una web. Pero cualquiera que reciba el enlace puede ver sus respuestas, y la aplicación con la que lo envíe puede guardar una copia.",
                "Imprimir, copiar el resumen o descargar las respuestas en un archivo crea una copia en su dispositivo. Adónde vaya después lo decide usted.",
            ],
        },
        Section {
            title: "Si LegCheck está dentro de la web de un centro",
            paras: &[
                "Un centro puede mostrar LegCheck dentro de su propia web. En ese caso, LegCheck le dice a esa web cuántas preguntas ha respondido usted. Cuando usted ve su resultado, también le dice lo urgente que es, las posibles causas y qué arterias pueden estar afectadas.",
                "El centro recibe sus respuestas solo si las ha pedido en un archivo para su historia clínica (FHIR). El aviso de privacidad del propio centro explica qué hace con ellas.",
                "Puede abrir LegCheck por sí solo, fuera de la web de un centro. Entonces no envía nada a ningún centro.",
            ],
            items: &[],
        },
        Section {
            title: "El servidor que le envía LegCheck",
            paras: &[
                "Como cualquier web, el servidor que envía los archivos de LegCheck a su navegador puede guardar un registro habitual: la dirección de internet (IP) de su dispositivo, la hora y qué archivos envió. Nunca recibe sus respuestas.",
            ],
            items: &[],
        },
    ],
    accessibility_title: "Declaración de accesibilidad",
    accessibility_lead: "Queremos que LegCheck lo pueda usar el mayor número posible de personas. Esta declaración explica lo accesible que es, lo que todavía no funciona bien y cómo avisarnos de un problema.",
    accessibility: &[
        Section {
            title: "Cómo usar LegCheck",
            paras: &["Usted debería poder:"],
            items: &[
                "ampliar hasta el 400 % sin que el texto se salga de la pantalla",
                "usarlo solo con el teclado",
                "usarlo con un lector de pantalla",
                "usarlo con el modo oscuro y con el movimiento reducido",
                "usarlo en inglés o en español",
                "elegir dónde le duele en una lista, además de en el dibujo de las piernas",
            ],
        },
        Section {
            title: "Lo accesible que es LegCheck",
            paras: &[
                "LegCheck quiere cumplir las Pautas de Accesibilidad para el Contenido Web (WCAG) versión 2.2, nivel AA. Aún no lo ha revisado un experto de fuera. Por eso no podemos decir que cumpla del todo esta norma.",
            ],
            items: &[],
        },
        Section {
            title: "Cómo lo comprobamos",
            paras: &["Cada vez que cambia el código de LegCheck, unas pruebas automáticas comprueban que:"],
            items: &[
                "el programa axe-core no ve fallos de accesibilidad en ninguna pantalla, en inglés y en español",
                "cada pantalla cabe en una pantalla de 320 píxeles de ancho sin desplazarse hacia los lados",
                "toda la comprobación se puede hacer solo con el teclado",
                "los botones, los enlaces y las casillas tienen los nombres que lee un lector de pantalla",
            ],
        },
        Section {
            title: "Lo que todavía no funciona bien",
            paras: &[],
            items: &[
                "Todavía no hemos probado LegCheck con personas que usan un lector de pantalla u otras ayudas. Se comprueba con pruebas automáticas y usando solo el teclado.",
                "La tabla de la página «Para profesionales» es ancha. En una pantalla pequeña hay que desplazarla hacia los lados.",
                "Una copia impresa o un PDF hecho con el botón de imprimir del navegador puede no funcionar bien con un lector de pantalla.",
                "El archivo para el sistema informático de su centro (FHIR) está hecho para ordenadores, no para que lo lean las personas.",
                "Aún no ha revisado el texto médico en español un profesional de la salud que hable español.",
            ],
        },
        Section {
            title: "Avisar de un problema",
            paras: &[
                "Si encuentra un problema, o necesita la información en otro formato, avísenos. Diga en qué página fue y qué falló.",
            ],
            items: &[],
        },
    ],
    questions_title: "Contacto",
};
