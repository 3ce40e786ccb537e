import type { TextKey } from './en.js';
import { text, withStaff, type Text } from './text.js';

/**
 * Todo lo que el bot dice en español, de usted, como se habla en California; no es una traducción
 * palabra por palabra. DMHC y CDI se quedan con su nombre; "apelación" o "queja formal" para
 * grievance; "Audiencia Estatal" para State Hearing; "Revisión Médica Independiente (IMR)".
 * Los textos breves (SMS) son muy cortos: con tildes, un SMS de 3 partes tiene solo 201 caracteres.
 */
const patientVoice: Record<TextKey, Text> = {
  'welcome.what': text(
    '¡Hola! Le ayudo a saber si puede pedir una Revisión Médica Independiente (IMR) cuando su plan de salud le dijo que no.',
    '¡Hola! Le ayudo a ver si puede pedir una Revisión Médica Independiente (IMR).',
    '¡Hola! Le ayudo a saber si un paciente puede pedir una Revisión Médica Independiente (IMR) cuando su plan le dijo que no.',
  ),
  'welcome.disclaimer': text(
    'Es información general, no es consejo legal ni médico. No necesito su nombre, su número de miembro ni su diagnóstico.',
    'Es información general, no consejo legal ni médico. No necesito su nombre ni su número de miembro.',
    'Es información general, no es consejo legal ni médico. No necesito el nombre, el número de miembro ni el diagnóstico del paciente.',
  ),
  'welcome.staff': text(
    'Si usted ayuda al paciente, él puede nombrarle en el formulario de Asistente Autorizado del DMHC.',
    'Si usted ayuda al paciente, puede nombrarle en el formulario de Asistente Autorizado.',
  ),
  'shared.general': text(
    'La Revisión Médica Independiente (IMR) es gratis. Médicos que no son del plan revisan el caso y pueden cambiar la negación. En California la hacen el DMHC o el CDI. Para ver el caso de un paciente, escríbame en un chat privado. Por favor, no comparta datos del paciente aquí.',
    'La IMR es gratis: médicos de fuera revisan el caso. Para un caso, escríbame en un chat privado.',
  ),

  got: text('Entendido: {summary}.'),
  'miss.first': text('Perdón, no le entendí. {example}'),
  'miss.second': text('Por favor, escoja una opción. Puede responder con su número:', 'Responda con un número:'),
  'miss.third': text(
    'Perdone la molestia. Para hablar con una persona, llame gratis al Centro de Ayuda del DMHC: {phone.dmhcHelpCenter}. O empiece de nuevo conmigo.',
    'Ayuda gratis: DMHC {phone.dmhcHelpCenter}. O responda con un número para empezar de nuevo.',
  ),

  'example.coverage': text('Por ejemplo, escriba "Kaiser" o "Medi-Cal", o escoja una opción.', 'Por ejemplo: Kaiser o Medi-Cal.'),
  'example.regulator': text('Por ejemplo, escriba "DMHC" o "Seguros", o escoja una opción.', 'Por ejemplo: DMHC o CDI.'),
  'example.planName': text('Por ejemplo, escriba "L.A. Care" o "CalOptima". O escoja "No sé".', 'Por ejemplo: L.A. Care.'),
  'example.hearing': text('Por ejemplo, escriba "no" o "la pedí", o escoja una opción.', 'Por ejemplo: no.'),
  'example.reason': text(
    'Por ejemplo, escriba "no es necesario" o "un cobro", o escoja una opción.',
    'Por ejemplo: no es necesario.',
  ),
  'example.appealStatus': text(
    'Por ejemplo, escriba "me dijeron que no" o "no he apelado", o escoja una opción.',
    'Por ejemplo: no he apelado.',
  ),
  'example.appealDate': text('Escriba la fecha así: 14/3/2026 (día/mes/año).', 'Escriba la fecha así: 14/3/2026'),
  'example.dual': text('Por ejemplo, escriba "Medicare dijo que no" o "un solo plan", o escoja una opción.', 'Por ejemplo: Medicare.'),
  'example.urgency': text('Por ejemplo, escriba "es urgente" o "no es urgente", o escoja una opción.', 'Por ejemplo: urgente.'),
  'example.outcome': text('Puede escribir "atrás", "empezar de nuevo" o "ayuda", o escoger una opción.', 'Escriba ayuda o regresar.'),

  'safety.emergency': text(
    'Si esto es una emergencia médica, llame al {phone.emergency} ahora.',
    'Si es una emergencia médica, llame al {phone.emergency} ahora.',
  ),
  'safety.crisis': text(
    'Si piensa en hacerse daño, llame o mande un texto al {phone.crisis} ahora. Es gratis y hay alguien de día y de noche.',
    'Si piensa en hacerse daño, llame o escriba al {phone.crisis} ahora. Es gratis.',
  ),

  'date.future': text(
    'Esa fecha todavía no llega. Escriba la fecha que aparece en la carta, así: 14/3/2026.',
    'Esa fecha aún no llega. Escriba la de la carta: 14/3/2026',
  ),
  'date.impossible': text(
    'Esa fecha no existe en el calendario. Revísela y escríbala otra vez, así: 14/3/2026.',
    'Esa fecha no existe. Escríbala otra vez: 14/3/2026',
  ),
  'date.too_old': text(
    'Esa fecha es de hace más de {t.oldestDateYears} años. Revísela y escríbala otra vez.',
    'Esa fecha es de hace más de {t.oldestDateYears} años. Revísela.',
  ),
  'date.malformed': text('No pude leer la fecha. Escríbala así: 14/3/2026.', 'Escriba la fecha así: 14/3/2026'),
  'date.ambiguous': text('¿Qué fecha quiere decir: {a} o {b}?', '¿Qué fecha: {a} o {b}?'),

  'back.done': text('Bien, regresamos un paso.', 'Bien, un paso atrás.'),
  'back.nothing': text('Esta es la primera pregunta. No hay nada antes.', 'Es la primera pregunta.'),
  'restart.done': text('Bien, empezamos de nuevo. Borré sus respuestas.', 'Bien, empezamos de nuevo.'),
  deleted: text(
    'Listo. Borré sus respuestas de este chat. Puede empezar otra vez cuando quiera con un mensaje.',
    'Listo. Borré sus respuestas. Escriba cuando quiera para empezar otra vez.',
  ),
  'reminders.datesChanged': text('Sus respuestas cambiaron. Por eso paré los recordatorios de las fechas de antes.', 'Cambiaron sus respuestas. Paré los recordatorios de antes.'),
  'reminders.stopped': text('Bien. No recibirá recordatorios de este chat.', 'Bien. No habrá recordatorios.'),
  'reminders.offer.message': text(
    '¿Quiere recordatorios? Le puedo mandar un mensaje dos semanas y dos días antes de cada fecha.',
    '¿Le aviso dos semanas y dos días antes de cada fecha?',
  ),
  'reminders.offer.calendar': text(
    '¿Quiere estas fechas en su calendario? El archivo tiene avisos dos semanas y dos días antes de cada fecha.',
    '¿Quiere las fechas en su calendario?',
  ),
  'c.reminders.yes.message': text('Sí, avíseme'),
  'c.reminders.yes.calendar': text('Sí, a mi calendario'),
  'c.reminders.no': text('Sin recordatorios'),
  'reminders.accepted.message': text(
    'Bien. Le mandaré un mensaje dos semanas y dos días antes de: {dates}. Cada uno le da el teléfono de la agencia y qué hacer.',
    'Bien. Le aviso dos semanas y dos días antes de: {dates}.',
  ),
  'reminders.accepted.calendar': text(
    'Bien. El archivo de calendario tiene estas fechas, con avisos dos semanas y dos días antes: {dates}. Cada una da el teléfono de la agencia.',
    'Bien. El calendario tiene: {dates}.',
  ),
  'reminders.stopHow.sms': text('Para pararlos, responda STOP.'),
  'reminders.stopHow.chat': text('Para pararlos, escriba "parar recordatorios".'),
  'reminders.date.imrDeadline': text('el último día para pedir la IMR, {date}', 'fin IMR {date}'),
  'reminders.date.planAnswerDue': text(
    'el día en que terminan los {t.planGrievanceDays} días del plan, {date} (y un aviso ese día)',
    'respuesta del plan {date} (y ese día)',
  ),
  'reminders.date.hearingDeadline': text('el último día para pedir una Audiencia Estatal, {date}', 'audiencia {date}'),
  'reminders.declined': text('Bien, sin recordatorios. Anote las fechas.', 'Bien. Anote las fechas.'),
  'reminders.calendarLink': text('Agregue las fechas a su calendario: {url}'),
  'reminders.calendarOpen': text('Agregar a mi calendario'),
  'plan.offer': text('Guarde este plan. Puede imprimirlo o guardarlo: {url}', 'Su plan: {url}'),
  'plan.noteTitle': text('Plan para guardar', 'Plan para guardar', 'Plan para la nota clínica'),
  'plan.open': text('Abrir el plan para imprimir'),
  // Borradores y ayuda con los formularios (issue 18). Términos de shared/domain/glossary-es.md.
  'kit.offer': text(
    'El plan también tiene borradores para ayudarle a llenar los formularios.',
    'Trae borradores para sus formularios.',
    'El plan también tiene borradores para ayudar a llenar los formularios.',
  ),
  'kit.title': text('Ayuda para escribirlo: sus borradores', 'Sus borradores', 'Ayuda para escribirlo: borradores para el paciente'),
  'kit.notice': text(
    'Estos borradores son un punto de partida, no asesoría legal. Llene cada espacio entre [corchetes] con sus propias palabras y cambie lo que no esté bien. Revise cada fecha con sus cartas.',
    'Estos borradores son un punto de partida, no asesoría legal.',
    'Estos borradores son un punto de partida, no asesoría legal. Están escritos para que los firme el paciente. Llene cada espacio entre [corchetes] con el paciente y cambie lo que no esté bien. Revise cada fecha con las cartas.',
  ),
  'kit.private': text(
    'Los espacios son para lo que solo usted sabe. Este chat nunca se lo pregunta. Escríbalo solo en su propia copia.',
    'Los espacios son para lo que solo usted sabe.',
    'Los espacios son para lo que solo el paciente sabe. Este chat nunca lo pregunta. Escríbalo solo en la copia del paciente.',
  ),
  'kit.draft.lead': text('Léalo, llene los espacios y cambie lo que no esté bien.'),
  'kit.form.why.label': text(
    'Por qué no está de acuerdo',
    'Por qué no está de acuerdo',
    'Por qué el paciente no está de acuerdo',
  ),
  'kit.form.why': text(
    'Use el borrador de abajo para decir por qué no está de acuerdo. Si el formulario no tiene espacio, mándelo en una hoja aparte.',
    'Use el borrador de abajo para decir por qué no está de acuerdo. Si el formulario no tiene espacio, mándelo en una hoja aparte.',
    'Use el borrador de abajo para decir por qué el paciente no está de acuerdo. Si el formulario no tiene espacio, mándelo en una hoja aparte.',
  ),
  'kit.form.by': text('Mándelo a más tardar el {deadline}.'),
  'kit.form.noDeadline': text('Todavía no hay fecha de {t.imrFilingMonths} meses. Empieza cuando el plan conteste por escrito.'),

  'kit.dmhc.title': text('El formulario: la solicitud de IMR/Queja del DMHC (IMR Application/Complaint Form)'),
  'kit.dmhc.oneForm': text(
    'El DMHC usa un solo formulario para pedir una Revisión Médica Independiente y para poner una queja. El DMHC decide cuál de las dos es su caso.',
  ),
  'kit.dmhc.number': text('El formulario en papel se llama {formNumber}.'),
  'kit.dmhc.online': text('Por internet es mejor: el DMHC pide que lo llene por internet. Puede hacerlo en inglés o en español.'),
  'kit.dmhc.paper': text('O imprima el formulario, llene todas las partes, fírmelo y mándelo por correo o por fax.'),
  'kit.dmhc.patient.label': text('Sobre el paciente'),
  'kit.dmhc.patient': text(
    'El formulario pide el nombre del paciente, su fecha de nacimiento, dirección, teléfono, correo electrónico e idioma. Si un padre lo llena por un niño, pone también su propio nombre.',
  ),
  'kit.dmhc.plan.label': text('El plan de salud'),
  'kit.dmhc.plan': text('Escriba el nombre del plan como está en la tarjeta del plan. El DMHC consulta con el plan que usted anote.'),
  'kit.dmhc.sign.label': text('Papeles y firma'),
  'kit.dmhc.sign': text(
    'En papel, firme el formulario. Mande copias de sus papeles, no los originales. El DMHC no puede devolverlos.',
    'En papel, firme el formulario. Mande copias de sus papeles, no los originales. El DMHC no puede devolverlos.',
    'En papel, el paciente firma el formulario. Mande copias de los papeles, no los originales. El DMHC no puede devolverlos.',
  ),
  'kit.dmhc.urgent': text('Es urgente: llame también al Centro de Ayuda del DMHC al {phone.dmhcHelpCenter} y dígalo.'),
  'kit.dmhc.after': text(
    'El DMHC le mandará una carta con un número de caso. Si necesita algo más, le llamará o le escribirá.',
    'El DMHC le mandará una carta con un número de caso. Si necesita algo más, le llamará o le escribirá.',
    'El DMHC le mandará al paciente una carta con un número de caso. Si necesita algo más, llamará o escribirá.',
  ),

  'kit.cdi.title': text(
    'El formulario: la solicitud de IMR de su compañía de seguros',
    'El formulario: la solicitud de IMR de su compañía de seguros',
    'El formulario: la solicitud de IMR de la compañía de seguros',
  ),
  'kit.cdi.sent': text(
    'Su compañía de seguros debe mandarle una solicitud de IMR con su carta de denegación. ¿No la tiene? Llame al CDI al {phone.cdiHotline} o visite la página web del CDI.',
    'Su compañía de seguros debe mandarle una solicitud de IMR con su carta de denegación. ¿No la tiene? Llame al CDI al {phone.cdiHotline} o visite la página web del CDI.',
    'La compañía de seguros debe mandarle al paciente una solicitud de IMR con su carta de denegación. ¿No la tiene? Llame al CDI al {phone.cdiHotline} o visite la página web del CDI.',
  ),
  'kit.cdi.consent': text(
    'Firme el permiso de la solicitud. Con él, el CDI puede pedir sus expedientes médicos para la revisión.',
    'Firme el permiso de la solicitud. Con él, el CDI puede pedir sus expedientes médicos para la revisión.',
    'El paciente firma el permiso de la solicitud. Con él, el CDI puede pedir los expedientes médicos para la revisión.',
  ),
  'kit.cdi.send': text(
    'Mándela como diga la solicitud, con copias de sus cartas. Guarde una copia para usted.',
    'Mándela como diga la solicitud, con copias de sus cartas. Guarde una copia para usted.',
    'Mándela como diga la solicitud, con copias de las cartas. Guarde una copia.',
  ),
  'kit.cdi.after': text(
    'El CDI decide si su caso es para una IMR. Si no lo es, lo revisa como una queja.',
    'El CDI decide si su caso es para una IMR. Si no lo es, lo revisa como una queja.',
    'El CDI decide si el caso es para una IMR. Si no lo es, lo revisa como una queja.',
  ),
  'kit.cdi.helper': text(
    'Puede nombrar a una persona para que actúe por usted, y su médico puede ayudarle con la solicitud.',
    'Puede nombrar a una persona para que actúe por usted, y su médico puede ayudarle con la solicitud.',
    'El paciente puede nombrar a una persona para que actúe por él, y su médico puede ayudar con la solicitud.',
  ),
  'kit.cdi.urgent': text('Es urgente: llame al CDI al {phone.cdiHotline}. Pida saltarse el paso de apelación con la compañía de seguros (una exención).'),

  'kit.draft.imr': text('Borrador: por qué no estoy de acuerdo con la decisión del plan'),
  'kit.imr.open.medical_necessity': text(
    'Pido una Revisión Médica Independiente. Mi plan de salud, {plan}, negó {blank.treatment}. El plan dice que no es médicamente necesario. No estoy de acuerdo.',
  ),
  'kit.imr.open.emergency_payment': text(
    'Pido una Revisión Médica Independiente. Recibí atención de emergencia el {blank.careDate} en {blank.place}. Mi plan de salud, {plan}, no quiere pagarla. No estoy de acuerdo.',
  ),
  'kit.imr.open.experimental': text(
    'Pido una Revisión Médica Independiente. Mi plan de salud, {plan}, negó {blank.treatment}. El plan dice que es experimental. No estoy de acuerdo.',
  ),
  'kit.imr.open.other': text(
    'Pido una Revisión Médica Independiente. Mi plan de salud, {plan}, negó, cambió o retrasó {blank.treatment}. No estoy de acuerdo.',
  ),
  'kit.imr.why.care': text('Necesito esta atención porque {blank.why}. Mi médico, {blank.doctor}, la pidió porque {blank.doctorSays}.'),
  'kit.imr.why.emergency': text('Fui porque {blank.why}. Pensé que mi salud estaba en grave peligro y no podía esperar.'),
  'kit.imr.why.experimental': text(
    'Tengo {blank.condition}. Es una enfermedad grave. Mi médico, {blank.doctor}, dice que los tratamientos de siempre no funcionaron o no son buenos para mí, porque {blank.doctorSays}.',
  ),
  'kit.imr.when.decided': text('El plan negó mi apelación en una carta con fecha del {decisionDate}.'),
  'kit.imr.when.letter': text('El plan negó mi apelación en una carta con fecha del {blank.letterDate}.'),
  'kit.imr.when.pending': text('Apelé al plan el {filedDate}. El plan tenía hasta el {planDue} para contestarme, y no lo hizo.'),
  'kit.imr.when.urgentPending': text('Apelé al plan el {filedDate}. Es urgente, así que no espero su respuesta.'),
  'kit.imr.when.experimental': text('No esperé la apelación del plan. El plan dijo que el tratamiento es experimental, así que se puede pedir ahora.'),
  'kit.imr.when.urgent': text('Es urgente, así que la pido ahora. No espero los {t.planGrievanceDays} días del plan.'),
  'kit.imr.urgent': text(
    'Es urgente. Mi médico dice que esperar podría dañar mucho mi salud: {blank.risk}. Por favor, hagan una revisión acelerada (rápida).',
  ),
  'kit.imr.close': text(
    'Por favor, que médicos de fuera de mi plan revisen la decisión del plan. Mando copias de mis cartas y expedientes con este formulario.',
  ),

  'kit.grievance.title': text(
    'Primero: una queja formal a su plan',
    'Primero: una queja formal a su plan',
    'Primero: una queja formal al plan',
  ),
  'kit.grievance.titleUrgent': text(
    'Ahora: pida a su plan una decisión rápida',
    'Ahora: pida a su plan una decisión rápida',
    'Ahora: pida al plan una decisión rápida',
  ),
  'kit.grievance.titlePending': text(
    'Mientras espera: una carta para su apelación',
    'Mientras espera: una carta para su apelación',
    'Mientras el paciente espera: una carta para la apelación',
  ),
  'kit.grievance.how': text(
    'Mándela por escrito, o léala al plan por teléfono. Algunos planes también la aceptan en su página web. El teléfono está en la tarjeta de su plan.',
    'Mándela por escrito, o léala al plan por teléfono. Algunos planes también la aceptan en su página web. El teléfono está en la tarjeta de su plan.',
    'Mándela por escrito, o léala al plan por teléfono. Algunos planes también la aceptan en su página web. El teléfono está en la tarjeta del plan.',
  ),
  'kit.grievance.due': text(
    'El plan debe contestar dentro de {t.planGrievanceDays} días después de recibir su carta. Si la recibe el {today}, debe contestar a más tardar el {sendBy}.',
    'El plan debe contestar dentro de {t.planGrievanceDays} días después de recibir su carta. Si la recibe el {today}, debe contestar a más tardar el {sendBy}.',
    'El plan debe contestar dentro de {t.planGrievanceDays} días después de recibir la carta. Si la recibe el {today}, debe contestar a más tardar el {sendBy}.',
  ),
  'kit.grievance.dueUrgent': text(
    'Si es urgente, el plan debe decidir en {t.planUrgentDays} días. Si recibe su carta el {today}, es a más tardar el {urgentBy}.',
    'Si es urgente, el plan debe decidir en {t.planUrgentDays} días. Si recibe su carta el {today}, es a más tardar el {urgentBy}.',
    'Si es urgente, el plan debe decidir en {t.planUrgentDays} días. Si recibe la carta el {today}, es a más tardar el {urgentBy}.',
  ),
  'kit.grievance.duePending': text(
    'Usted apeló el {filedDate}. El plan debe contestar a más tardar el {planDue}. Si no contesta, puede pedir una IMR.',
    'Usted apeló el {filedDate}. El plan debe contestar a más tardar el {planDue}. Si no contesta, puede pedir una IMR.',
    'El paciente apeló el {filedDate}. El plan debe contestar a más tardar el {planDue}. Si no contesta, el paciente puede pedir una IMR.',
  ),
  'kit.grievance.mediCal': text('Medi-Cal: apele dentro de {t.mediCalPlanAppealDays} días de la fecha del Aviso de Acción.'),
  'kit.grievance.notes': text(
    'Guarde una copia y anote el día en que la manda. Cuando llame, anote la fecha, el nombre de la persona y lo que le dice.',
  ),
  'kit.draft.grievance': text(
    'Borrador: carta de queja formal a su plan',
    'Borrador: carta de queja formal a su plan',
    'Borrador: carta de queja formal al plan',
  ),
  'kit.draft.grievanceUrgent': text(
    'Borrador: queja formal urgente a su plan',
    'Borrador: queja formal urgente a su plan',
    'Borrador: queja formal urgente al plan',
  ),
  'kit.draft.followUp': text(
    'Borrador: carta para agregar a su apelación',
    'Borrador: carta para agregar a su apelación',
    'Borrador: carta para agregar a la apelación',
  ),
  'kit.letter.to': text('Para: {plan}, Quejas y Apelaciones'),
  'kit.letter.date': text('Fecha: {blank.sendDate}'),
  'kit.letter.from': text('De: {blank.name}, número de miembro {blank.memberId}'),
  'kit.letter.open.medical_necessity': text(
    'Presento una queja formal. Ustedes negaron {blank.treatment} en una carta con fecha del {blank.letterDate}. Dijeron que no es médicamente necesario. No estoy de acuerdo.',
  ),
  'kit.letter.open.emergency_payment': text(
    'Presento una queja formal. Ustedes no quieren pagar la atención de emergencia que recibí el {blank.careDate} en {blank.place}. Su carta tiene fecha del {blank.letterDate}. No estoy de acuerdo.',
  ),
  'kit.letter.open.experimental': text(
    'Presento una queja formal. Ustedes negaron {blank.treatment} en una carta con fecha del {blank.letterDate}. Dijeron que es experimental. No estoy de acuerdo.',
  ),
  'kit.letter.open.other': text(
    'Presento una queja formal. Ustedes negaron, cambiaron o retrasaron {blank.treatment} en una carta con fecha del {blank.letterDate}. No estoy de acuerdo.',
  ),
  'kit.letter.pending': text('Apelé su decisión sobre {blank.treatment} el {filedDate}. Por favor, agreguen esta carta a mi apelación.'),
  'kit.letter.ask': text('Por favor, apruébenlo y mándenme su decisión por escrito.'),
  'kit.letter.urgent': text(
    'Esto es urgente. Mi médico dice que esperar podría dañar mucho mi salud: {blank.risk}. Por favor, decidan dentro de {t.planUrgentDays} días (una revisión acelerada o rápida).',
  ),
  'kit.letter.sign': text('Gracias. {blank.name}'),

  'kit.late.title': text('Fuera de plazo: diga por qué'),
  'kit.late.DMHC': text(
    'El DMHC puede aceptar una IMR tarde si algo le impidió pedirla a tiempo. Mande esta hoja con su formulario.',
    'El DMHC puede aceptar una IMR tarde si algo le impidió pedirla a tiempo. Mande esta hoja con su formulario.',
    'El DMHC puede aceptar una IMR tarde si algo le impidió al paciente pedirla a tiempo. Mande esta hoja con el formulario.',
  ),
  'kit.late.CDI': text(
    'El Comisionado de Seguros puede darle más tiempo si algo le impidió pedirla. Mande esta hoja con su solicitud.',
    'El Comisionado de Seguros puede darle más tiempo si algo le impidió pedirla. Mande esta hoja con su solicitud.',
    'El Comisionado de Seguros puede dar más tiempo si algo le impidió al paciente pedirla. Mande esta hoja con la solicitud.',
  ),
  'kit.draft.late': text('Borrador: por qué la pido tarde'),
  'kit.late.p1': text(
    'Mi plan de salud, {plan}, negó mi apelación en una carta con fecha del {decisionDate}. El último día para pedir una IMR era el {deadline}.',
  ),
  'kit.late.p2': text('No pude pedirla a tiempo porque {blank.lateReason}.'),
  'kit.late.ask.DMHC': text('Por favor, acepten mi solicitud de Revisión Médica Independiente.'),
  'kit.late.ask.CDI': text('Por favor, denme más tiempo para pedir una Revisión Médica Independiente.'),

  'kit.hearing.title': text('Además: una Audiencia Estatal'),
  'kit.hearing.titleFfs': text('La solicitud: una Audiencia Estatal'),
  'kit.hearing.byNar': text(
    'Pídala a más tardar el {hearingDate}. Son {t.mediCalHearingDays} días desde el Aviso de Resolución de Apelación (NAR) del plan.',
  ),
  'kit.hearing.byNoAnswer': text(
    'Pídala a más tardar el {hearingDate}. Son {t.mediCalHearingDays} días desde que se venció el plazo del plan para contestar.',
  ),
  'kit.hearing.later': text(
    'Si el plan no contesta a más tardar el {planDue}, también puede pedir una Audiencia Estatal, hasta el {hearingDate}.',
    'Si el plan no contesta a más tardar el {planDue}, también puede pedir una Audiencia Estatal, hasta el {hearingDate}.',
    'Si el plan no contesta a más tardar el {planDue}, el paciente también puede pedir una Audiencia Estatal, hasta el {hearingDate}.',
  ),
  'kit.hearing.order': text(
    'Pida primero la IMR. Luego pida la audiencia antes de esa fecha. Si ya hubo una audiencia sobre el mismo problema, no hay IMR para él.',
  ),
  'kit.hearing.ffs': text(
    'Pídala dentro de {t.stateHearingFfsDays} días de la fecha del aviso. Después, tiene que mostrar una buena razón para pedirla tarde.',
    'Pídala dentro de {t.stateHearingFfsDays} días de la fecha del aviso. Después, tiene que mostrar una buena razón para pedirla tarde.',
    'Pídala dentro de {t.stateHearingFfsDays} días de la fecha del aviso. Después, el paciente tiene que mostrar una buena razón para pedirla tarde.',
  ),
  'kit.hearing.how': text(
    'Puede pedirla por internet, o llamar al {phone.cdssStateHearings} o al {phone.cdssPublicInquiry} (TDD {phone.cdssTdd}). También puede pedirla por escrito: use el formulario de audiencia que vino con su aviso, o una hoja en blanco.',
    'Puede pedirla por internet, o llamar al {phone.cdssStateHearings} o al {phone.cdssPublicInquiry} (TDD {phone.cdssTdd}). También puede pedirla por escrito: use el formulario de audiencia que vino con su aviso, o una hoja en blanco.',
    'El paciente puede pedirla por internet, o llamar al {phone.cdssStateHearings} o al {phone.cdssPublicInquiry} (TDD {phone.cdssTdd}). También puede pedirla por escrito: use el formulario de audiencia que vino con el aviso, o una hoja en blanco.',
  ),
  'kit.hearing.urgent': text(
    'Si esperar es un riesgo grave para su salud, llame. Pida una audiencia rápida (acelerada).',
    'Si esperar es un riesgo grave para su salud, llame. Pida una audiencia rápida (acelerada).',
    'Si esperar es un riesgo grave para la salud del paciente, llame. Pida una audiencia rápida (acelerada).',
  ),
  'kit.hearing.requested': text(
    'Usted ya pidió una Audiencia Estatal. Llame al DMHC al {phone.dmhcHelpCenter} antes de la fecha de la audiencia.',
    'Usted ya pidió una Audiencia Estatal. Llame al DMHC al {phone.dmhcHelpCenter} antes de la fecha de la audiencia.',
    'El paciente ya pidió una Audiencia Estatal. Llame al DMHC al {phone.dmhcHelpCenter} antes de la fecha de la audiencia.',
  ),
  'kit.draft.hearing': text('Borrador: mi solicitud de Audiencia Estatal'),
  'kit.hearing.p1.decided': text(
    'Pido una Audiencia Estatal. No estoy de acuerdo con la decisión de mi plan de Medi-Cal sobre {blank.treatment}. El Aviso de Resolución de Apelación del plan tiene fecha del {decisionDate}.',
  ),
  'kit.hearing.p1.pending': text(
    'Pido una Audiencia Estatal. No estoy de acuerdo con la decisión de mi plan de Medi-Cal sobre {blank.treatment}. Apelé el {filedDate} y el plan no contestó a más tardar el {planDue}.',
  ),
  'kit.hearing.p1.letter': text(
    'Pido una Audiencia Estatal. No estoy de acuerdo con la decisión de Medi-Cal sobre {blank.treatment}. El aviso tiene fecha del {blank.letterDate}.',
  ),
  'kit.hearing.p2': text('No estoy de acuerdo porque {blank.why}. Mi médico lo pidió porque {blank.doctorSays}.'),
  'kit.hearing.p3': text('Mi salud corre un riesgo grave si espero. Por favor, denme una audiencia acelerada (rápida).'),
  'kit.hearing.p4': text('Nombre: {blank.name}. Fecha de nacimiento: {blank.dob}. Dirección: {blank.address}. Teléfono: {blank.phone}.'),

  'kit.attach.title': text('Qué mandar con él'),
  'kit.attach.denial': text('La carta de denegación del plan.'),
  'kit.attach.answer': text(
    'La respuesta escrita del plan a su apelación.',
    'La respuesta escrita del plan a su apelación.',
    'La respuesta escrita del plan a la apelación.',
  ),
  'kit.attach.nar': text('El Aviso de Resolución de Apelación (NAR) del plan.'),
  'kit.attach.appeal': text(
    'Una copia de su apelación y la fecha en que la mandó.',
    'Una copia de su apelación y la fecha en que la mandó.',
    'Una copia de la apelación y la fecha en que se mandó.',
  ),
  'kit.attach.records': text('Expedientes médicos. Pida los suyos a los médicos de fuera del plan. El plan manda los de sus propios médicos.'),
  'kit.attach.recordsCdi': text(
    'Los expedientes médicos que tenga. Su permiso firmado deja que el CDI pida los demás.',
    'Los expedientes médicos que tenga. Su permiso firmado deja que el CDI pida los demás.',
    'Los expedientes médicos que tenga el paciente. Su permiso firmado deja que el CDI pida los demás.',
  ),
  'kit.attach.recordsPlan': text(
    'Los expedientes médicos que ayuden a su caso.',
    'Los expedientes médicos que ayuden a su caso.',
    'Los expedientes médicos que ayuden al caso.',
  ),
  'kit.attach.doctor': text(
    'Una carta de su médico que diga por qué necesita la atención.',
    'Una carta de su médico que diga por qué necesita la atención.',
    'Una carta del médico que diga por qué el paciente necesita la atención.',
  ),
  'kit.attach.doctorUrgent': text(
    'Una carta de su médico que diga que esperar es un riesgo grave para su salud.',
    'Una carta de su médico que diga que esperar es un riesgo grave para su salud.',
    'Una carta del médico que diga que esperar es un riesgo grave para la salud del paciente.',
  ),
  'kit.attach.doctorExperimental': text(
    'Una carta de su médico que diga que su enfermedad es grave y que los tratamientos de siempre no funcionaron o no son buenos para usted.',
    'Una carta de su médico que diga que su enfermedad es grave y que los tratamientos de siempre no funcionaron o no son buenos para usted.',
    'Una carta del médico que diga que la enfermedad es grave y que los tratamientos de siempre no funcionaron o no son buenos para el paciente.',
  ),
  'kit.attach.late': text(
    'La hoja que dice por qué la pide tarde.',
    'La hoja que dice por qué la pide tarde.',
    'La hoja que dice por qué el paciente la pide tarde.',
  ),
  'kit.attach.notice': text(
    'El aviso con el que no está de acuerdo.',
    'El aviso con el que no está de acuerdo.',
    'El aviso con el que el paciente no está de acuerdo.',
  ),
  'kit.attach.copies': text('Mande copias, no los originales. Guarde un juego para usted.'),
  'kit.attach.assistant': text(
    'El Formulario de Asistente Autorizado, si alguien le ayuda. Usted llena la Parte A, la persona que le ayuda llena la Parte B, y los dos firman. Sin él, el DMHC no puede hablar de su caso con esa persona.',
    'El Formulario de Asistente Autorizado, si alguien le ayuda.',
    'El Formulario de Asistente Autorizado del DMHC, para que el DMHC pueda hablar con usted del caso. El paciente llena la Parte A, usted llena la Parte B, y los dos firman.',
  ),
  'kit.attach.assistantLater': text(
    'Más adelante, para la IMR: el Formulario de Asistente Autorizado del DMHC, si alguien le ayuda. Usted llena la Parte A, la persona que le ayuda llena la Parte B, y los dos firman.',
    'Más adelante: el Formulario de Asistente Autorizado, si alguien le ayuda.',
    'Más adelante, para la IMR: el Formulario de Asistente Autorizado del DMHC. El paciente llena la Parte A, usted llena la Parte B, y los dos firman.',
  ),
  'kit.attach.assistantCdi': text(
    'Si alguien le ayuda, puede nombrar a esa persona para que actúe por usted. Pregunte al CDI cómo hacerlo al {phone.cdiHotline}.',
    'Si alguien le ayuda, pregunte al CDI cómo nombrarlo.',
    'El paciente puede nombrarle a usted para que actúe por él. Pregunte al CDI cómo hacerlo al {phone.cdiHotline}.',
  ),
  'kit.blank.treatment': text('el tratamiento o servicio'),
  'kit.blank.why': text('por qué lo necesita, con sus palabras', 'por qué lo necesita', 'por qué lo necesita el paciente'),
  'kit.blank.doctor': text('nombre de su médico', 'nombre del médico', 'nombre del médico'),
  'kit.blank.doctorSays': text('lo que dijo su médico', 'lo que dijo el médico', 'lo que dijo el médico'),
  'kit.blank.risk': text('lo que dijo su médico sobre el riesgo de esperar', 'el riesgo de esperar', 'lo que dijo el médico sobre el riesgo de esperar'),
  'kit.blank.condition': text('su enfermedad o condición', 'la enfermedad', 'la enfermedad o condición del paciente'),
  'kit.blank.careDate': text('fecha de la atención'),
  'kit.blank.place': text('hospital o clínica'),
  'kit.blank.letterDate': text('fecha de la carta'),
  'kit.blank.lateReason': text(
    'qué le impidió pedirla a tiempo, como una estancia en el hospital',
    'qué se lo impidió',
    'qué le impidió al paciente pedirla a tiempo, como una estancia en el hospital',
  ),
  'kit.blank.name': text('su nombre', 'su nombre', 'nombre del paciente'),
  'kit.blank.memberId': text('de la tarjeta de su plan', 'de su tarjeta', 'de la tarjeta del plan del paciente'),
  'kit.blank.sendDate': text('el día en que la manda'),
  'kit.blank.dob': text('fecha de nacimiento'),
  'kit.blank.address': text('donde recibe correo', 'su dirección', 'donde el paciente recibe correo'),
  'kit.blank.phone': text('número de teléfono'),
  'kit.blank.plan': text('nombre de su plan de salud', 'su plan', 'nombre del plan del paciente'),
  'kit.blank.appealDate': text('el día en que apeló', 'el día en que apeló', 'el día en que apeló el paciente'),
  'kit.blank.deadline': text('{t.imrFilingMonths} meses después de la fecha de la carta del plan'),
  'kit.blank.planDue': text('{t.planGrievanceDays} días después de que el plan recibió la apelación'),
  'kit.blank.hearingDate': text('{t.mediCalHearingDays} días después de la respuesta del plan'),
  'kit.sources': text('De dónde vienen estos datos'),
  'kit.sources.checked': text('revisado el {date}'),
  'reminders.failed': text(
    'Lo siento, no pude activar los recordatorios ahora. Anote las fechas y vuelva a intentarlo más tarde.',
    'No pude activar los avisos. Anote las fechas.',
  ),
  'locale.switched': text('Muy bien, le escribo en español.', 'Bien, le escribo en español.'),

  // The host, before the conversation is read (src/turns/turnGuard.ts): a flood, or storage away.
  'host.slowDown': text(
    'Son muchos mensajes a la vez. Espere un minuto y envíe otra vez su última respuesta.',
    'Demasiados mensajes. Espere un minuto y envíe otra vez su última respuesta.',
  ),
  'host.trouble': text(
    'Lo siento, tenemos un problema en este momento. Sus respuestas de antes están guardadas. Intente otra vez en un minuto.',
    'Lo siento, tenemos un problema. Intente otra vez en un minuto.',
  ),

  'help.commands': text(
    'Puede escribir "atrás", "empezar de nuevo", "English" o "borrar mis datos" cuando quiera.',
    'Escriba regresar, empezar de nuevo, English o borrar mis datos.',
  ),
  'help.coverage': text(
    'Necesito saber qué tipo de seguro médico tiene. Así sé qué oficina del estado le puede ayudar. Mire las cartas o la página web del plan. Si no sabe, escoja "No sé".',
    'Necesito el tipo de seguro. Así sé qué oficina le ayuda. ¿No sabe? Escoja No sé.',
  ),
  'help.regulator': text(
    'Dos oficinas del estado vigilan los planes: el DMHC y el CDI. La carta de negación o la respuesta a la apelación tiene un párrafo que nombra a una. La Evidencia de Cobertura también puede nombrarla.',
    'La carta o el folleto del plan nombra al DMHC o al CDI. Escoja la que nombra.',
  ),
  'help.planName': text(
    'Solo necesito el nombre del plan, como "L.A. Care" o "Health Net". Algunos planes de Medi-Cal del condado siguen otras reglas. Nunca mande su número de miembro.',
    'Solo el nombre del plan, como L.A. Care. Nunca mande su número de miembro.',
  ),
  'help.hearing': text(
    'La Audiencia Estatal es una apelación de Medi-Cal ante un juez del estado. Si ya hubo una audiencia sobre esta negación, la IMR no está abierta para ella.',
    'La Audiencia Estatal es una apelación de Medi-Cal ante un juez. ¿La pidió o ya la tuvo?',
  ),
  'help.reason': text(
    'Mire la carta de negación. Ahí dice por qué el plan dijo que no. Solo algunas razones pueden ir a una IMR.',
    'La carta dice por qué el plan dijo que no. Solo algunas razones van a IMR.',
  ),
  'help.appealStatus': text(
    'Una apelación (o queja formal) es pedirle al plan que cambie su decisión. Casi siempre hay que hacerla antes de una IMR.',
    'Una apelación pide al plan que cambie su decisión. Casi siempre va antes de la IMR.',
  ),
  'help.appealDate': text(
    'Escriba la fecha que aparece en la carta del plan, o el día en que mandó la apelación. Escríbala así: 14/3/2026. Con esa fecha calculo el plazo.',
    'Escriba la fecha de la carta así: 14/3/2026. Con ella calculo el plazo.',
  ),
  'help.dual': text(
    'Algunas personas tienen un solo plan para Medicare y Medi-Cal (un plan Medi-Medi). Otras tienen Medicare y Medi-Cal por separado. La carta que dijo que no muestra quién la mandó, y eso decide dónde apelar.',
    'La carta que dijo que no muestra quién la mandó: Medicare, un plan de Medi-Cal o un solo plan para los dos.',
  ),
  'help.urgency': text(
    'Urgente quiere decir que un médico dice que esperar es un riesgo grave para la salud. Por ejemplo, dolor fuerte, o riesgo de morir o de perder una parte o función del cuerpo.',
    'Urgente: un médico dice que esperar es un riesgo grave, como dolor fuerte.',
  ),
  'help.outcome': text(
    'Esta es mi respuesta para el caso. Puede regresar para cambiar una respuesta o empezar de nuevo.',
    'Esta es mi respuesta. Escriba regresar o empezar de nuevo.',
  ),

  'faq.whatIsImr': text(
    'La Revisión Médica Independiente (IMR) la hacen médicos que no trabajan para el plan. Ellos revisan el caso y deciden si el plan debe cubrir la atención. El plan tiene que cumplir su decisión.',
    'En la IMR, médicos de fuera del plan revisan el caso. El plan debe cumplir su decisión.',
  ),
  'faq.isItFree': text('Sí. La IMR es gratis para el paciente.', 'Sí. La IMR es gratis.'),
  'faq.howLong': text(
    'En más o menos una semana sabe si el caso puede ir a IMR. Luego la decisión tarda unos {t.standardImrDaysMin} a {t.standardImrDaysMax} días. Los casos urgentes tardan unos {t.expeditedImrDaysMin} a {t.expeditedImrDaysMax} días.',
    'Una semana para saber si califica. Luego unos {t.standardImrDaysMin} a {t.standardImrDaysMax} días. Urgente: {t.expeditedImrDaysMin} a {t.expeditedImrDaysMax} días.',
  ),
  'faq.dmhcOrCdi': text(
    'El DMHC vigila casi todos los HMO, como Kaiser, y casi todos los planes de Covered California. El CDI vigila muchas pólizas de seguro. La carta de negación nombra la oficina. Si no sabe, llame primero al DMHC: {phone.dmhcHelpCenter}.',
    'DMHC: casi todos los HMO. CDI: muchas pólizas. ¿No sabe? Llame al DMHC: {phone.dmhcHelpCenter}.',
  ),
  'faq.documents': text(
    'Junte las cartas de negación, la respuesta escrita del plan a la apelación y su expediente médico. Una carta del médico ayuda. Si alguien le ayuda, agregue el formulario de Asistente Autorizado.',
    'Cartas de negación, la respuesta a la apelación, su expediente y una carta del médico.',
  ),
  'faq.whoCanHelp': text(
    'El Centro de Ayuda del DMHC ayuda gratis: {phone.dmhcHelpCenter}. La Health Consumer Alliance también da ayuda local gratis: {phone.healthConsumerAlliance}.',
    'Ayuda gratis: DMHC {phone.dmhcHelpCenter}. Health Consumer Alliance {phone.healthConsumerAlliance}.',
  ),

  'q.coverage': text('¿Qué tipo de seguro médico tiene?', '¿Qué tipo de seguro médico tiene?', '¿Qué tipo de seguro médico tiene el paciente?'),
  'q.regulator': text('¿Qué oficina del estado nombra la carta de negación?', '¿Qué oficina nombra la carta?'),
  'q.regulatorBrand': text(
    '{plan} vende los dos tipos de planes. ¿Qué oficina del estado nombra la carta de negación?',
    '{plan} vende los dos tipos. ¿Qué oficina nombra la carta?',
  ),
  'q.planName': text('¿Cómo se llama su plan de Medi-Cal?', '¿Cómo se llama su plan de Medi-Cal?', '¿Cómo se llama el plan de Medi-Cal del paciente?'),
  'q.hearing': text(
    '¿Pidió una Audiencia Estatal de Medi-Cal sobre esta negación?',
    '¿Pidió una Audiencia Estatal?',
    '¿El paciente pidió una Audiencia Estatal de Medi-Cal sobre esta negación?',
  ),
  'q.reason': text('¿Por qué dijo que no el plan?', '¿Por qué dijo que no el plan?'),
  'q.appealStatus': text(
    '¿Apeló al plan (puso una queja formal)?',
    '¿Apeló al plan?',
    '¿El paciente apeló al plan (puso una queja formal)?',
  ),
  'q.appealDate.decided': text(
    '¿Qué fecha tiene la respuesta escrita del plan a la apelación? Escríbala así: 14/3/2026.',
    '¿Qué fecha tiene la respuesta del plan? Así: 14/3/2026',
  ),
  'q.appealDate.pending': text(
    '¿Qué día mandó la apelación? Escriba la fecha así: 14/3/2026.',
    '¿Qué día mandó la apelación? Así: 14/3/2026',
    '¿Qué día mandó el paciente la apelación? Escriba la fecha así: 14/3/2026.',
  ),
  'q.dual': text(
    'Usted tiene Medicare y Medi-Cal. ¿Cuál de los dos dijo que no?',
    'Medicare y Medi-Cal: ¿cuál dijo que no?',
    'El paciente tiene Medicare y Medi-Cal. ¿Cuál de los dos dijo que no?',
  ),
  'q.urgency': text(
    '¿Dice un médico que esperar es un riesgo grave para su salud?',
    '¿Dice un médico que esperar es un riesgo grave?',
    '¿Dice un médico que esperar es un riesgo grave para la salud del paciente?',
  ),
  'q.outcomeMenu': text('¿Qué quiere hacer?', '¿Y ahora?'),

  'c.coverage.dmhc_plan': text('HMO o Kaiser'),
  'c.coverage.cdi_policy': text('Póliza de seguro (PPO/EPO)', 'Seguro PPO/EPO'),
  'c.coverage.medi_cal_managed': text('Medi-Cal con un plan', 'Medi-Cal con plan'),
  'c.coverage.medi_cal_ffs': text('Medi-Cal regular (sin plan)', 'Medi-Cal regular'),
  'c.coverage.medicare': text('Medicare o Medicare Advantage', 'Medicare'),
  'c.coverage.medi_medi': text('Medicare y Medi-Cal'),
  'c.coverage.self_funded': text('Plan del empleador que paga él mismo', 'Plan propio del empleo'),
  'c.coverage.unsure': text('No sé'),
  'c.regulator.dmhc': text('Atención Administrada (DMHC)', 'DMHC'),
  'c.regulator.cdi': text('Departamento de Seguros (CDI)', 'CDI'),
  'c.regulator.self_funded': text('El empleador paga él mismo', 'Plan propio del empleo'),
  'c.regulator.unsure': text('No nombra ninguna', 'Ninguna'),
  'c.regulator.assumed_dmhc': text('Seguir como plan del DMHC', 'Seguir con DMHC'),
  'c.planName.unknown': text('No sé'),
  'c.hearing.none': text('No'),
  'c.hearing.requested': text('La pedí, aún no es', 'La pedí'),
  'c.hearing.held': text('Sí, ya la tuve', 'Ya la tuve'),
  'c.reason.medical_necessity': text('No es necesario', 'No es necesario'),
  'c.reason.emergency_payment': text('No paga la emergencia'),
  'c.reason.experimental': text('Tratamiento experimental', 'Experimental'),
  'c.reason.billing': text('Cobro o copago', 'Cobro'),
  'c.reason.enrollment': text('Elegibilidad o inscripción', 'Inscripcion'),
  'c.reason.not_covered': text('El plan nunca lo cubre', 'Nunca lo cubre'),
  'c.reason.unsure': text('No sé'),
  'c.appealStatus.decided': text('Sí, y me dijeron que no', 'Sí, dijeron que no'),
  'c.appealStatus.pending': text('Sí, espero respuesta', 'Sí, espero'),
  'c.appealStatus.not_filed': text('No, todavía no', 'Todavía no'),
  'c.urgency.urgent': text('Sí, es urgente', 'Urgente'),
  'c.urgency.not_urgent': text('No es urgente'),
  'c.urgency.unsure': text('No sé'),
  'c.hearing.unsure': text('No sé'),
  'c.appealStatus.unsure': text('No sé'),
  'c.reason.cancelled': text('El plan canceló mi seguro', 'Me cancelaron'),
  'c.dual.one_plan': text('Un solo plan para los dos', 'Un solo plan'),
  'c.dual.medicare': text('Medicare o un plan de Medicare', 'Medicare'),
  'c.dual.medi_cal_plan': text('Un plan de Medi-Cal', 'Plan de Medi-Cal'),
  'c.dual.medi_cal_regular': text('Medi-Cal regular (sin plan)', 'Medi-Cal regular'),
  'c.dual.unsure': text('No sé'),
  'c.back': text('Atrás', 'Regresar'),
  'c.restart': text('Empezar de nuevo'),

  's.coverage.dmhc_plan': text('un HMO o Kaiser (DMHC)'),
  's.coverage.cdi_policy': text('una póliza de seguro (CDI)'),
  's.coverage.medi_cal_managed': text('Medi-Cal con un plan'),
  's.coverage.medi_cal_ffs': text('Medi-Cal regular'),
  's.coverage.medicare': text('Medicare'),
  's.coverage.medi_medi': text('Medicare y Medi-Cal'),
  's.coverage.self_funded': text('un plan propio del empleador'),
  's.coverage.unsure': text('no sabe el tipo de plan'),
  's.regulator.dmhc': text('un plan del DMHC'),
  's.regulator.cdi': text('una póliza del CDI'),
  's.regulator.self_funded': text('un plan propio del empleador'),
  's.regulator.unsure': text('la carta no nombra ninguna oficina'),
  's.regulator.assumed_dmhc': text('seguimos como plan del DMHC'),
  's.plan': text('{plan}'),
  's.planUnknown': text('no sabe el nombre del plan'),
  's.planCoverage.dmhc_plan': text('{plan} (un plan del DMHC)'),
  's.planCoverage.cdi_policy': text('{plan} (una póliza del CDI)'),
  's.appealDecidedOn': text('apelación negada el {date}'),
  's.hearing.none': text('sin Audiencia Estatal'),
  's.hearing.requested': text('Audiencia Estatal pedida'),
  's.hearing.held': text('Audiencia Estatal ya hecha'),
  's.reason.medical_necessity': text('negado por no ser necesario'),
  's.reason.emergency_payment': text('el plan no paga la emergencia'),
  's.reason.experimental': text('negado por ser experimental'),
  's.reason.billing': text('un problema de cobro'),
  's.reason.enrollment': text('una decisión de inscripción'),
  's.reason.not_covered': text('algo que el plan nunca cubre'),
  's.reason.unsure': text('no sabe la razón'),
  's.appealStatus.decided': text('apelación negada'),
  's.appealStatus.pending': text('apelación sin respuesta'),
  's.appealStatus.not_filed': text('sin apelación todavía'),
  's.appealDate.decided': text('decisión del {date}'),
  's.appealDate.pending': text('apelación mandada el {date}'),
  's.urgency.urgent': text('urgente'),
  's.urgency.not_urgent': text('no urgente'),
  's.urgency.unsure': text('no sabe si es urgente'),
  's.hearing.unsure': text('no sabe si pidió una Audiencia Estatal'),
  's.appealStatus.unsure': text('no sabe si apeló'),
  's.reason.cancelled': text('el plan canceló el seguro'),
  's.coverage.dual': text('Medicare y Medi-Cal'),
  's.dual.one_plan': text('un solo plan para los dos'),
  's.dual.medicare': text('Medicare dijo que no'),
  's.dual.medi_cal_plan': text('el plan de Medi-Cal dijo que no'),
  's.dual.medi_cal_regular': text('Medi-Cal regular dijo que no'),
  's.dual.unsure': text('no sabe cuál dijo que no'),

  'l.agency': text('Oficina'),
  'l.deadline': text('Fecha límite'),
  'l.daysLeft': text('Días que quedan'),
  'l.passedOn': text('El plazo venció el', 'Venció'),
  'l.daysSince': text('Días desde entonces', 'Días pasados'),
  'l.planDue': text('El plan debe responder antes del', 'Respuesta antes del'),
  'l.planWasDue': text('El plan debía responder el', 'Respuesta debida'),
  'l.hearingDeadline': text('Audiencia Estatal: pídala antes del', 'Audiencia antes del'),
  'l.phone': text('Teléfono', 'Tel'),
  'l.tty': text('TTY/TDD'),
  'l.freeHelp': text('Ayuda gratis'),
  'l.howLong': text('Cuánto tarda'),
  'l.documents': text('Documentos'),
  'l.rule': text('Regla'),
  'l.mail': text('Correo'),
  'l.fax': text('Fax'),
  'l.steps': text('Próximos pasos:', 'Pasos:'),

  'agency.DMHC': text('DMHC (Departamento de Atención Médica Administrada)', 'DMHC'),
  'agency.CDI': text('CDI (Departamento de Seguros de California)', 'CDI'),
  'agency.medicare': text('Medicare'),
  'agency.ebsa': text('Departamento del Trabajo de EE. UU. (EBSA)', 'EBSA'),
  'agency.cdss': text('Audiencias Estatales (Departamento de Servicios Sociales)', 'Audiencias Estatales'),
  'agency.enrollment': text('Covered California o el condado'),
  'agency.ombudsman': text('Ombudsman de Medi-Cal'),
  'phone.dmhcHelpCenter': text('Centro de Ayuda del DMHC', 'DMHC'),
  'phone.cdiHotline': text('Línea del CDI', 'CDI'),
  'phone.healthConsumerAlliance': text('Health Consumer Alliance'),
  'phone.medicare': text('Medicare'),
  'phone.hicap': text('HICAP (ayuda gratis con Medicare)', 'HICAP'),
  'phone.ebsa': text('EBSA'),
  'phone.cdssStateHearings': text('Audiencias Estatales', 'Audiencias'),
  'phone.cdssPublicInquiry': text('Información al Público', 'Información'),
  'phone.mediCalOmbudsman': text('Ombudsman de Medi-Cal'),
  'phone.dmhcTdd': text('TDD del DMHC'),
  'phone.cdiTty': text('TTY del CDI'),
  'phone.medicareTty': text('TTY de Medicare'),
  'phone.cdssTdd': text('TDD de Audiencias'),
  'phone.coveredCalifornia': text('Covered California'),
  'link.dmhcComplaint': text('DMHC: Presentar una queja'),
  'link.dmhcImrForm': text('Formulario de IMR del DMHC'),
  'link.cdiImr': text('CDI: Revisión Médica Independiente'),
  'link.cdiComplaint': text('CDI: Ayuda al consumidor'),
  'link.medicareAppeals': text('Apelaciones de Medicare'),
  'link.coveredCalifornia': text('Covered California'),
  'link.cdssStateHearing': text('Pedir una Audiencia Estatal'),
  'link.healthConsumerAlliance': text('Health Consumer Alliance'),
  'link.authorizedAssistant': text('Formulario de Asistente Autorizado del DMHC'),

  'timeline.imr': text(
    'En más o menos una semana sabe si el caso califica. Luego la decisión tarda unos {t.standardImrDaysMin} a {t.standardImrDaysMax} días.',
    'Una semana para saber si califica. Luego {t.standardImrDaysMin} a {t.standardImrDaysMax} días.',
  ),
  'timeline.expeditedDmhc': text(
    'Una IMR urgente (acelerada) tarda unos {t.expeditedImrDaysMin} a {t.expeditedImrDaysMax} días.',
    'IMR urgente: {t.expeditedImrDaysMin} a {t.expeditedImrDaysMax} días.',
  ),
  'timeline.expeditedCdi': text(
    'Por ley, el CDI decide una IMR urgente (acelerada) en {t.cdiExpeditedImrDays} días.',
    'IMR urgente del CDI: {t.cdiExpeditedImrDays} días por ley.',
  ),
  'timeline.afterWin': text(
    'Si gana, el plan debe aprobar la atención en {t.afterWinBusinessDays} días hábiles.',
    'Si gana, el plan aprueba en {t.afterWinBusinessDays} días hábiles.',
  ),
  'timeline.plan': text(
    'El plan tiene {t.planGrievanceDays} días para contestar una apelación, o {t.planUrgentDays} días si es urgente.',
    'El plan tiene {t.planGrievanceDays} días, o {t.planUrgentDays} si es urgente.',
  ),
  'timeline.complaint': text(
    'Casi todas las quejas se deciden en unos {t.complaintDays} días.',
    'Quejas: unos {t.complaintDays} días.',
  ),
  'docs.imr': text(
    'Las cartas de negación. La respuesta escrita del plan a la apelación. Su expediente médico (pídalo usted a los médicos de fuera del plan). Una carta del médico. El formulario de Asistente Autorizado si alguien le ayuda.',
    'Cartas de negación, respuesta del plan, expediente, carta del médico.',
  ),
  'docs.imrMediCal': text(
    'Las cartas de negación. El Aviso de Resolución de Apelación (NAR) del plan. Su expediente médico (pídalo usted a los médicos de fuera del plan). Una carta del médico. El formulario de Asistente Autorizado si alguien le ayuda.',
    'Cartas de negación, el NAR, expediente, carta del médico.',
  ),
  'docs.complaint': text('La carta o la factura, y la respuesta del plan a la queja formal.', 'La carta o factura y la respuesta del plan.'),
  'days.left': text('{date} (quedan {n} días)'),

  'o1.title': text('Pida la IMR ahora'),
  'o1.meaning': text(
    'Puede pedir una IMR ahora. El plan le dijo que no por escrito hace menos de {t.imrFilingMonths} meses.',
    'Puede pedir una IMR ahora.',
  ),
  'o1.step1': text(
    'Junte los papeles: las cartas de negación, la respuesta escrita del plan y su expediente médico.',
    'Junte las cartas, la respuesta del plan y su expediente.',
  ),
  'o1.step2': text('Pida al médico una carta que diga por qué necesita la atención.', 'Pida una carta a su médico.'),
  'o1.step3.DMHC': text(
    'Pida la IMR al DMHC por internet. O llame al {agencyPhone} y pida el formulario.',
    'Pídala al DMHC por internet o al {agencyPhone}.',
  ),
  'o1.step3.CDI': text(
    'Pida la IMR al CDI con el formulario que le mandó la aseguradora. ¿No lo tiene? Llame al {agencyPhone}.',
    'Use el formulario de la aseguradora. ¿No lo tiene? CDI: {agencyPhone}.',
  ),
  'o1.step4': text('Pídala antes del {deadline}. Mande copias, no los originales.', 'Pídala antes del {deadline}. Mande copias.'),
  'o1.step5': text(
    'Médicos de fuera revisan el caso. Mientras tanto, puede mandar más papeles.',
    'Médicos de fuera revisan el caso.',
  ),

  'o2.title': text('Pida ya una revisión rápida'),
  'o2.meaning': text('Es urgente. Pida ya una revisión rápida. No espere.', 'Es urgente. Pida una revisión rápida ya.'),
  'o2.step1.DMHC': text(
    'Llame al plan y pida una apelación urgente. El plan debe decidir en {t.planUrgentDays} días.',
    'Pida al plan una apelación urgente: {t.planUrgentDays} días.',
  ),
  'o2.step1.CDI': text(
    'Llame a la aseguradora y pida su revisión rápida de {t.cdiExpeditedInsurerHours} horas.',
    'Pida a la aseguradora su revisión de {t.cdiExpeditedInsurerHours} horas.',
  ),
  'o2.step2.DMHC': text(
    'Llame ahora al DMHC: {agencyPhone}. Si es urgente, no tiene que esperar {t.planGrievanceDays} días. En casos graves y raros, el DMHC puede saltarse el paso del plan.',
    'Llame ya al DMHC: {agencyPhone}. No espere {t.planGrievanceDays} días.',
  ),
  'o2.step2.CDI': text(
    'Llame ahora al CDI: {agencyPhone}. Pida saltarse el paso de la aseguradora (una dispensa).',
    'Llame ya al CDI: {agencyPhone}. Pida una dispensa.',
  ),
  'o2.step3': text(
    'Pida al médico una carta que diga que esperar es un riesgo grave para la salud.',
    'Pida una carta del médico sobre el riesgo.',
  ),
  'o2.step4': text('Pida que la IMR sea rápida (acelerada).', 'Pida una IMR rápida.'),
  'o2.decided': text(
    'El plan ya dijo que no por escrito. Pida una IMR acelerada ahora. El último día para pedirla es el {deadline}.',
    'Pida la IMR acelerada ya. Último día: {deadline}.',
  ),

  'o3.title': text('Puede pedir una IMR ahora'),
  'o3.meaning': text(
    'El plan dijo que el tratamiento es experimental. Con un plan del DMHC, puede pedir una IMR ahora. No necesita apelar al plan ni esperar {t.planGrievanceDays} días.',
    'Tratamiento experimental: puede pedir la IMR ya, sin apelar al plan.',
  ),
  'o3.step1': text(
    'Pida al médico que certifique dos cosas. Primero, que la enfermedad pone en riesgo la vida o es muy grave. Segundo, que el tratamiento normal no sirvió o no es el indicado.',
    'Pida al médico que certifique que es grave y que el tratamiento normal no sirvió.',
  ),
  'o3.step2': text('Junte la carta de negación y su expediente médico.', 'Junte la carta y su expediente.'),
  'o3.step3': text('Pida la IMR al DMHC por internet, o llame al {agencyPhone}.', 'DMHC: por internet o al {agencyPhone}.'),
  'o3.step4': text('Si es urgente, pida una IMR acelerada.', 'Si es urgente, pida la IMR acelerada.'),

  'o4.title': text('Puede pedir la IMR ahora'),
  'o4.meaning': text(
    'El plan tenía {t.planGrievanceDays} días para contestar la apelación y no lo hizo. Puede pedir una IMR ahora.',
    'El plan no contestó en {t.planGrievanceDays} días. Pida la IMR ya.',
  ),
  'o4.step1': text('Junte una copia de la apelación y la fecha en que la mandó.', 'Junte la apelación y su fecha.'),
  'o4.step2': text('Pida la IMR al {agency}: por internet o al {agencyPhone}.', 'Pídala al {agency}: {agencyPhone}.'),
  'o4.step3': text(
    'Diga que el plan no contestó en {t.planGrievanceDays} días.',
    'Diga que el plan no contestó en {t.planGrievanceDays} días.',
  ),
  'o4.noDeadline': text(
    'Todavía no corre el plazo de {t.imrFilingMonths} meses. Empieza cuando el plan contesta por escrito.',
    'El plazo de {t.imrFilingMonths} meses aún no corre.',
  ),

  'o5.title': text('Espere la respuesta del plan'),
  'o5.meaning': text(
    'El plan todavía tiene tiempo para contestar. Debe contestar antes del {planDue}.',
    'El plan debe contestar antes del {planDue}.',
  ),
  'o5.step1': text('Espere la respuesta escrita del plan hasta el {planDue}.', 'Espere hasta el {planDue}.'),
  'o5.step2': text('Si no contesta para entonces, puede pedir una IMR al {agency}.', 'Si no contesta, pida la IMR al {agency}.'),
  'o5.step3': text(
    'Si se vuelve urgente, llame de inmediato al plan y al {agency}: {agencyPhone}. Las apelaciones urgentes se deciden en {t.planUrgentDays} días.',
    'Si se vuelve urgente, llame al plan y al {agency}: {agencyPhone}.',
  ),

  'o6.title': text('Primero apele al plan'),
  'o6.meaning': text(
    'Primero ponga una apelación (queja formal) con el plan. La IMR casi siempre viene después de la respuesta del plan.',
    'Primero apele al plan (queja formal).',
  ),
  'o6.step1': text(
    'Apele por teléfono, en la página web del plan o con el formulario de la carta de negación.',
    'Apele por teléfono, internet o con el formulario de la carta.',
  ),
  'o6.step2': text(
    'Hágalo pronto. Casi todos los planes dan {t.commercialGrievanceDays} días desde el problema.',
    'Casi todos los planes dan {t.commercialGrievanceDays} días.',
  ),
  'o6.step2.mediCal': text(
    'Medi-Cal: apele dentro de {t.mediCalPlanAppealDays} días del Aviso de Acción.',
    'Medi-Cal: apele en {t.mediCalPlanAppealDays} días del aviso.',
  ),
  'o6.step3': text(
    'El plan tiene {t.planGrievanceDays} días para contestar, o {t.planUrgentDays} días si es urgente.',
    'El plan tiene {t.planGrievanceDays} días, o {t.planUrgentDays} si es urgente.',
  ),
  'o6.step4': text(
    'Vuelva cuando el plan conteste, o si pasan {t.planGrievanceDays} días sin respuesta.',
    'Vuelva con la respuesta o a los {t.planGrievanceDays} días.',
  ),

  'o7.title': text('El plazo venció, pero quizá no es final'),
  'o7.meaning': text(
    'El plazo de {t.imrFilingMonths} meses venció el {deadline}. No siempre es final, así que llame de todos modos.',
    'El plazo venció el {deadline}. Quizá no es final: llame.',
  ),
  'o7.step1.DMHC': text(
    'Llame al DMHC: {agencyPhone}. El DMHC puede aceptar una IMR tarde si algo le impidió pedirla a tiempo.',
    'Llame al DMHC: {agencyPhone}. Puede aceptarla tarde.',
  ),
  'o7.step1.CDI': text(
    'Llame al CDI: {agencyPhone}. El Comisionado de Seguros puede darle más tiempo.',
    'Llame al CDI: {agencyPhone}. Puede darle más tiempo.',
  ),
  'o7.step2': text('Explique qué le impidió pedirla a tiempo, como una enfermedad.', 'Explique por qué no pudo a tiempo.'),
  'o7.step3': text(
    'Pida ayuda gratis a la Health Consumer Alliance: {phone.healthConsumerAlliance}.',
    'Ayuda gratis: Health Consumer Alliance {phone.healthConsumerAlliance}.',
  ),
  'o7.mediCal': text(
    'Medi-Cal: lo más probable es que el plazo para la Audiencia Estatal también haya vencido.',
    'Medi-Cal: la Audiencia quizá también venció.',
  ),

  'o8.title': text('No es IMR: apelación y luego queja'),
  'o8.meaning': text(
    'Un problema de cobro no va a IMR. Primero va al plan y luego a una queja.',
    'Un cobro no va a IMR. Apele al plan y luego queje.',
  ),
  'o8.step1': text('Primero ponga una queja formal con el plan.', 'Ponga una queja formal con el plan.'),
  'o8.step2': text(
    'Si no se arregla en {t.planGrievanceDays} días, ponga una queja con el {agency}: {agencyPhone}.',
    'Si no se arregla en {t.planGrievanceDays} días: {agency} {agencyPhone}.',
  ),
  'o8.step3': text('Casi todas las quejas se deciden en unos {t.complaintDays} días.', 'Se decide en unos {t.complaintDays} días.'),
  'o8.emergency': text(
    'Después de una emergencia, casi siempre solo debe su parte de la red, como el copago.',
    'Tras una emergencia, solo debe su copago de la red.',
  ),
  'o8.ambulance': text(
    'Con un plan del DMHC, pasa lo mismo con una ambulancia terrestre fuera de la red.',
    'Igual con una ambulancia fuera de la red.',
  ),
  'o8.notEmergency': text(
    'Si el plan dice que no fue emergencia y no paga, regrese y escoja "No paga la emergencia". Eso sí puede ir a IMR.',
    '¿Dicen que no fue emergencia? Regrese y escoja No paga la emergencia.',
  ),

  'o9.title': text('No es IMR: el plan nunca cubre esto'),
  'o9.meaning': text('Lo que el contrato del plan nunca cubre no va a IMR.', 'Lo que el contrato nunca cubre no va a IMR.'),
  'o9.step1': text('Lea la Evidencia de Cobertura del plan. Vea si incluye esta atención.', 'Revise la Evidencia de Cobertura.'),
  'o9.step2': text('Si cree que sí está cubierto, ponga una queja formal con el plan.', '¿Cree que sí lo cubre? Ponga una queja formal.'),
  'o9.step3': text(
    'Si no se arregla, ponga una queja con el {agency}: {agencyPhone}.',
    'Si no se arregla: {agency} {agencyPhone}.',
  ),

  'o10.title': text('No es IMR de California: apelaciones de Medicare'),
  'o10.meaning': text(
    'Las negaciones de Medicare no van a la IMR de California. Van a las apelaciones de Medicare.',
    'Medicare no usa la IMR de California. Apele en Medicare.',
  ),
  'o10.step1': text(
    'Medicare Original: pida una nueva decisión dentro de {t.medicareRedeterminationDays} días del Resumen de Medicare.',
    'Medicare Original: apele en {t.medicareRedeterminationDays} días del aviso.',
  ),
  'o10.step2': text(
    'Medicare Advantage: pida al plan que lo reconsidere, casi siempre dentro de {t.medicareAdvantageReconsiderationDays} días. Use la fecha de su aviso.',
    'Advantage: pida al plan en {t.medicareAdvantageReconsiderationDays} días. Vea su aviso.',
  ),
  'o10.step3': text(
    'Si el plan sigue diciendo que no, sigue una revisión de fuera sin que la pida.',
    'Si sigue en no, hay una revisión de fuera.',
  ),
  'o10.step4': text(
    'Llame a Medicare: {phone.medicare} (TTY {phone.medicareTty}). HICAP da ayuda gratis: {phone.hicap}.',
    'Medicare: {phone.medicare}. HICAP: {phone.hicap}.',
  ),

  'o11.title': text('No es IMR de California: revisión externa federal'),
  'o11.meaning': text(
    'Un plan que el empleador paga por su cuenta no usa la IMR de California. Usa una revisión externa federal.',
    'Un plan propio del empleo usa una revisión federal.',
  ),
  'o11.step1': text(
    'Pida al plan una revisión externa. Siga la fecha límite de la última carta de negación. Casi siempre son {t.selfFundedExternalReviewMonths} meses.',
    'Pida una revisión externa. Siga la fecha de la carta: casi siempre {t.selfFundedExternalReviewMonths} meses.',
  ),
  'o11.step2': text(
    'Para ayuda gratis, llame al Departamento del Trabajo (EBSA): {phone.ebsa}.',
    'Ayuda gratis: EBSA {phone.ebsa}.',
  ),

  'o12.title': text('No es IMR: pida una Audiencia Estatal'),
  'o12.meaning': text('Esta negación de Medi-Cal va a una Audiencia Estatal, no a IMR.', 'Esto va a una Audiencia Estatal, no a IMR.'),
  'o12.step1': text(
    'Pida una Audiencia Estatal dentro de {t.stateHearingFfsDays} días del aviso.',
    'Pídala en {t.stateHearingFfsDays} días del aviso.',
  ),
  'o12.step2': text(
    'Llame a Audiencias Estatales: {phone.cdssStateHearings}. O pídala por internet.',
    'Llame al {phone.cdssStateHearings} o por internet.',
  ),
  'o12.step3': text(
    '¿Preguntas? Información al Público: {phone.cdssPublicInquiry} (TDD {phone.cdssTdd}).',
    'Preguntas: {phone.cdssPublicInquiry}.',
  ),

  'o13.title': text('La IMR no está abierta para esta negación'),
  'o13.meaning': text(
    'Ya hubo una Audiencia Estatal sobre esta negación. Por eso la IMR no está abierta para ella.',
    'Ya hubo Audiencia Estatal. La IMR no está abierta.',
  ),
  'o13.step1': text('La decisión de la audiencia se mantiene.', 'La decisión de la audiencia se mantiene.'),
  'o13.step2': text(
    'Para preguntas, llame al Ombudsman de Medi-Cal: {phone.mediCalOmbudsman}.',
    'Preguntas: Ombudsman {phone.mediCalOmbudsman}.',
  ),
  'o13.step3': text('Si el plan le niega algo nuevo, empiece de nuevo.', '¿Otra negación? Empiece de nuevo.'),

  'o14.title': text('Primero, busque la oficina que vigila el plan'),
  'o14.meaning': text('Primero, averigüe qué oficina del estado vigila el plan.', 'Primero, vea qué oficina vigila el plan.'),
  'o14.step1': text(
    'Mire la carta de negación, la respuesta del plan o la Evidencia de Cobertura. Busque un párrafo que nombre al Departamento de Atención Médica Administrada.',
    'Busque en la carta o el folleto el nombre del DMHC.',
  ),
  'o14.step2': text(
    'Si lo nombra, es un plan del DMHC. Si no, llame primero al DMHC: {phone.dmhcHelpCenter}. La línea del CDI, {phone.cdiHotline}, también le orienta.',
    '¿No lo nombra? DMHC {phone.dmhcHelpCenter} o CDI {phone.cdiHotline}.',
  ),
  'o14.step3': text('También puede seguir ahora como plan del DMHC.', 'O siga como plan del DMHC.'),

  'o15.title': text('No es IMR: una decisión de elegibilidad o inscripción'),
  'o15.meaning': text(
    'Las decisiones sobre quién se inscribe o recibe ayuda con el costo no van a IMR.',
    'La inscripción no va a IMR.',
  ),
  'o15.step1': text(
    'Apele ante quien decidió: Covered California, {phone.coveredCalifornia}, o el condado.',
    'Apele: Covered California {phone.coveredCalifornia} o el condado.',
  ),
  'o15.step2': text(
    'También puede pedir una Audiencia Estatal. Llame al {phone.cdssPublicInquiry}.',
    'O pida Audiencia Estatal: {phone.cdssPublicInquiry}.',
  ),

  'note.mediCal': text(
    'Medi-Cal: la respuesta del plan se llama Aviso de Resolución de Apelación (NAR). Pida primero la IMR. Luego, si hace falta, pida una Audiencia Estatal antes del {hearingDate}. La IMR no le quita la audiencia.',
    'Medi-Cal: pida la IMR primero. Audiencia Estatal antes del {hearingDate}.',
  ),
  'note.mediCalNoDate': text(
    'Medi-Cal: la respuesta del plan se llama Aviso de Resolución de Apelación (NAR). También puede pedir una Audiencia Estatal dentro de {t.mediCalHearingDays} días de ese aviso.',
    'Medi-Cal: Audiencia Estatal en {t.mediCalHearingDays} días de la respuesta.',
  ),
  'note.cohs': text(
    '{plan} quizá no es un plan del DMHC. Confírmelo con el DMHC: {phone.dmhcHelpCenter}. La Audiencia Estatal es el camino seguro.',
    '{plan} quizá no es del DMHC. Confírmelo. La Audiencia es segura.',
  ),
  'note.hearingRequested': text(
    'Ya pidió una Audiencia Estatal. Llame al DMHC antes de la fecha de la audiencia: {phone.dmhcHelpCenter}.',
    'Llame al DMHC antes de la audiencia: {phone.dmhcHelpCenter}.',
  ),
  'note.mediMedi': text(
    'Por el lado de Medicare, también puede apelar en Medicare. Llame al {phone.medicare}.',
    'Lado Medicare: {phone.medicare}.',
  ),
  'note.mediMediExperimental': text(
    'La IMR para tratamiento experimental a veces llega también a Medicare si la ley federal lo permite. Pregunte al DMHC.',
    'Experimental con Medicare: pregunte al DMHC.',
  ),
  'note.assumedDmhc': text(
    'Seguimos como si fuera un plan del DMHC. Si no lo es, el DMHC le dirá a dónde ir.',
    'Si no es del DMHC, el DMHC le dirá a dónde ir.',
  ),
  'note.staff': text(
    'Si usted ayuda al paciente, él puede nombrarle en el formulario de Asistente Autorizado del DMHC.',
    'El paciente puede nombrarle en el formulario de Asistente Autorizado.',
  ),
};

/** Personal de la clínica que pregunta por un paciente (Teams): los mismos datos, sobre "el paciente". */
export const es: Record<TextKey, Text> = withStaff<TextKey>(patientVoice, {
  'o1.meaning': 'El paciente puede pedir una IMR ahora. El plan le dijo que no por escrito hace menos de {t.imrFilingMonths} meses.',
  'o1.step1': 'Junte los papeles: las cartas de negación, la respuesta escrita del plan y el expediente médico del paciente.',
  'o1.step2': 'Pida al médico tratante una carta que diga por qué el paciente necesita la atención.',
  'o1.step3.CDI': 'Pida la IMR al CDI con el formulario que mandó la aseguradora. ¿No lo tienen? Llame al {agencyPhone}.',
  'o1.step5': 'Médicos de fuera revisan el caso. Mientras tanto, el paciente puede mandar más papeles.',
  'o2.step2.DMHC': 'Llame ahora al DMHC: {agencyPhone}. Si es urgente, el paciente no tiene que esperar {t.planGrievanceDays} días. En casos graves y raros, el DMHC puede saltarse el paso del plan.',
  'o3.title': 'El paciente puede pedir una IMR ahora',
  'o3.meaning': 'El plan dijo que el tratamiento es experimental. Con un plan del DMHC, el paciente puede pedir una IMR ahora. No necesita apelar al plan ni esperar {t.planGrievanceDays} días.',
  'o3.step2': 'Junte la carta de negación y el expediente médico del paciente.',
  'o4.title': 'El paciente puede pedir la IMR ahora',
  'o4.meaning': 'El plan tenía {t.planGrievanceDays} días para contestar la apelación y no lo hizo. El paciente puede pedir una IMR ahora.',
  'o4.step1': 'Junte una copia de la apelación y la fecha en que se mandó.',
  'o5.step2': 'Si no contesta para entonces, el paciente puede pedir una IMR al {agency}.',
  'o7.step1.DMHC': 'Llame al DMHC: {agencyPhone}. El DMHC puede aceptar una IMR tarde si algo le impidió al paciente pedirla a tiempo.',
  'o7.step1.CDI': 'Llame al CDI: {agencyPhone}. El Comisionado de Seguros puede darle más tiempo al paciente.',
  'o7.step2': 'Explique qué le impidió al paciente pedirla a tiempo, como una enfermedad.',
  'o8.emergency': 'Después de una emergencia, casi siempre el paciente solo debe su parte de la red, como el copago.',
  'o9.step2': 'Si el paciente cree que sí está cubierto, ponga una queja formal con el plan.',
  'o14.step3': 'También puede seguir ahora como si fuera un plan del DMHC.',
  'o15.step2': 'El paciente también puede pedir una Audiencia Estatal. Llame al {phone.cdssPublicInquiry}.',
  'docs.imr': 'Las cartas de negación. La respuesta escrita del plan a la apelación. El expediente médico (el paciente lo pide a los médicos de fuera del plan). Una carta del médico. El formulario de Asistente Autorizado si alguien ayuda.',
  'docs.imrMediCal': 'Las cartas de negación. El Aviso de Resolución de Apelación (NAR) del plan. El expediente médico (el paciente lo pide a los médicos de fuera del plan). Una carta del médico. El formulario de Asistente Autorizado si alguien ayuda.',
  'timeline.afterWin': 'Si el paciente gana, el plan debe aprobar la atención en {t.afterWinBusinessDays} días hábiles.',
  'note.mediCalNoDate': 'Medi-Cal: la respuesta del plan se llama Aviso de Resolución de Apelación (NAR). El paciente también puede pedir una Audiencia Estatal dentro de {t.mediCalHearingDays} días de ese aviso.',
  'note.mediMedi': 'Por el lado de Medicare, el paciente también puede apelar en Medicare. Llame al {phone.medicare}.',
  'note.assumedDmhc': 'Seguimos como si fuera un plan del DMHC. Si no lo es, el DMHC dirá a dónde ir.',
});
