import type { TextKey } from './en.js';
import { text, withStaff, type Text } from './text.js';

/**
 * Todo lo que el bot dice en español, de usted, como se habla en California; no es una traducción
 * palabra por palabra. DMHC y CDI se quedan con su nombre; "apelación" o "queja formal" para
 * grievance; "Audiencia Estatal" para State Hearing; "Revisión Médica Independiente (IMR)". Los
 * términos oficiales, con su fuente, están en docs/glossary-es.md (test/dialogs/spanish.test.ts los vigila).
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
    'Si usted ayuda al paciente a presentar su caso, el paciente puede nombrarle en el formulario de Asistente Autorizado del DMHC.',
    'Si usted ayuda al paciente, puede nombrarle en el formulario de Asistente Autorizado.',
  ),
  // La organización que ofrece el bot (issue 17; ORG_* en src/config.ts).
  'org.offers': text('Esta guía es de {org.name}.', 'De {org.name}.'),
  'org.call': text('Para hablar con alguien de allí, llame al {org.phone}.', 'Llame al {org.phone}.'),
  'org.visit': text('Sitio web: {org.url}'),
  'shared.general': text(
    'La Revisión Médica Independiente (IMR) es gratis. Médicos que no son del plan revisan el caso y pueden anular la denegación. En California la hacen el DMHC o el CDI. Para ver el caso de un paciente, escríbame en un chat privado. Por favor, no comparta datos del paciente aquí.',
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
  'example.outcome': text(
    'Puede escribir "atrás", "empezar de nuevo" o "ayuda", o escoger una opción.',
    'Escriba atrás, empezar de nuevo o ayuda.',
  ),

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

  'back.done': text('Bien, volvemos un paso atrás.', 'Bien, un paso atrás.'),
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
  'kit.form.byWords': text('Mándelo dentro de {t.imrFilingMonths} meses de la fecha de la carta del plan.'),
  'kit.urgencyUnsure': text(
    'Si su médico dice que esperar sería un riesgo grave para su salud, pida una revisión acelerada (rápida). Las apelaciones urgentes se deciden en {t.planUrgentDays} días.',
    '¿El médico dice que es urgente? Pida una revisión rápida.',
    'Si un médico dice que esperar sería un riesgo grave para la salud del paciente, pida una revisión acelerada (rápida). Las apelaciones urgentes se deciden en {t.planUrgentDays} días.',
  ),

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
  'kit.dmhc.cohsCheck': text(
    'Primero llame al DMHC al {phone.dmhcHelpCenter} para saber si su plan es un plan del DMHC.',
    'Primero pregunte al DMHC si su plan es del DMHC.',
    'Primero llame al DMHC al {phone.dmhcHelpCenter} para saber si el plan del paciente es un plan del DMHC.',
  ),
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
  'kit.hearing.titleFirst': text('Primero: una Audiencia Estatal, el camino seguro'),
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
  'kit.hearing.cohs': text(
    'Puede que su plan no sea un plan del DMHC, así que la Audiencia Estatal es el camino seguro: pídala primero. Pregunte al DMHC al {phone.dmhcHelpCenter} antes de contar con una IMR. Si el DMHC dice que sí, pida la IMR antes de que se haga la audiencia.',
    'Puede que su plan no sea del DMHC: pida primero la Audiencia Estatal.',
    'Puede que el plan no sea un plan del DMHC, así que la Audiencia Estatal es el camino seguro: pídala primero. Pregunte al DMHC al {phone.dmhcHelpCenter} antes de contar con una IMR. Si el DMHC dice que sí, pida la IMR antes de que se haga la audiencia.',
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
    'Escriba atrás, empezar de nuevo, English o borrar mis datos.',
  ),
  'help.coverage': text(
    'Necesito saber qué tipo de seguro médico tiene. Así sé qué oficina del estado le puede ayudar. Mire las cartas o la página web del plan. Un PPO o un EPO puede ser de los dos tipos: si tiene uno, o si no sabe, escoja "PPO, EPO o no sé".',
    'Necesito el tipo de seguro. Así sé qué oficina le ayuda. ¿PPO, EPO o no sabe? Escoja esa opción.',
  ),
  'help.regulator': text(
    'Dos oficinas del estado supervisan los planes: el DMHC y el CDI. La carta de denegación o la respuesta a la apelación tiene un párrafo que nombra a una. La Evidencia de Cobertura también puede nombrarla.',
    'La carta o el folleto del plan nombra al DMHC o al CDI. Escoja la que nombra.',
  ),
  'help.planName': text(
    'Solo necesito el nombre del plan, como "L.A. Care" o "Health Net". Algunos planes de Medi-Cal del condado siguen otras reglas. Nunca mande su número de miembro.',
    'Solo el nombre del plan, como L.A. Care. Nunca mande su número de miembro.',
  ),
  'help.hearing': text(
    'La Audiencia Estatal (una audiencia imparcial del estado) es una apelación de Medi-Cal ante un juez. Si ya hubo una audiencia sobre esta denegación, la IMR no está abierta para ella. Si no sabe, escoja "No sé".',
    'La Audiencia Estatal es una apelación de Medi-Cal ante un juez. ¿Se pidió o ya se hizo?',
  ),
  'help.reason': text(
    'Mire la carta de denegación. Ahí dice por qué el plan dijo que no. Solo algunas razones pueden ir a una IMR.',
    'La carta dice por qué el plan dijo que no. Solo algunas razones van a IMR.',
  ),
  'help.appealStatus': text(
    'Una apelación (o queja formal) es pedirle al plan que cambie su decisión. Casi siempre hay que hacerla antes de una IMR. Si el plan contestó su apelación por escrito, escoja "Sí, y dijeron que no". Si no sabe, escoja "No sé".',
    'Una apelación pide al plan que cambie su decisión. Casi siempre va antes de la IMR.',
  ),
  'help.appealDate': text(
    'Escriba la fecha que aparece en la carta del plan, o el día en que mandó la apelación. Escríbala así: 14/3/2026. Con esa fecha calculo el plazo. Si no la sabe, escoja "No sé la fecha".',
    'Escriba la fecha de la carta así: 14/3/2026. Con ella calculo el plazo.',
  ),
  'help.dual': text(
    'Algunas personas tienen un solo plan para Medicare y Medi-Cal (un plan Medi-Medi). Otras tienen Medicare y Medi-Cal por separado. La carta que dijo que no muestra quién la mandó, y eso decide dónde apelar.',
    'La carta que dijo que no muestra quién la mandó: Medicare, un plan de Medi-Cal o un solo plan para los dos.',
  ),
  'help.urgency': text(
    'Urgente quiere decir que un médico dice que esperar es un riesgo grave para la salud. Por ejemplo, dolor fuerte, o riesgo de morir o de perder una parte o función del cuerpo. Si ningún médico lo ha dicho, o no sabe, escoja "No sé".',
    'Urgente: un médico dice que esperar es un riesgo grave, como dolor fuerte.',
  ),
  'help.outcome': text(
    'Esta es mi respuesta para el caso. Escriba "atrás" para cambiar una respuesta, o empiece de nuevo.',
    'Esta es mi respuesta. Escriba atrás o empezar de nuevo.',
  ),

  'faq.whatIsImr': text(
    'La Revisión Médica Independiente (IMR) la hacen médicos que no trabajan para el plan. Ellos revisan el caso y deciden si el plan debe cubrir la atención. El plan tiene que cumplir su decisión.',
    'En la IMR, médicos de fuera del plan revisan el caso. El plan debe cumplir su decisión.',
  ),
  'faq.isItFree': text('Sí. La IMR es gratis para el paciente.', 'Sí. La IMR es gratis.'),
  'faq.howLong': text(
    'En más o menos una semana sabe si el caso puede ir a IMR. Luego la decisión tarda unos {t.standardImrDaysMin} a {t.standardImrDaysMax} días. Los casos urgentes tardan unos {t.expeditedImrDaysMin} a {t.expeditedImrDaysMax} días.',
    'Más o menos una semana para saber si califica. Luego unos {t.standardImrDaysMin} a {t.standardImrDaysMax} días. Urgente: unos {t.expeditedImrDaysMin} a {t.expeditedImrDaysMax} días.',
  ),
  'faq.dmhcOrCdi': text(
    'El DMHC supervisa casi todos los HMO, como Kaiser, y casi todos los planes de Covered California. El CDI supervisa muchas pólizas de seguro. La carta de denegación nombra la oficina. Si no sabe, llame primero al DMHC: {phone.dmhcHelpCenter}.',
    'DMHC: casi todos los HMO. CDI: muchas pólizas. ¿No sabe? Llame al DMHC: {phone.dmhcHelpCenter}.',
  ),
  'faq.documents': text(
    'Junte las cartas de denegación, la respuesta escrita del plan a la apelación y su expediente médico. Una carta del médico ayuda. Si alguien le ayuda, agregue el formulario de Asistente Autorizado.',
    'Cartas de denegación, la respuesta a la apelación, su expediente y una carta del médico.',
  ),
  'faq.whoCanHelp': text(
    'El Centro de Ayuda del DMHC ayuda gratis: {phone.dmhcHelpCenter}. La Health Consumer Alliance también da ayuda local gratis: {phone.healthConsumerAlliance}.',
    'Ayuda gratis: DMHC {phone.dmhcHelpCenter}. Health Consumer Alliance {phone.healthConsumerAlliance}.',
  ),

  'q.coverage': text('¿Qué tipo de seguro médico tiene?', '¿Qué tipo de seguro médico tiene?', '¿Qué tipo de seguro médico tiene el paciente?'),
  'q.regulator': text('¿Qué oficina del estado nombra la carta de denegación?', '¿Qué oficina nombra la carta?'),
  'q.regulatorBrand': text(
    '{plan} vende los dos tipos de planes. ¿Qué oficina del estado nombra la carta de denegación?',
    '{plan} vende los dos tipos. ¿Qué oficina nombra la carta?',
  ),
  'q.planName': text('¿Cómo se llama su plan de Medi-Cal?', '¿Cómo se llama su plan de Medi-Cal?', '¿Cómo se llama el plan de Medi-Cal del paciente?'),
  'q.hearing': text(
    '¿Pidió una Audiencia Estatal de Medi-Cal sobre esta denegación?',
    '¿Pidió una Audiencia Estatal?',
    '¿El paciente pidió una Audiencia Estatal de Medi-Cal sobre esta denegación?',
  ),
  'q.reason': text('¿Por qué dijo que no el plan?', '¿Por qué dijo que no el plan?'),
  'q.appealStatus': text(
    '¿Apeló ante el plan (presentó una queja formal)?',
    '¿Apeló ante el plan?',
    '¿El paciente apeló ante el plan (presentó una queja formal)?',
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
    'Usted tiene Medicare y Medi-Cal. ¿Es un solo plan para los dos? Si no, ¿cuál dijo que no?',
    '¿Un solo plan para los dos, o cuál dijo que no?',
    'El paciente tiene Medicare y Medi-Cal. ¿Es un solo plan para los dos? Si no, ¿cuál dijo que no?',
  ),
  'q.urgency': text(
    '¿Dice un médico que esperar es un riesgo grave para su salud?',
    '¿Dice un médico que esperar es un riesgo grave?',
    '¿Dice un médico que esperar es un riesgo grave para la salud del paciente?',
  ),
  'q.outcomeMenu': text('¿Qué quiere hacer?', '¿Y ahora?'),

  'c.coverage.dmhc_plan': text('HMO o Kaiser'),
  'c.coverage.cdi_policy': text('Póliza de una compañía de seguros (CDI)', 'Seguro (CDI)'),
  'c.coverage.medi_cal_managed': text('Medi-Cal con un plan', 'Medi-Cal con plan'),
  'c.coverage.medi_cal_ffs': text('Medi-Cal regular (sin plan)', 'Medi-Cal regular'),
  'c.coverage.medicare': text('Medicare o Medicare Advantage', 'Medicare'),
  'c.coverage.medi_medi': text('Un solo plan de Medicare y Medi-Cal', 'Plan Medi-Medi'),
  'c.coverage.self_funded': text('Plan autofinanciado del empleador', 'Plan autofinanciado'),
  'c.coverage.unsure': text('PPO, EPO o no sé', 'PPO/EPO o no sé'),
  'c.regulator.dmhc': text('Atención Médica Administrada (DMHC)', 'DMHC'),
  'c.regulator.cdi': text('Departamento de Seguros (CDI)', 'CDI'),
  'c.regulator.self_funded': text('Plan autofinanciado del empleador', 'Autofinanciado'),
  'c.regulator.unsure': text('No nombra ninguna', 'Ninguna'),
  'c.regulator.assumed_dmhc': text('Seguir como plan del DMHC', 'Seguir con DMHC'),
  'c.planName.unknown': text('No sé'),
  'c.hearing.none': text('No'),
  'c.hearing.requested': text('Se pidió, pero aún no se hace', 'Se pidió'),
  'c.hearing.held': text('Sí, ya se hizo', 'Ya se hizo'),
  'c.reason.medical_necessity': text('No es médicamente necesario', 'No es necesario'),
  'c.reason.emergency_payment': text('No paga la emergencia'),
  'c.reason.experimental': text('Tratamiento experimental', 'Experimental'),
  'c.reason.billing': text('Problema de cobro o copago', 'Cobro'),
  'c.reason.enrollment': text('Elegibilidad o inscripción', 'Inscripción'),
  'c.reason.not_covered': text('El plan nunca lo cubre', 'Nunca lo cubre'),
  'c.reason.unsure': text('No sé'),
  'c.appealStatus.decided': text('Sí, y dijeron que no'),
  'c.appealStatus.pending': text('Sí, aún sin respuesta', 'Sí, sin respuesta'),
  'c.appealStatus.not_filed': text('No, todavía no', 'Todavía no'),
  'c.urgency.urgent': text('Sí, es urgente', 'Urgente'),
  'c.urgency.not_urgent': text('No es urgente'),
  'c.urgency.unsure': text('No sé'),
  'c.hearing.unsure': text('No sé'),
  'c.appealStatus.unsure': text('No sé'),
  'c.reason.cancelled': text('El plan canceló la cobertura', 'Cobertura cancelada'),
  'c.dual.one_plan': text('Un solo plan para los dos (Medi-Medi)', 'Un solo plan'),
  'c.dual.medicare': text('Medicare o un plan de Medicare dijo que no', 'Medicare dijo que no'),
  'c.dual.medi_cal_plan': text('Un plan de Medi-Cal dijo que no', 'Plan de Medi-Cal'),
  'c.dual.medi_cal_regular': text('Medi-Cal regular dijo que no', 'Medi-Cal regular'),
  'c.dual.unsure': text('No sé'),
  'c.back': text('Atrás'),
  'c.restart': text('Empezar de nuevo'),

  's.coverage.dmhc_plan': text('un HMO o Kaiser (DMHC)'),
  's.coverage.cdi_policy': text('una póliza de seguro (CDI)'),
  's.coverage.medi_cal_managed': text('Medi-Cal con un plan'),
  's.coverage.medi_cal_ffs': text('Medi-Cal regular'),
  's.coverage.medicare': text('Medicare'),
  's.coverage.medi_medi': text('Medicare y Medi-Cal'),
  's.coverage.self_funded': text('un plan autofinanciado del empleador'),
  's.coverage.unsure': text('no sabe el tipo de plan'),
  's.regulator.dmhc': text('un plan del DMHC'),
  's.regulator.cdi': text('una póliza del CDI'),
  's.regulator.self_funded': text('un plan autofinanciado del empleador'),
  's.regulator.unsure': text('la carta no nombra ninguna oficina'),
  's.regulator.assumed_dmhc': text('seguimos como plan del DMHC'),
  's.plan': text('{plan}'),
  's.planUnknown': text('no sabe el nombre del plan'),
  's.planCoverage.dmhc_plan': text('{plan} (un plan del DMHC)'),
  's.planCoverage.cdi_policy': text('{plan} (una póliza del CDI)'),
  's.appealDecidedOn': text('apelación denegada el {date}'),
  's.hearing.none': text('sin Audiencia Estatal'),
  's.hearing.requested': text('Audiencia Estatal pedida'),
  's.hearing.held': text('Audiencia Estatal ya hecha'),
  's.reason.medical_necessity': text('denegado por no ser médicamente necesario'),
  's.reason.emergency_payment': text('el plan no paga la emergencia'),
  's.reason.experimental': text('denegado por ser experimental'),
  's.reason.billing': text('un problema de cobro'),
  's.reason.enrollment': text('una decisión de inscripción'),
  's.reason.not_covered': text('algo que el plan nunca cubre'),
  's.reason.unsure': text('no sabe la razón'),
  's.appealStatus.decided': text('apelación denegada'),
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
  'l.passedOn': text('Fecha en que venció el plazo', 'Venció'),
  'l.daysSince': text('Días desde entonces', 'Días pasados'),
  'l.planDue': text('Último día del plan para contestar', 'Último día del plan'),
  'l.planWasDue': text('Fecha en que el plan debía contestar', 'El plan debía contestar'),
  'l.hearingDeadline': text('Último día para pedir la Audiencia Estatal', 'Último día para la audiencia'),
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
  'agency.ombudsman': text('Oficina del Ombudsman de Medi-Cal', 'Ombudsman de Medi-Cal'),
  'phone.dmhcHelpCenter': text('Centro de Ayuda del DMHC', 'DMHC'),
  'phone.cdiHotline': text('Línea directa del CDI', 'CDI'),
  'phone.healthConsumerAlliance': text('Health Consumer Alliance'),
  'phone.medicare': text('Medicare'),
  'phone.hicap': text('HICAP (ayuda gratis con Medicare)', 'HICAP'),
  'phone.ebsa': text('EBSA'),
  'phone.cdssStateHearings': text('Audiencias Estatales', 'Audiencias'),
  'phone.cdssPublicInquiry': text('Consultas Públicas (Public Inquiry)', 'Consultas'),
  'phone.mediCalOmbudsman': text('Oficina del Ombudsman de Medi-Cal', 'Ombudsman de Medi-Cal'),
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
    'Más o menos una semana para saber si califica. Luego unos {t.standardImrDaysMin} a {t.standardImrDaysMax} días.',
  ),
  'timeline.expeditedDmhc': text(
    'Una IMR urgente (acelerada) tarda unos {t.expeditedImrDaysMin} a {t.expeditedImrDaysMax} días.',
    'IMR urgente: unos {t.expeditedImrDaysMin} a {t.expeditedImrDaysMax} días.',
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
    'Casi todas las quejas: unos {t.complaintDays} días.',
  ),
  'docs.imr': text(
    'Las cartas de denegación. La respuesta escrita del plan a la apelación. Su expediente médico (pídalo usted a los médicos de fuera del plan). Una carta del médico. El formulario de Asistente Autorizado si alguien le ayuda.',
    'Cartas de denegación, respuesta del plan, expediente, carta del médico.',
  ),
  'docs.imrMediCal': text(
    'Las cartas de denegación. El Aviso de Resolución de Apelación (NAR) del plan. Su expediente médico (pídalo usted a los médicos de fuera del plan). Una carta del médico. El formulario de Asistente Autorizado si alguien le ayuda.',
    'Cartas de denegación, el NAR, expediente, carta del médico.',
  ),
  'docs.complaint': text('La carta o la factura, y la respuesta del plan a la queja formal.', 'La carta o factura y la respuesta del plan.'),
  'days.left': text('{date} (quedan {n} días)'),

  'o1.title': text('Pida la IMR ahora'),
  'o1.meaning': text(
    'Puede pedir una IMR ahora. El plan le dijo que no por escrito hace menos de {t.imrFilingMonths} meses.',
    'Puede pedir una IMR ahora.',
  ),
  'o1.step1': text(
    'Junte los papeles: las cartas de denegación, la respuesta escrita del plan y su expediente médico.',
    'Junte las cartas, la respuesta del plan y su expediente.',
  ),
  'o1.step2': text('Pida al médico una carta que diga por qué necesita la atención.', 'Pida una carta a su médico.'),
  'o1.step3.DMHC': text(
    'Pida la IMR al DMHC por internet. O llame al {agencyPhone} y pida el formulario.',
    'Pídala al DMHC por internet o al {agencyPhone}.',
  ),
  'o1.step3.CDI': text(
    'Pida la IMR al CDI con el formulario que le mandó la compañía de seguros. ¿No lo tiene? Llame al {agencyPhone}.',
    'Use el formulario de la compañía de seguros. ¿No lo tiene? CDI: {agencyPhone}.',
  ),
  'o1.step4': text(
    'Pídala a más tardar el {deadline}. Mande copias, no los originales.',
    'Pídala a más tardar el {deadline}. Mande copias.',
  ),
  'o1.step5': text(
    'Médicos de fuera revisan el caso. Mientras tanto, puede mandar más papeles.',
    'Médicos de fuera revisan el caso.',
  ),

  'o2.title': text('Pida ya una revisión rápida'),
  'o2.meaning': text('Es urgente. No espere: pida ya una revisión rápida.', 'Es urgente. Pida una revisión rápida ya.'),
  'o2.step1.DMHC': text(
    'Llame al plan y pida una apelación urgente. El plan debe decidir en {t.planUrgentDays} días.',
    'Pida al plan una apelación urgente: {t.planUrgentDays} días.',
  ),
  'o2.step1.CDI': text(
    'Llame a la compañía de seguros y pida su revisión acelerada (rápida) de {t.cdiExpeditedInsurerHours} horas.',
    'Pida a la compañía de seguros su revisión de {t.cdiExpeditedInsurerHours} horas.',
  ),
  'o2.step2.DMHC': text(
    'Llame ahora al DMHC: {agencyPhone}. Si es urgente, no tiene que esperar {t.planGrievanceDays} días. En casos graves y raros, el DMHC puede saltarse el paso del plan.',
    'Llame ya al DMHC: {agencyPhone}. No espere {t.planGrievanceDays} días.',
  ),
  'o2.step2.CDI': text(
    'Llame ahora al CDI: {agencyPhone}. Pida saltarse el paso de la compañía de seguros (una exención).',
    'Llame ya al CDI: {agencyPhone}. Pida una exención.',
  ),
  'o2.step3': text(
    'Pida al médico una carta que diga que esperar es un riesgo grave para la salud.',
    'Pida una carta del médico sobre el riesgo.',
  ),
  'o2.step4': text('Pida que la IMR sea acelerada (rápida).', 'Pida una IMR rápida.'),

  'o3.title': text('Puede pedir una IMR ahora'),
  'o3.meaning': text(
    'El plan dijo que el tratamiento es experimental. Con un plan del DMHC, puede pedir una IMR ahora. No necesita apelar al plan ni esperar {t.planGrievanceDays} días.',
    'Tratamiento experimental: puede pedir la IMR ya, sin apelar al plan.',
  ),
  'o3.step1': text(
    'Pida al médico que certifique dos cosas. Primero, que la enfermedad pone en riesgo la vida o es muy grave. Segundo, que el tratamiento normal no sirvió o no es el indicado.',
    'Pida al médico que certifique que es grave y que el tratamiento normal no sirvió.',
  ),
  'o3.step2': text('Junte la carta de denegación y su expediente médico.', 'Junte la carta y su expediente.'),
  'o3.step3': text('Pida la IMR al DMHC por internet, o llame al {agencyPhone}.', 'DMHC: por internet o al {agencyPhone}.'),
  'o3.step4': text('Si es urgente, pida una IMR acelerada.', 'Si es urgente, pida la IMR acelerada.'),

  'o4.title': text('Puede pedir la IMR ahora'),
  'o4.meaning': text(
    'El plan tenía {t.planGrievanceDays} días para contestar la apelación y no lo hizo. Puede pedir una IMR ahora.',
    'El plan no contestó en {t.planGrievanceDays} días. Puede pedir la IMR ya.',
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
    'El plan todavía tiene tiempo para contestar: tiene hasta el {planDue}.',
    'El plan tiene hasta el {planDue} para contestar.',
  ),
  'o5.step1': text('Espere la respuesta escrita del plan hasta el {planDue}.', 'Espere hasta el {planDue}.'),
  'o5.step2': text('Si no contesta para entonces, puede pedir una IMR al {agency}.', 'Si no contesta, pida la IMR al {agency}.'),
  'o5.step3': text(
    'Si se vuelve urgente, llame de inmediato al plan y al {agency}: {agencyPhone}. Las apelaciones urgentes se deciden en {t.planUrgentDays} días.',
    'Si se vuelve urgente, llame al plan y al {agency}: {agencyPhone}.',
  ),

  'o6.title': text('Primero apele ante el plan'),
  'o6.meaning': text(
    'Primero presente una apelación (queja formal) ante el plan. La IMR casi siempre viene después de la respuesta del plan.',
    'Apele primero (queja formal).',
  ),
  'o6.step1': text(
    'Apele por teléfono, en la página web del plan o con el formulario de la carta de denegación.',
    'Apele por teléfono, internet o con el formulario de la carta.',
  ),
  'o6.step2': text(
    'Hágalo pronto. Casi todos los planes dan {t.commercialGrievanceDays} días desde el problema.',
    'Casi todos los planes dan {t.commercialGrievanceDays} días.',
  ),
  'o6.step2.mediCal': text(
    'Medi-Cal: apele dentro de {t.mediCalPlanAppealDays} días del aviso de denegación. Se llama Aviso de Acción, o Aviso de Determinación Adversa de Beneficios.',
    'Medi-Cal: apele en {t.mediCalPlanAppealDays} días del Aviso de Acción o Aviso de Determinación Adversa de Beneficios.',
  ),
  'o6.step3': text(
    'El plan tiene {t.planGrievanceDays} días para contestar, o {t.planUrgentDays} días si es urgente.',
    'El plan tiene {t.planGrievanceDays} días, o {t.planUrgentDays} si es urgente.',
  ),
  'o6.step4': text(
    'Vuelva cuando el plan conteste, o si pasan {t.planGrievanceDays} días sin respuesta.',
    'Vuelva con la respuesta o a los {t.planGrievanceDays} días.',
  ),

  'o7.title': text('El plazo venció, pero quizá no sea definitivo'),
  'o7.meaning': text(
    'El plazo de {t.imrFilingMonths} meses venció el {deadline}. No siempre es definitivo, así que llame de todos modos.',
    'Venció el {deadline}. Quizá no sea definitivo: llame.',
  ),
  'o7.step1.DMHC': text(
    'Llame al DMHC: {agencyPhone}. El DMHC puede aceptar una IMR fuera de plazo si algo le impidió pedirla a tiempo.',
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
    'Un cobro no va a IMR. Quéjese ante el plan y luego ante el {agency}.',
  ),
  'o8.step1': text('Primero presente una queja formal ante el plan.', 'Presente una queja formal ante el plan.'),
  'o8.step2': text(
    'Si no se arregla en {t.planGrievanceDays} días, presente una queja ante el {agency}: {agencyPhone}.',
    'Si no se arregla en {t.planGrievanceDays} días: {agency} {agencyPhone}.',
  ),
  'o8.step3': text(
    'Casi todas las quejas se deciden en unos {t.complaintDays} días.',
    'Casi todas se deciden en unos {t.complaintDays} días.',
  ),
  'o8.emergency': text(
    'Si la factura es por atención de emergencia, casi siempre solo debe lo que pagaría dentro de la red de su plan: su copago u otra parte habitual.',
    'Si es de emergencia, casi siempre solo debe su parte de la red.',
  ),
  'o8.ambulance': text(
    'Con un plan del DMHC, pasa lo mismo con una ambulancia terrestre fuera de la red.',
    'Con un plan del DMHC, igual con ambulancia terrestre.',
  ),
  'o8.notEmergency': text(
    'Si el plan dice que no fue una emergencia y no paga, escriba "atrás" y escoja "No paga la emergencia". Eso sí puede ir a IMR.',
    '¿Dicen que no fue emergencia? Escriba atrás y escoja No paga la emergencia.',
  ),

  'o9.title': text('No es IMR: el plan nunca cubre esto'),
  'o9.meaning': text('Lo que el contrato del plan nunca cubre no va a IMR.', 'Lo que el contrato nunca cubre no va a IMR.'),
  'o9.step1': text('Lea la Evidencia de Cobertura del plan. Vea si incluye esta atención.', 'Revise la Evidencia de Cobertura.'),
  'o9.step2': text('Si cree que sí está cubierto, presente una queja formal ante el plan.', '¿Cree que sí lo cubre? Presente una queja formal.'),
  'o9.step3': text(
    'Si no se arregla, presente una queja ante el {agency}: {agencyPhone}.',
    'Si no se arregla: {agency} {agencyPhone}.',
  ),

  'o10.title': text('No es IMR de California: apelaciones de Medicare'),
  'o10.meaning': text(
    'Las denegaciones de Medicare no van a la IMR de California. Van a las apelaciones de Medicare. El camino depende de su tipo de Medicare.',
    'Medicare no usa la IMR de California.',
  ),
  'o10.step1': text(
    'Mire el aviso que dijo que no. Ahí se ve si viene de Medicare Original o de un plan Medicare Advantage.',
    'Vea quién mandó el aviso.',
  ),
  'o10.step2': text('Apele antes del plazo de su tipo de Medicare. Guarde una copia.', 'Apele a tiempo.'),
  'o10.step3': text(
    'Llame a Medicare: {phone.medicare} (TTY {phone.medicareTty}). HICAP da ayuda gratis: {phone.hicap}.',
    'Medicare: {phone.medicare}. HICAP: {phone.hicap}.',
  ),

  'o11.title': text('No es IMR de California: revisión externa federal'),
  'o11.meaning': text(
    'Un plan autofinanciado del empleador (que paga las cuentas médicas por su cuenta) no usa la IMR de California. Usa una revisión externa federal.',
    'Un plan autofinanciado del empleador usa una revisión federal, no la IMR.',
  ),
  'o11.step1': text(
    'Pida al plan una revisión externa. Siga la fecha límite de la última carta de denegación. Casi siempre son {t.selfFundedExternalReviewMonths} meses.',
    'Pida una revisión externa. Siga la fecha de la carta: casi siempre {t.selfFundedExternalReviewMonths} meses.',
  ),
  'o11.step2': text(
    'Para ayuda gratis, llame al Departamento del Trabajo (EBSA): {phone.ebsa}.',
    'Ayuda gratis: EBSA {phone.ebsa}.',
  ),

  'o12.title': text('No es IMR: pida una Audiencia Estatal'),
  'o12.meaning': text('Esta denegación de Medi-Cal va a una Audiencia Estatal, no a IMR.', 'Esto va a una Audiencia Estatal, no a IMR.'),
  'o12.step1': text(
    'Pida una Audiencia Estatal dentro de {t.stateHearingFfsDays} días del aviso.',
    'Pídala en {t.stateHearingFfsDays} días del aviso.',
  ),
  'o12.step2': text(
    'Llame a Audiencias Estatales: {phone.cdssStateHearings}. O pídala por internet.',
    'Llame al {phone.cdssStateHearings} o por internet.',
  ),
  'o12.step3': text(
    '¿Preguntas? Consultas Públicas (Public Inquiry): {phone.cdssPublicInquiry} (TDD {phone.cdssTdd}).',
    'Preguntas: {phone.cdssPublicInquiry}.',
  ),

  'o13.title': text('La IMR no está abierta para esta denegación'),
  'o13.meaning': text(
    'Ya hubo una Audiencia Estatal sobre esta denegación. Por eso la IMR no está abierta para ella.',
    'Ya hubo Audiencia Estatal. La IMR no está abierta.',
  ),
  'o13.step1': text(
    'La decisión de la audiencia se mantiene para esta denegación. Léala: quizá diga qué más puede hacer.',
    'La decisión se mantiene. Léala.',
  ),
  'o13.step2': text(
    'Para preguntar qué opciones le quedan, llame a la Health Consumer Alliance (ayuda legal gratuita): {phone.healthConsumerAlliance}.',
    '¿Qué opciones quedan? Ayuda legal gratis: {phone.healthConsumerAlliance}.',
  ),
  'o13.step3': text(
    'Para preguntas sobre su plan de Medi-Cal, llame a la Oficina del Ombudsman de Medi-Cal: {phone.mediCalOmbudsman}.',
    'Preguntas del plan: Ombudsman {phone.mediCalOmbudsman}.',
  ),

  'o14.title': text('Primero, busque la oficina que supervisa el plan'),
  'o14.meaning': text('Primero, averigüe qué oficina del estado supervisa el plan.', 'Vea qué oficina supervisa el plan.'),
  'o14.step1': text(
    'Mire la carta de denegación, la respuesta del plan o la Evidencia de Cobertura. Busque un párrafo que nombre al Departamento de Atención Médica Administrada.',
    'Busque en la carta o el folleto el nombre del DMHC.',
  ),
  'o14.step2': text(
    'Si lo nombra, es un plan del DMHC. Si no, llame primero al DMHC: {phone.dmhcHelpCenter}. La línea del CDI, {phone.cdiHotline}, también le orienta.',
    '¿No lo nombra? DMHC {phone.dmhcHelpCenter} o CDI {phone.cdiHotline}.',
  ),
  'o14.step3': text('También puede seguir ahora como plan del DMHC.', 'O siga como plan del DMHC.'),

  'o15.title': text('No es IMR: una decisión de elegibilidad o inscripción'),
  'o15.meaning': text(
    'Las decisiones sobre quién se inscribe o recibe ayuda con el costo no van a IMR. Puede pedir una Audiencia Estatal.',
    'La inscripción no va a IMR. Pida una Audiencia Estatal.',
  ),
  'o15.step1': text(
    'Pida una Audiencia Estatal dentro de {t.coveredCaliforniaHearingDays} días de la fecha del aviso.',
    'Pida una Audiencia Estatal dentro de {t.coveredCaliforniaHearingDays} días del aviso.',
  ),
  'o15.step2': text(
    'Si decidió Covered California, llame al {phone.coveredCalifornia}. Si decidió el condado, llame a la oficina del condado que aparece en el aviso.',
    'Covered California: {phone.coveredCalifornia}. O la oficina del condado.',
  ),

  'note.mediCal': text(
    'Medi-Cal: la respuesta del plan se llama Aviso de Resolución de Apelación (NAR). Pida primero la IMR. Luego, si hace falta, pida una Audiencia Estatal a más tardar el {hearingDate}: llame al {phone.cdssStateHearings}. La IMR no le quita la audiencia.',
    'Medi-Cal: pida la IMR primero. Audiencia Estatal hasta el {hearingDate}: {phone.cdssStateHearings}.',
  ),
  'note.mediCalNoDate': text(
    'Medi-Cal: la respuesta del plan se llama Aviso de Resolución de Apelación (NAR). También puede pedir una Audiencia Estatal dentro de {t.mediCalHearingDays} días de ese aviso: llame al {phone.cdssStateHearings}.',
    'Medi-Cal: Audiencia Estatal en {t.mediCalHearingDays} días de la respuesta: {phone.cdssStateHearings}.',
  ),
  'note.cohs': text(
    '{plan} quizá no sea un plan del DMHC. Confírmelo con el DMHC ({phone.dmhcHelpCenter}) antes de contar con una IMR. Después de la respuesta del plan, la Audiencia Estatal sí la puede pedir: dentro de {t.mediCalHearingDays} días de esa respuesta.',
    '{plan} quizá no sea del DMHC: confírmelo. La Audiencia Estatal sí la puede pedir.',
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
    'Si usted ayuda al paciente a presentar su caso, el paciente puede nombrarle en el formulario de Asistente Autorizado del DMHC.',
    'El paciente puede nombrarle en el formulario de Asistente Autorizado.',
  ),
  'c.coverage.dual': text('Medicare y Medi-Cal'),
  'c.appealDate.unknown': text('No sé la fecha'),
  'c.followUp.appealDecided': text('Tengo la respuesta del plan a la apelación', 'Tengo la respuesta', 'El plan contestó la apelación'),
  'c.followUp.foundDate': text('Encontré la fecha', 'Tengo la fecha', 'Ya se sabe la fecha'),
  'c.followUp.urgent': text('Un médico dice que es urgente', 'Es urgente'),
  's.appealDateUnknown.true': text('no sabe la fecha'),
  's.coverage.gov_self_funded': text('un plan autofinanciado de un empleador del gobierno'),
  's.coverage.tricare': text('TRICARE'),
  's.coverage.va': text('atención médica del VA'),
  's.coverage.fehb': text('un plan de empleados federales (FEHB)'),
  's.coverage.indian_health': text('el Servicio de Salud Indígena o un programa tribal'),
  's.coverage.ccs': text('Servicios para Niños de California (CCS)'),
  's.coverage.student_plan': text('un plan de salud de estudiantes'),
  's.coverage.short_term': text('un plan de corto plazo o un ministerio de costos compartidos'),
  's.coverage.no_coverage': text('sin cobertura médica'),
  'v.lastDay': text('Hoy es el último día'),
  'v.planLastDay': text('Hoy es el último día del plan'),
  'v.thisPlan': text('Este plan'),
  'agency.cohs': text('Audiencias Estatales (Departamento de Servicios Sociales), o el DMHC si lo confirma', 'Audiencias Estatales o DMHC'),
  'agency.enrollmentJob': text('El empleador o el plan, o Covered California', 'Empleador, plan o Covered California'),
  'agency.o16.tricare': text('TRICARE West (TriWest)', 'TriWest'),
  'agency.o16.va': text('Defensor del paciente del VA (patient advocate)', 'Defensor del paciente del VA'),
  'agency.o16.fehb': text('Su plan FEHB, y luego la OPM', 'Plan FEHB, luego OPM'),
  'agency.o16.indian_health': text('El programa de salud tribal o del IHS', 'Programa tribal o del IHS'),
  'agency.o16.ccs': text('Oficina de CCS del condado'),
  'agency.o16.student_plan': text('UC SHIP, o la oficina que nombra la carta', 'UC SHIP, CDI o DMHC'),
  'agency.o16.short_term': text('CDI (Departamento de Seguros de California)', 'CDI'),
  'agency.o16.no_coverage': text('El programa del condado, o Covered California', 'Condado o Covered California'),
  'agency.o16.gov_self_funded': text('Su plan (un plan de un empleador del gobierno)', 'Su plan'),
  'agency.o16.unknown': text('DMHC (Departamento de Atención Médica Administrada)', 'DMHC'),
  'phone.triwest': text('TriWest'),
  'phone.vaHealthBenefits': text('Beneficios de salud del VA', 'VA'),
  'phone.ucShip': text('Servicios a miembros de UC SHIP', 'UC SHIP'),
  'phone.maximusExternalReview': text('Revisión externa federal (HHS)', 'Revisión HHS'),
  'docs.pending': text(
    'La carta de denegación. Una copia de su apelación y la fecha en que la mandó. Su expediente médico (pídalo usted a los médicos de fuera del plan). Una carta del médico.',
    'La carta de denegación, su apelación y su fecha, su expediente, carta del médico.',
  ),
  'docs.pendingMediCal': text(
    'El aviso de denegación (Aviso de Acción, o Aviso de Determinación Adversa de Beneficios). Una copia de su apelación y la fecha en que la mandó. Su expediente médico. Una carta del médico.',
    'El Aviso de Acción, su apelación y su fecha, su expediente, carta del médico.',
  ),
  'docs.denial': text(
    'La carta de denegación. Su expediente médico (pídalo usted a los médicos de fuera del plan). Una carta del médico.',
    'La carta de denegación, su expediente y una carta del médico.',
  ),
  'docs.denialMediCal': text(
    'El aviso de denegación (Aviso de Acción, o Aviso de Determinación Adversa de Beneficios). Su expediente médico. Una carta del médico.',
    'El Aviso de Acción, su expediente y una carta del médico.',
  ),
  'docs.cancelled': text(
    'La carta que terminó la cobertura, y la respuesta del plan a la queja formal.',
    'La carta que la terminó y la respuesta del plan.',
  ),
  'note.lastDay': text('Hoy es el último día para pedirla. Pida la IMR hoy.', 'Hoy es el último día. Pídala hoy.'),
  'note.planLastDay': text(
    'Hoy es el último día que tiene el plan para contestar. Si no contesta antes de que termine el día, puede pedir una IMR desde mañana.',
    'Hoy es el último día del plan. ¿Sin respuesta hoy? Pida la IMR mañana.',
  ),
  'o1.meaning.noDate': text(
    'Puede pedir una IMR. Tiene {t.imrFilingMonths} meses desde la fecha impresa en la respuesta escrita del plan. Busque esa fecha en la carta.',
    'Puede pedir una IMR, dentro de {t.imrFilingMonths} meses de la fecha de la carta.',
  ),
  'o1.step4.noDate': text(
    'Pídala dentro de {t.imrFilingMonths} meses de la fecha impresa en la carta del plan. Mande copias, no los originales.',
    'Pídala dentro de {t.imrFilingMonths} meses de la fecha de la carta.',
  ),
  'o2.meaning.decided': text(
    'El plan ya dijo que no por escrito, y es urgente. Pida ya una IMR acelerada (rápida). No espere.',
    'Es urgente y el plan dijo que no por escrito. Pida ya una IMR rápida.',
  ),
  'o2d.step2.DMHC': text(
    'Pida ya al DMHC una IMR acelerada: por internet, o llame al {agencyPhone}.',
    'Pida ya al DMHC una IMR acelerada: {agencyPhone}.',
  ),
  'o2d.step2.CDI': text(
    'Pida ya al CDI una IMR acelerada, con el formulario que mandó la compañía de seguros. ¿No lo tiene? Llame al {agencyPhone}.',
    'Pida ya al CDI una IMR acelerada: {agencyPhone}.',
  ),
  'o2d.step3': text('El último día para pedirla es el {deadline}. Mande copias, no los originales.', 'Último día: {deadline}.'),
  'o2d.step3.noDate': text(
    'Pídala dentro de {t.imrFilingMonths} meses de la fecha impresa en la carta del plan. Busque esa fecha en la carta.',
    'Pídala dentro de {t.imrFilingMonths} meses de la fecha de la carta.',
  ),
  'o2p.step1.DMHC': text(
    'Llame al plan y pida que trate su apelación como urgente. Entonces debe decidir en {t.planUrgentDays} días.',
    'Pida al plan que su apelación sea urgente: {t.planUrgentDays} días.',
  ),
  'o2p.step1.CDI': text(
    'Llame a la compañía de seguros. Pida su revisión rápida de {t.cdiExpeditedInsurerHours} horas para su apelación.',
    'Pida a la compañía de seguros su revisión de {t.cdiExpeditedInsurerHours} horas.',
  ),
  'o3.title.CDI': text('Apele ante la compañía de seguros y consulte al CDI'),
  'o3.meaning.CDI': text(
    'La compañía de seguros dijo que el tratamiento es experimental. Con una póliza de seguro, no se promete una IMR antes de apelar ante la compañía. Apele ahora y consulte al CDI.',
    'Es experimental: apele ante la compañía y llame al CDI.',
  ),
  'o3.step1.CDI': text(
    'Apele ante la compañía de seguros. Si es urgente, pida su revisión rápida de {t.cdiExpeditedInsurerHours} horas.',
    'Apele ante la compañía. Si es urgente, pida la revisión rápida.',
  ),
  'o3.step2.CDI': text('Llame al CDI: {agencyPhone}. Pregunte si puede pedir una IMR ahora.', 'CDI: {agencyPhone}. Pregunte por la IMR.'),
  'o5.meaning.noDate': text(
    'El plan tiene {t.planGrievanceDays} días para contestar desde el día en que mandó la apelación. Si pasaron más de {t.planGrievanceDays} días sin respuesta, puede pedir una IMR ahora.',
    'El plan tiene {t.planGrievanceDays} días. ¿Pasaron más sin respuesta? Puede pedir la IMR.',
  ),
  'o5.step1.noDate': text(
    'Busque la fecha en que mandó la apelación: en su copia, en un recibo del correo o en la carta del plan que dice que la recibió.',
    'Busque la fecha en que mandó la apelación.',
  ),
  'o5.step2.noDate': text(
    'Si pasaron {t.planGrievanceDays} días sin respuesta, pida la IMR al {agency}: por internet o al {agencyPhone}.',
    'A los {t.planGrievanceDays} días sin respuesta, pídala al {agency}: {agencyPhone}.',
  ),
  'o6.meaning.unsure': text(
    '¿No sabe si apeló? Revise sus cartas. Si no ha apelado, apele ante el plan.',
    '¿No sabe si apeló? Revise sus cartas y apele.',
  ),
  'o6.step1.unsure': text(
    'Llame al plan y pregunte si tiene una apelación (queja formal) suya. Si no, preséntela ahora: por teléfono, por internet o con el formulario de la carta de denegación.',
    'Pregunte al plan si tiene su apelación. Si no, preséntela ya.',
  ),
  'o8.meaning.cancelled': text(
    'Si el plan cancela su cobertura, eso no va a IMR. Pida primero al plan que lo arregle y luego presente una queja ante el {agency}.',
    'Una cobertura cancelada no va a IMR. Hable con el plan y luego presente una queja.',
  ),
  'o10.original': text(
    'Si tiene Medicare Original: pida a Medicare que lo revise otra vez (una redeterminación) dentro de {t.medicareRedeterminationDays} días del Resumen de Medicare (MSN).',
    'Medicare Original: apele en {t.medicareRedeterminationDays} días del aviso.',
  ),
  'o10.advantage': text(
    'Si tiene un plan Medicare Advantage: pida al plan que lo reconsidere, casi siempre dentro de {t.medicareAdvantageReconsiderationDays} días. Use la fecha de su aviso. Si el plan sigue diciendo que no, sigue una revisión de fuera sin que la pida.',
    'Medicare Advantage: pida al plan, casi siempre en {t.medicareAdvantageReconsiderationDays} días.',
  ),
  'o13.step4': text('Si el plan le niega algo nuevo, empiece de nuevo.', '¿Otra denegación? Empiece de nuevo.'),
  'o15.step3': text(
    'También puede pedir la audiencia usted mismo: llame al {phone.cdssPublicInquiry}.',
    'O pídala: {phone.cdssPublicInquiry}.',
    'El paciente también puede pedir la audiencia: llame al {phone.cdssPublicInquiry}.',
  ),
  'o15.meaning.job': text(
    'Las decisiones sobre quién se inscribe no van a IMR. A quién preguntar depende de dónde viene el plan.',
    'La inscripción no va a IMR.',
  ),
  'o15.job.step1': text(
    'Si el plan viene de un trabajo, pregunte a la oficina de beneficios del empleador o al plan cómo apelar.',
    '¿Plan del trabajo? Pregunte a beneficios o al plan.',
  ),
  'o15.job.step2': text(
    'Si se compró por Covered California, pida una Audiencia Estatal dentro de {t.coveredCaliforniaHearingDays} días de su aviso. Llame a Covered California al {phone.coveredCalifornia}, o pida la audiencia al {phone.cdssPublicInquiry}.',
    '¿Plan de Covered California? Audiencia en {t.coveredCaliforniaHearingDays} días: {phone.cdssPublicInquiry}.',
  ),
  'o16.title': text('No es una IMR de California'),
  'o16.title.tricare': text('No es IMR de California: una apelación de TRICARE'),
  'o16.meaning.tricare': text(
    'TRICARE no es parte de la IMR de California. Tiene su propia apelación.',
    'TRICARE no usa la IMR de California. Tiene su apelación.',
  ),
  'o16.tricare.step1': text(
    'Mande una apelación por escrito a TriWest dentro de {t.tricareAppealDays} días de la fecha de la denegación o de la Explicación de Beneficios (EOB). Use la dirección de esa carta.',
    'Apele por escrito a TriWest en {t.tricareAppealDays} días de la fecha de la carta.',
  ),
  'o16.tricare.step2': text(
    'Si TriWest sigue diciendo que no, puede pedir una segunda revisión. Si se trata de ${t.tricareHearingMinDollars} o más, luego puede pedir una audiencia.',
    '¿Sigue en no? Pida una segunda revisión.',
  ),
  'o16.tricare.step3': text('Llame a TriWest: {phone.triwest}.', 'TriWest: {phone.triwest}.'),
  'o16.title.va': text('No es IMR de California: una apelación clínica del VA'),
  'o16.meaning.va': text(
    'La atención médica del VA no es parte de la IMR de California. El VA tiene su propia apelación.',
    'El VA no usa la IMR de California. Tiene su apelación.',
  ),
  'o16.va.step1': text(
    'Para apelar una decisión médica de su equipo del VA, hable con el defensor del paciente (patient advocate) de su centro del VA. Pida empezar una apelación clínica.',
    'Pida al defensor del paciente de su centro del VA una apelación clínica.',
  ),
  'o16.va.step2': text(
    'Mande su apelación por escrito lo antes posible. La página web del centro tiene los datos del defensor del paciente.',
    'Mándela por escrito lo antes posible.',
  ),
  'o16.va.step3': text(
    'Para preguntas sobre los beneficios de salud del VA, llame al {phone.vaHealthBenefits}.',
    'Beneficios del VA: {phone.vaHealthBenefits}.',
  ),
  'o16.title.fehb': text('No es IMR de California: una revisión del FEHB'),
  'o16.meaning.fehb': text(
    'Los planes de empleados federales (FEHB) no son parte de la IMR de California. Tienen su propia revisión.',
    'Los planes FEHB no usan la IMR de California.',
  ),
  'o16.fehb.step1': text(
    'Pida por escrito a su plan que lo reconsidere, dentro de {t.fehbReconsiderMonths} meses de la denegación. La Sección 8 del folleto del plan dice cómo.',
    'Pida al plan por escrito que lo reconsidere, en {t.fehbReconsiderMonths} meses.',
  ),
  'o16.fehb.step2': text(
    'Si el plan sigue diciendo que no, puede pedir que la Oficina de Administración de Personal de EE. UU. (OPM) lo revise.',
    '¿Sigue en no? Pida que la OPM lo revise.',
  ),
  'o16.fehb.step3': text(
    'Llame al número de servicio al cliente de su tarjeta del plan para preguntar cómo apelar.',
    'Llame al número de su tarjeta del plan.',
  ),
  'o16.title.indian_health': text('No es IMR de California: pida al programa que lo reconsidere'),
  'o16.meaning.indian_health': text(
    'La atención que paga el Servicio de Salud Indígena (IHS) o un programa tribal no es parte de la IMR de California.',
    'El IHS y los programas tribales no usan la IMR de California.',
  ),
  'o16.indian_health.step1': text(
    '¿El programa no quiso pagar atención de fuera (Purchased/Referred Care)? Pídale que lo revise otra vez dentro de {t.ihsReconsiderationDays} días de recibir la carta.',
    'Pida al programa que lo revise en {t.ihsReconsiderationDays} días de la carta.',
  ),
  'o16.indian_health.step2': text(
    'Llame al programa de salud tribal o a la clínica que mandó la carta para preguntar cómo apelar.',
    'Llame al programa que mandó la carta.',
  ),
  'o16.title.ccs': text('No es IMR de California: una apelación de CCS'),
  'o16.meaning.ccs': text(
    'Las decisiones de Servicios para Niños de California (CCS) no son parte de la IMR de California. CCS tiene su propia apelación.',
    'CCS no usa la IMR de California. Tiene su apelación.',
  ),
  'o16.ccs.step1': text(
    'Presente una apelación de primer nivel (First Level Appeal) ante la oficina de CCS de su condado dentro de {t.ccsFirstAppealDays} días del aviso.',
    'Apele ante la oficina de CCS del condado en {t.ccsFirstAppealDays} días.',
  ),
  'o16.ccs.step2': text('Si sigue diciendo que no, puede pedir una Audiencia Estatal.', '¿Sigue en no? Pida una Audiencia Estatal.'),
  'o16.ccs.step3': text(
    'Llame a la oficina de CCS del condado. Su número está en el Aviso de Acción.',
    'Llame a la oficina de CCS del aviso.',
  ),
  'o16.ccs.mediCal': text(
    'Si el niño recibe CCS por un plan de Medi-Cal, la apelación va a ese plan. Entonces empiece de nuevo y escoja "Medi-Cal con un plan".',
    '¿CCS por un plan de Medi-Cal? Empiece de nuevo y escoja Medi-Cal con plan.',
  ),
  'o16.title.student_plan': text('No es una IMR de California, hasta donde sabemos'),
  'o16.meaning.student_plan': text(
    'Los planes de salud de estudiantes siguen reglas distintas. Muchos no son parte de la IMR de California, hasta donde sabemos.',
    'Planes de estudiantes: no usan la IMR de California, hasta donde sabemos.',
  ),
  'o16.student_plan.step1': text(
    'Estudiantes de UC (UC SHIP): llame a servicios a miembros al {phone.ucShip} para preguntar cómo apelar.',
    'UC SHIP: {phone.ucShip}.',
  ),
  'o16.student_plan.step2': text(
    'Otros planes de estudiantes: mire la carta de denegación. Si nombra al Departamento de Seguros (CDI), llame al CDI: {phone.cdiHotline}. El CDI le dice si la IMR está abierta.',
    '¿La carta nombra al CDI? Llame al {phone.cdiHotline}.',
  ),
  'o16.student_plan.step3': text(
    'Si nombra al Departamento de Atención Médica Administrada (DMHC), llame al DMHC: {phone.dmhcHelpCenter}.',
    '¿Nombra al DMHC? Llame al {phone.dmhcHelpCenter}.',
  ),
  'o16.title.short_term': text('No es una IMR de California'),
  'o16.meaning.short_term': text(
    'Los planes de salud de corto plazo no se pueden vender en California. Un ministerio de costos compartidos (health care sharing ministry) no es un seguro y no tiene que pagar sus cuentas. Ninguno tiene IMR de California.',
    'Los planes de corto plazo y los ministerios de costos compartidos no tienen IMR.',
  ),
  'o16.short_term.step1': text(
    'Llame al Departamento de Seguros de California (CDI): {phone.cdiHotline}. Diga qué compró y quién se lo vendió.',
    'Llame al CDI: {phone.cdiHotline}. Diga qué compró.',
  ),
  'o16.short_term.step2': text(
    'Para buscar una cobertura que cumpla las reglas de California, llame a Covered California: {phone.coveredCalifornia}.',
    'Cobertura de verdad: Covered California {phone.coveredCalifornia}.',
  ),
  'o16.title.no_coverage': text('Sin plan no hay IMR'),
  'o16.meaning.no_coverage': text(
    'La IMR revisa una decisión de un plan de salud. Sin cobertura médica, no hay una decisión de un plan que revisar.',
    'Sin cobertura no hay decisión de un plan para la IMR.',
  ),
  'o16.no_coverage.step1': text(
    'Si un programa del condado (CMSP) decidió qué servicios cubre, puede pedir una Audiencia Estatal: llame al {phone.cdssPublicInquiry}.',
    '¿Decisión del CMSP? Audiencia Estatal: {phone.cdssPublicInquiry}.',
  ),
  'o16.no_coverage.step2': text(
    'Si es otro programa de salud del condado, llame al programa para preguntar cómo apelar.',
    '¿Otro programa del condado? Pregúntele cómo apelar.',
  ),
  'o16.no_coverage.step3': text(
    'Si Covered California o el condado le negó su solicitud, pida una Audiencia Estatal dentro de {t.coveredCaliforniaHearingDays} días de ese aviso. Para buscar cobertura, llame a Covered California: {phone.coveredCalifornia}.',
    '¿Le negaron la solicitud? Audiencia Estatal en {t.coveredCaliforniaHearingDays} días. Cobertura: {phone.coveredCalifornia}.',
  ),
  'o16.title.gov_self_funded': text('No es IMR de California: la revisión externa de su plan'),
  'o16.meaning.gov_self_funded': text(
    'Un plan autofinanciado de un empleador del gobierno no es parte de la IMR de California. Puede que ofrezca una revisión externa.',
    'Un plan autofinanciado del gobierno no usa la IMR de California.',
  ),
  'o16.gov_self_funded.step1': text(
    'Su última carta de denegación debe decir cómo pedir una revisión externa. Siga sus pasos y su plazo.',
    'Siga los pasos de revisión externa de la última carta.',
  ),
  'o16.gov_self_funded.step2': text(
    'Si su plan usa la revisión federal (HHS), pídala dentro de {t.govExternalReviewMonths} meses de la última denegación. Llame a MAXIMUS Federal Services: {phone.maximusExternalReview}.',
    'Revisión HHS: en {t.govExternalReviewMonths} meses. {phone.maximusExternalReview}.',
  ),
  'o16.gov_self_funded.step3': text(
    'Para preguntar cómo apelar, llame al número de su tarjeta del plan.',
    'O llame al número de su tarjeta.',
  ),
  'o16.title.unknown': text('No es una IMR de California, hasta donde sabemos'),
  'o16.meaning.unknown': text(
    'Esta cobertura no es parte de la IMR de California, hasta donde sabemos.',
    'No usa la IMR de California, hasta donde sabemos.',
  ),
  'o16.unknown.step1': text('Llame al DMHC: {phone.dmhcHelpCenter}. Le dirá a dónde ir.', 'Llame al DMHC: {phone.dmhcHelpCenter}.'),
  'o16.phone.card': text('El número de su tarjeta del plan', 'En su tarjeta del plan'),
  'o16.phone.letter': text('El número de la carta', 'En la carta'),
  'o16.phone.notice': text('El número del Aviso de Acción', 'En el aviso'),
  'cohs.title': text('Pida una Audiencia Estatal: la vía que sí tiene'),
  'cohs.meaning': text(
    '{plan} quizá no sea un plan del DMHC, así que quizá no tenga IMR. La Audiencia Estatal sí la puede pedir. Pídala a más tardar el {hearingDate}.',
    '{plan} quizá no sea del DMHC. La Audiencia Estatal sí la puede pedir: hasta el {hearingDate}.',
  ),
  'cohs.step1': text(
    'Pida una Audiencia Estatal a más tardar el {hearingDate}. Llame a Audiencias Estatales: {phone.cdssStateHearings}. O pídala por internet.',
    'Audiencia Estatal hasta el {hearingDate}: {phone.cdssStateHearings}.',
  ),
  'cohs.step2': text(
    'Quizá también tenga IMR. Antes de pedirla, llame al DMHC ({phone.dmhcHelpCenter}) para confirmar que {plan} es un plan del DMHC.',
    '¿IMR también? Confírmelo antes con el DMHC: {phone.dmhcHelpCenter}.',
  ),
  'cohs.step3.decided': text(
    'Si el DMHC dice que sí, pida la IMR a más tardar el {deadline}, y antes de que se haga la audiencia. Una audiencia ya hecha sobre esta denegación cierra la IMR.',
    'Si el DMHC dice que sí, pida la IMR hasta el {deadline}, antes de la audiencia.',
  ),
  'cohs.step3.pending': text(
    'Si el DMHC dice que sí, pida la IMR antes de que se haga la audiencia. Diga que el plan no contestó en {t.planGrievanceDays} días.',
    'Si el DMHC dice que sí, pida la IMR antes de la audiencia.',
  ),
  'cohs.step3.urgent': text(
    'Es urgente: pida una audiencia acelerada (rápida). Si el DMHC dice que hay IMR, pida también una IMR acelerada, antes de que se haga la audiencia.',
    'Urgente: pida una audiencia rápida, y una IMR rápida si el DMHC dice que sí.',
  ),
  'note.hearingUnsure': text(
    '¿No sabe si se pidió una Audiencia Estatal? Si se pidió, llame al DMHC ({phone.dmhcHelpCenter}) antes de cualquier fecha de audiencia. Una audiencia ya hecha sobre esta denegación cierra la IMR.',
    '¿Pidió audiencia? Llame al DMHC {phone.dmhcHelpCenter} antes de la fecha.',
  ),
  'note.appealUnsure': text(
    'Cómo saberlo: si tiene una carta que contesta su apelación y sigue diciendo que no, el plan ya decidió. Entonces escoja "Tengo la respuesta del plan a la apelación". Si solo tiene la primera carta de denegación, todavía no ha apelado.',
    'Una carta que contesta su apelación quiere decir que el plan decidió: escoja Tengo la respuesta.',
    'Cómo saberlo: si hay una carta que contesta la apelación y sigue diciendo que no, el plan ya decidió. Entonces escoja "El plan contestó la apelación". Si solo está la primera carta de denegación, todavía no hay apelación.',
  ),
  'note.urgencyUnsure': text(
    'Si un médico dice que esperar es un riesgo grave para su salud, pida una revisión urgente: llame al plan y al {agency} ({agencyPhone}). Las apelaciones urgentes se deciden en {t.planUrgentDays} días.',
    '¿El médico dice que es urgente? Llame al plan y al {agency}: {agencyPhone}.',
    'Si un médico dice que esperar es un riesgo grave para la salud del paciente, pida una revisión urgente: llame al plan y al {agency} ({agencyPhone}). Las apelaciones urgentes se deciden en {t.planUrgentDays} días.',
  ),
  'note.dualUnsure': text(
    '¿No sabe cuál dijo que no? La carta que dijo que no muestra quién la mandó. Si fue Medicare o un plan de Medicare, apele en Medicare: llame al {phone.medicare}.',
    '¿No sabe quién dijo que no? Vea la carta. Medicare: {phone.medicare}.',
  ),
};

/** Personal de la clínica que pregunta por un paciente (Teams): los mismos datos, sobre "el paciente". */
export const es: Record<TextKey, Text> = withStaff<TextKey>(patientVoice, {
  'o1.meaning': 'El paciente puede pedir una IMR ahora. El plan le dijo que no por escrito hace menos de {t.imrFilingMonths} meses.',
  'o1.step1': 'Junte los papeles: las cartas de denegación, la respuesta escrita del plan y el expediente médico del paciente.',
  'o1.step2': 'Pida al médico tratante una carta que diga por qué el paciente necesita la atención.',
  'o1.step3.CDI': 'Pida la IMR al CDI con el formulario que mandó la compañía de seguros. ¿No lo tienen? Llame al {agencyPhone}.',
  'o1.step5': 'Médicos de fuera revisan el caso. Mientras tanto, el paciente puede mandar más papeles.',
  'o2.step2.DMHC': 'Llame ahora al DMHC: {agencyPhone}. Si es urgente, el paciente no tiene que esperar {t.planGrievanceDays} días. En casos graves y raros, el DMHC puede saltarse el paso del plan.',
  'o3.title': 'El paciente puede pedir una IMR ahora',
  'o3.meaning': 'El plan dijo que el tratamiento es experimental. Con un plan del DMHC, el paciente puede pedir una IMR ahora. No necesita apelar al plan ni esperar {t.planGrievanceDays} días.',
  'o3.step2': 'Junte la carta de denegación y el expediente médico del paciente.',
  'o4.title': 'El paciente puede pedir la IMR ahora',
  'o4.meaning': 'El plan tenía {t.planGrievanceDays} días para contestar la apelación y no lo hizo. El paciente puede pedir una IMR ahora.',
  'o4.step1': 'Junte una copia de la apelación y la fecha en que se mandó.',
  'o5.step2': 'Si no contesta para entonces, el paciente puede pedir una IMR al {agency}.',
  'o7.step1.DMHC': 'Llame al DMHC: {agencyPhone}. El DMHC puede aceptar una IMR fuera de plazo si algo le impidió al paciente pedirla a tiempo.',
  'o7.step1.CDI': 'Llame al CDI: {agencyPhone}. El Comisionado de Seguros puede darle más tiempo al paciente.',
  'o7.step2': 'Explique qué le impidió al paciente pedirla a tiempo, como una enfermedad.',
  'o8.emergency': 'Si la factura es por atención de emergencia, casi siempre el paciente solo debe lo que pagaría dentro de la red del plan: su copago u otra parte habitual.',
  'o9.step2': 'Si el paciente cree que sí está cubierto, presente una queja formal ante el plan.',
  'o14.step3': 'También puede seguir ahora como si fuera un plan del DMHC.',
  'docs.imr': 'Las cartas de denegación. La respuesta escrita del plan a la apelación. El expediente médico (el paciente lo pide a los médicos de fuera del plan). Una carta del médico. El formulario de Asistente Autorizado si alguien ayuda.',
  'docs.imrMediCal': 'Las cartas de denegación. El Aviso de Resolución de Apelación (NAR) del plan. El expediente médico (el paciente lo pide a los médicos de fuera del plan). Una carta del médico. El formulario de Asistente Autorizado si alguien ayuda.',
  'timeline.afterWin': 'Si el paciente gana, el plan debe aprobar la atención en {t.afterWinBusinessDays} días hábiles.',
  'note.mediCalNoDate': 'Medi-Cal: la respuesta del plan se llama Aviso de Resolución de Apelación (NAR). El paciente también puede pedir una Audiencia Estatal dentro de {t.mediCalHearingDays} días de ese aviso: llame al {phone.cdssStateHearings}.',
  'note.mediMedi': 'Por el lado de Medicare, el paciente también puede apelar en Medicare. Llame al {phone.medicare}.',
  'note.assumedDmhc': 'Seguimos como si fuera un plan del DMHC. Si no lo es, el DMHC dirá a dónde ir.',
  'docs.pending': 'La carta de denegación. Una copia de la apelación y la fecha en que se mandó. El expediente médico (el paciente lo pide a los médicos de fuera del plan). Una carta del médico.',
  'docs.pendingMediCal': 'El aviso de denegación (Aviso de Acción, o Aviso de Determinación Adversa de Beneficios). Una copia de la apelación y la fecha en que se mandó. El expediente médico. Una carta del médico.',
  'docs.denial': 'La carta de denegación. El expediente médico (el paciente lo pide a los médicos de fuera del plan). Una carta del médico.',
  'o6.meaning.unsure': '¿No sabe si el paciente apeló? Revise las cartas. Si no ha apelado, apele ante el plan.',
  'o6.step1.unsure': 'Llame al plan y pregunte si tiene una apelación (queja formal) del paciente. Si no, preséntela ahora: por teléfono, por internet o con el formulario de la carta de denegación.',
  'note.planLastDay': 'Hoy es el último día que tiene el plan para contestar. Si no contesta antes de que termine el día, el paciente puede pedir una IMR desde mañana.',
  'o1.meaning.noDate': 'El paciente puede pedir una IMR dentro de {t.imrFilingMonths} meses de la fecha impresa en la respuesta escrita del plan. Busque esa fecha en la carta.',
  'o5.meaning.noDate': 'El plan tiene {t.planGrievanceDays} días para contestar desde el día en que se mandó la apelación. Si pasaron más de {t.planGrievanceDays} días sin respuesta, el paciente puede pedir una IMR ahora.',
  'o5.step1.noDate': 'Busque la fecha en que se mandó la apelación: en la copia del paciente, en un recibo del correo o en la carta del plan que dice que la recibió.',
  'o2p.step1.DMHC': 'Llame al plan y pida que trate la apelación del paciente como urgente. Entonces debe decidir en {t.planUrgentDays} días.',
});
