// Spanish listener comments, one array per feedback label; same rules as the Portuguese ones.
extension FeedbackTemplates {
    static let praiseSpanish = [
        "me encanta {esta playlist|esta canción|este álbum|la app}",
        "{qué|que} {buena canción|temazo|playlist tan buena}",
        "la mejor app de música {que existe|}",
        "<es_artista> nunca falla",
        "el sonido es {increíble|excelente|perfecto}",
        "las recomendaciones {son|están} {buenísimas|perfectas}",
        "{gracias|muchas gracias} por {esta playlist|la app|las recomendaciones}",
        "vale cada {peso|centavo}",
        "no {paro|dejo} de escuchar {este álbum|esta canción|a <es_artista>}",
        "{amo|adoro} el modo sin conexión",
        "{temazo|temazos}{!!|}",
        "la nueva interfaz {quedó|está} {hermosa|genial}",
        "el nuevo disco de <es_artista> es {una joya|increíble|perfecto}",
    ]

    static let complaintSpanish = [
        "la app se {cierra|traba|cuelga} {todo el tiempo|a cada rato|sola}",
        "{demasiados|muchos} anuncios",
        "{está|es} muy caro {para lo que ofrece|}",
        "subieron el precio {otra vez|de nuevo|}",
        "las recomendaciones {empeoraron|son malísimas}",
        "el soporte no responde",
        "{se corta|se para} la música {sola|a cada rato}",
        "la última actualización {arruinó|empeoró} todo",
        "{por qué|porque} se traba tanto la app?",
        "perdí mis playlists",
        "me cobraron dos veces",
        "el audio {se escucha|suena} {mal|horrible|bajo}",
        "deberían dejar de {poner tantos anuncios|subir el precio}",
    ]

    static let suggestionSpanish = [
        "{podrían|deberían} {agregar|poner|añadir} <es_sug>",
        "sería {genial|bueno|lindo} tener <es_sug>",
        "sugiero <es_sug>",
        "{agreguen|pongan|añadan} <es_sug> {porfa|por favor|}",
        "{qué tal|y si agregan} <es_sug>?",
        "me gustaría que {hubiera|tuvieran} <es_sug>",
        "falta <es_sug> {y sería perfecta|}",
        "una idea: <es_sug>",
        "{hagan|armen} una playlist de <es_artista>",
    ]

    static let questionSpanish = [
        "{cómo|como} {hago para|puedo} {descargar canciones|escuchar sin conexión|cancelar la suscripción}?",
        "{cómo|como} {hago para|puedo} {cambiar de plan|ver la letra|compartir una playlist}{?|}",
        "{cuánto|cuanto} cuesta el plan {familiar|estudiante|premium}?",
        "{hay|tienen} plan {estudiante|familiar|anual}?",
        "{cuándo|cuando} sale el {álbum|disco} nuevo de <es_artista>?",
        "{dónde|donde} {encuentro|veo} {la letra|mis descargas|el historial}{?|}",
        "{funciona|sirve} en {android auto|la smart tv|el carro|carplay}?",
        "{puedo|se puede} usar en dos {celulares|dispositivos}?",
        "{aceptan|se puede pagar con} {tarjeta de débito|paypal|mercado pago}?",
    ]

    static let spamSpanish = [
        "{sigan|síganme} {mi canal|mi perfil} <link>",
        "gana dinero desde casa {<link>|link en la bio}",
        "{vendo|vendemos} cuentas premium {baratas|de por vida} <link>",
        "{suscríbanse|suscribanse} a mi canal",
        "invierte en {bitcoin|cripto} y gana <@number>%",
        "{escuchen|oigan} mi nueva canción <link>",
        "sorteo de {iphone|cuentas premium}, entra a <link>",
        "sígueme y te sigo <user>",
        "{aaaaaaaaa|jajajajajajajajajaja|asdfasdf}",
    ]
}
