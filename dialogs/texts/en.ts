import { text, withStaff, type Text } from './text.js';

/**
 * Everything the bot says in English. Plain words, short sentences (grade 8 or lower:
 * test/dialogs/readability.test.ts). Phone numbers and deadline numbers are never written here:
 * `{phone.KEY}` and `{t.KEY}` come from machines/facts.ts. Texts are written in the imperative
 * ("Call DMHC") so they read right for a patient and for staff helping one.
 * Do not say (imr-rules.md §3): that the ID card names the regulator; "3 days in Medi-Cal IMR";
 * that DMHC names Kaiser; that a wrong agency forwards the case.
 */
const patientVoice = {
  // Welcome and framing
  'welcome.what': text(
    'Hi! I help you find out if you can get an Independent Medical Review (IMR) after a health plan said no.',
    'Hi! I help you see if you can get an Independent Medical Review (IMR) after a health plan said no.',
    'Hi! I help you find out if a patient can get an Independent Medical Review (IMR) after a health plan said no.',
  ),
  'welcome.disclaimer': text(
    'This is general information, not legal or medical advice. I do not need a name, member ID or diagnosis.',
    'This is general info, not legal or medical advice. No name, member ID or diagnosis needed.',
    'This is general information, not legal or medical advice. I do not need the patient\'s name, member ID or diagnosis.',
  ),
  'welcome.staff': text(
    'If you help a patient file, they can name you on DMHC\'s Authorized Assistant form.',
    'If you help a patient file, they can name you on the DMHC Authorized Assistant form.',
  ),
  // The deploying organisation (issue 17; src/config.ts ORG_*): the welcome, help and the outcome's free-help line.
  'org.offers': text('This guide comes from {org.name}.', 'From {org.name}.'),
  'org.call': text('To talk with someone there, call {org.phone}.', 'Call them at {org.phone}.'),
  'org.visit': text('Website: {org.url}'),
  'shared.general': text(
    'An Independent Medical Review (IMR) is a free review by doctors outside the health plan. It can overturn a denial of care. In California, DMHC or CDI runs it. To look at one patient\'s case, please message me in a private chat. Please do not share patient details here.',
    'An IMR is a free review by outside doctors. It can overturn a denial of care. For one case, message me in a private chat.',
  ),

  // Understanding
  got: text('Got it: {summary}.'),
  'miss.first': text('Sorry, I did not get that. {example}', 'Sorry, I did not get that. {example}'),
  'miss.second': text('Please pick one of these. You can reply with its number:', 'Please reply with a number:'),
  'miss.third': text(
    'I am sorry this is hard. For free help from a person, call the DMHC Help Center at {phone.dmhcHelpCenter}. Or start over with me.',
    'For free help from a person, call the DMHC Help Center at {phone.dmhcHelpCenter}. Or reply with a number to start over.',
  ),

  'example.coverage': text('For example, type "Kaiser" or "Medi-Cal", or pick one below.', 'For example, type Kaiser or Medi-Cal.'),
  'example.regulator': text(
    'For example, type "DMHC" or "Department of Insurance", or pick one below.',
    'For example, type DMHC or Insurance.',
  ),
  'example.planName': text('For example, type "L.A. Care" or "CalOptima". Or pick "I don\'t know".', 'For example, type L.A. Care.'),
  'example.hearing': text('For example, type "no hearing" or "I asked for one", or pick one below.', 'For example, type no hearing.'),
  'example.reason': text(
    'For example, type "they say I do not need it" or "a bill". Or pick one below.',
    'For example, type not medically necessary.',
  ),
  'example.appealStatus': text(
    'For example, type "they said no to my appeal" or "I have not appealed", or pick one below.',
    'For example, type I have not appealed.',
  ),
  'example.appealDate': text('Type the date like this: 3/14/2026.', 'Type the date like this: 3/14/2026.'),
  'example.dual': text('For example, type "Medicare said no" or "one plan for both", or pick one below.', 'For example, type Medicare.'),
  'example.urgency': text('For example, type "urgent" or "not urgent", or pick one below.', 'For example, type urgent or not urgent.'),
  'example.outcome': text('You can type "back", "start over" or "help", or pick one below.', 'Type back, start over or help.'),

  // Safety: first, before anything else (product rule: information, not medical advice)
  'safety.emergency': text('If this is a medical emergency, call {phone.emergency} now.'),
  'safety.crisis': text(
    'If you are thinking about hurting yourself, call or text {phone.crisis} now. It is free, and someone is there day and night.',
    'If you are thinking about hurting yourself, call or text {phone.crisis} now. Free, day and night.',
  ),

  // Dates (imr-rules.md §1: refuse future, impossible and very old dates, and ask again)
  'date.future': text(
    'That date is in the future. Please type the date that is printed on the letter, like 3/14/2026.',
    'That date is in the future. Type the date on the letter, like 3/14/2026.',
  ),
  'date.impossible': text(
    'That date does not exist on the calendar. Please check it and type it again, like 3/14/2026.',
    'That date does not exist. Type it again, like 3/14/2026.',
  ),
  'date.too_old': text(
    'That date is more than {t.oldestDateYears} years ago. Please check it and type it again.',
    'That date is more than {t.oldestDateYears} years ago. Please check it.',
  ),
  'date.malformed': text('I could not read that date. Please type it like 3/14/2026.', 'Please type the date like 3/14/2026.'),
  'date.ambiguous': text('Which date do you mean: {a} or {b}?', 'Which date: {a} or {b}?'),

  // Commands
  'back.done': text('OK, let us go back one step.', 'OK, one step back.'),
  'back.nothing': text('This is the first question, so there is nothing to go back to.', 'This is the first question.'),
  'restart.done': text('OK, let us start over. Your answers are cleared.', 'OK, starting over.'),
  deleted: text(
    'Done. Your answers in this chat are erased. You can start again any time by sending a message.',
    'Done. Your answers are erased. Send a message any time to start again.',
  ),
  'reminders.datesChanged': text('Your answers changed, so I stopped the reminders for the old dates.', 'Answers changed. Old reminders stopped.'),
  'reminders.stopped': text('OK. You will not get reminders from this chat.', 'OK. No reminders from this chat.'),
  'reminders.offer.message': text(
    'Do you want reminders? I can send you a message two weeks and two days before each date.',
    'Want a text two weeks and two days before each date?',
  ),
  'reminders.offer.calendar': text(
    'Do you want these dates in your calendar? The file has alerts two weeks and two days before each date.',
    'Want these dates in your calendar?',
  ),
  'c.reminders.yes.message': text('Yes, remind me'),
  'c.reminders.yes.calendar': text('Yes, add to my calendar', 'Yes, calendar'),
  'c.reminders.no': text('No reminders'),
  'reminders.accepted.message': text(
    'OK. I will send you a message two weeks and two days before: {dates}. Each one gives the agency\'s phone number and what to do.',
    'OK. I will text you two weeks and two days before: {dates}.',
  ),
  'reminders.accepted.calendar': text(
    'OK. The calendar file has these dates, with alerts two weeks and two days before: {dates}. Each one gives the agency\'s phone number.',
    'OK. The calendar file has: {dates}.',
  ),
  'reminders.stopHow.sms': text('To stop them, reply STOP.'),
  'reminders.stopHow.chat': text('To stop them, type "stop reminders".'),
  'reminders.date.imrDeadline': text('the last day to file the IMR, {date}', 'IMR deadline {date}'),
  'reminders.date.planAnswerDue': text(
    'the day the plan\'s {t.planGrievanceDays} days end, {date} (and a reminder that day)',
    'plan answer due {date} (and that day)',
  ),
  'reminders.date.hearingDeadline': text('the last day to ask for a State Hearing, {date}', 'hearing deadline {date}'),
  'reminders.declined': text('OK, no reminders. Please write the dates down.', 'OK, no reminders. Write the dates down.'),
  'reminders.calendarLink': text('Add the dates to your calendar: {url}'),
  'reminders.calendarOpen': text('Add to my calendar'),
  'plan.offer': text('Keep this plan. You can print it or save it: {url}', 'Your plan: {url}'),
  'plan.noteTitle': text('Plan to keep', 'Plan to keep', 'Plan for the clinic note'),
  'plan.open': text('Open the plan to print'),
  // The filing kit (issue 18), kept with the plan: form help and drafts. dialogs/filingKit.ts says which
  // fact of machines/facts.ts (kitFacts) each text states; {blank.*} are the blanks only the person fills.
  'kit.offer': text(
    'The plan also has drafts to help you fill in the forms.',
    'It has drafts for your forms.',
    'The plan also has drafts to help fill in the forms.',
  ),
  'kit.title': text('Help writing it: your filing kit', 'Your filing kit', 'Help writing it: a filing kit for the patient'),
  'kit.notice': text(
    'These drafts are a starting point, not legal advice. Fill in each blank in [brackets] in your own words, and change what is not right. Check every date against your letters.',
    'These drafts are a starting point, not legal advice.',
    'These drafts are a starting point, not legal advice. They are written for the patient to sign. Fill in each blank in [brackets] with the patient, and change what is not right. Check every date against the letters.',
  ),
  'kit.private': text(
    'The blanks are for things only you know. This chat never asks for them. Write them only on your own copy.',
    'The blanks are for things only you know.',
    'The blanks are for things only the patient knows. This chat never asks for them. Write them only on the patient\'s copy.',
  ),
  'kit.draft.lead': text('Read it, fill in the blanks, and change anything that is not right.'),
  'kit.form.why.label': text(
    'Why you disagree',
    'Why you disagree',
    'Why the patient disagrees',
  ),
  'kit.form.why': text(
    'Use the draft below to say why you disagree. If the form has no room for it, send it as an extra page.',
    'Use the draft below to say why you disagree. If the form has no room for it, send it as an extra page.',
    'Use the draft below to say why the patient disagrees. If the form has no room for it, send it as an extra page.',
  ),
  'kit.form.by': text('Send it by {deadline}.'),
  'kit.form.noDeadline': text('There is no {t.imrFilingMonths}-month date yet. It starts when the plan answers in writing.'),
  'kit.form.byWords': text('Send it within {t.imrFilingMonths} months of the date on the plan\'s letter.'),
  'kit.urgencyUnsure': text(
    'If your doctor says waiting would be a serious risk to your health, ask for a fast (expedited) review. Urgent appeals are decided in {t.planUrgentDays} days.',
    'Doctor says it is urgent? Ask for a fast review.',
    'If a doctor says waiting would be a serious risk to the patient\'s health, ask for a fast (expedited) review. Urgent appeals are decided in {t.planUrgentDays} days.',
  ),

  'kit.dmhc.title': text('The form: DMHC\'s IMR Application/Complaint Form'),
  'kit.dmhc.oneForm': text('DMHC uses one form to ask for an Independent Medical Review and to file a complaint. DMHC decides which one your case is.'),
  'kit.dmhc.number': text('The paper form is called {formNumber}.'),
  'kit.dmhc.online': text('Online is best: DMHC asks people to file online. You can do it in English or Spanish.'),
  'kit.dmhc.paper': text('Or print the form, fill in every part, sign it, and mail or fax it.'),
  'kit.dmhc.patient.label': text('About the patient'),
  'kit.dmhc.patient': text(
    'The form asks for the patient\'s name, date of birth, address, phone and email, and which language to use. A parent who files for a child gives their own name too.',
  ),
  'kit.dmhc.plan.label': text('The health plan'),
  'kit.dmhc.plan': text('Write the plan\'s name as it is on the plan card. DMHC checks with the plan you list.'),
  'kit.dmhc.sign.label': text('Papers and signature'),
  'kit.dmhc.sign': text(
    'On paper, sign the form. Send copies of your papers, not the originals. DMHC cannot send them back.',
    'On paper, sign the form. Send copies of your papers, not the originals. DMHC cannot send them back.',
    'On paper, the patient signs the form. Send copies of the papers, not the originals. DMHC cannot send them back.',
  ),
  'kit.dmhc.urgent': text('It is urgent, so also call the DMHC Help Center at {phone.dmhcHelpCenter} and tell them.'),
  'kit.dmhc.cohsCheck': text(
    'First call DMHC at {phone.dmhcHelpCenter} to check that your plan is a DMHC plan.',
    'First check with DMHC that your plan is a DMHC plan.',
    'First call DMHC at {phone.dmhcHelpCenter} to check that the patient\'s plan is a DMHC plan.',
  ),
  'kit.dmhc.after': text(
    'DMHC will send you a letter with a case number. If DMHC needs more, it will call or email you.',
    'DMHC will send you a letter with a case number. If DMHC needs more, it will call or email you.',
    'DMHC will send the patient a letter with a case number. If DMHC needs more, it will call or email.',
  ),

  'kit.cdi.title': text(
    'The form: the IMR application from your insurance company',
    'The form: the IMR application from your insurance company',
    'The form: the IMR application from the insurance company',
  ),
  'kit.cdi.sent': text(
    'Your insurance company must send you an IMR application with its denial letter. No application? Call CDI at {phone.cdiHotline}, or go to the CDI website.',
    'Your insurance company must send you an IMR application with its denial letter. No application? Call CDI at {phone.cdiHotline}, or go to the CDI website.',
    'The insurance company must send the patient an IMR application with its denial letter. No application? Call CDI at {phone.cdiHotline}, or go to the CDI website.',
  ),
  'kit.cdi.consent': text(
    'Sign the consent on the application. It lets CDI get your medical records for the review.',
    'Sign the consent on the application. It lets CDI get your medical records for the review.',
    'The patient signs the consent on the application. It lets CDI get the medical records for the review.',
  ),
  'kit.cdi.send': text(
    'Send it the way the application says, with copies of your letters. Keep a copy for yourself.',
    'Send it the way the application says, with copies of your letters. Keep a copy for yourself.',
    'Send it the way the application says, with copies of the letters. Keep a copy.',
  ),
  'kit.cdi.after': text(
    'CDI decides if your case fits an IMR. If it does not, CDI looks at it as a complaint.',
    'CDI decides if your case fits an IMR. If it does not, CDI looks at it as a complaint.',
    'CDI decides if the case fits an IMR. If it does not, CDI looks at it as a complaint.',
  ),
  'kit.cdi.helper': text(
    'You can name a person to act for you, and your doctor can help with the request.',
    'You can name a person to act for you, and your doctor can help with the request.',
    'The patient can name a person to act for them, and their doctor can help with the request.',
  ),
  'kit.cdi.urgent': text('It is urgent, so call CDI at {phone.cdiHotline}. Ask to skip the insurer\'s appeal step (a waiver).'),

  'kit.draft.imr': text('Draft: why I disagree with the plan\'s decision'),
  'kit.imr.open.medical_necessity': text(
    'I ask for an Independent Medical Review. My health plan, {plan}, denied {blank.treatment}. The plan says I do not need it. I disagree.',
  ),
  'kit.imr.open.emergency_payment': text(
    'I ask for an Independent Medical Review. I got emergency care on {blank.careDate} at {blank.place}. My health plan, {plan}, will not pay for it. I disagree.',
  ),
  'kit.imr.open.experimental': text(
    'I ask for an Independent Medical Review. My health plan, {plan}, denied {blank.treatment}. The plan says it is experimental. I disagree.',
  ),
  'kit.imr.open.other': text(
    'I ask for an Independent Medical Review. My health plan, {plan}, denied, changed or delayed {blank.treatment}. I disagree.',
  ),
  'kit.imr.why.care': text('I need this care because {blank.why}. My doctor, {blank.doctor}, asked for it because {blank.doctorSays}.'),
  'kit.imr.why.emergency': text('I went because {blank.why}. I thought my health was in serious danger, and I could not wait.'),
  'kit.imr.why.experimental': text(
    'I have {blank.condition}. It is a serious illness. My doctor, {blank.doctor}, says the usual treatments did not work or are not right for me, because {blank.doctorSays}.',
  ),
  'kit.imr.when.decided': text('The plan said no to my appeal in a letter dated {decisionDate}.'),
  'kit.imr.when.letter': text('The plan said no to my appeal in a letter dated {blank.letterDate}.'),
  'kit.imr.when.pending': text('I appealed to the plan on {filedDate}. The plan had until {planDue} to answer me, and it did not.'),
  'kit.imr.when.urgentPending': text('I appealed to the plan on {filedDate}. It is urgent, so I am not waiting for the answer.'),
  'kit.imr.when.experimental': text('I did not wait for the plan\'s appeal. The plan called the treatment experimental, so I may apply now.'),
  'kit.imr.when.urgent': text('It is urgent, so I am asking now. I am not waiting {t.planGrievanceDays} days for the plan.'),
  'kit.imr.urgent': text('It is urgent. My doctor says waiting could seriously harm my health: {blank.risk}. Please do a fast (expedited) review.'),
  'kit.imr.close': text('Please have doctors outside my plan review the plan\'s decision. Copies of my letters and records are with this form.'),

  'kit.grievance.title': text(
    'First: a grievance to your plan',
    'First: a grievance to your plan',
    'First: a grievance to the plan',
  ),
  'kit.grievance.titleUrgent': text(
    'Now: ask your plan for a fast decision',
    'Now: ask your plan for a fast decision',
    'Now: ask the plan for a fast decision',
  ),
  'kit.grievance.titlePending': text(
    'While you wait: a letter for your appeal',
    'While you wait: a letter for your appeal',
    'While the patient waits: a letter for the appeal',
  ),
  'kit.grievance.how': text(
    'Send it in writing, or read it to the plan on the phone. Some plans take it on their website too. The phone number is on your plan card.',
    'Send it in writing, or read it to the plan on the phone. Some plans take it on their website too. The phone number is on your plan card.',
    'Send it in writing, or read it to the plan on the phone. Some plans take it on their website too. The phone number is on the plan card.',
  ),
  'kit.grievance.due': text(
    'The plan must answer within {t.planGrievanceDays} days after it gets your letter. If it gets it on {today}, the answer is due by {sendBy}.',
    'The plan must answer within {t.planGrievanceDays} days after it gets your letter. If it gets it on {today}, the answer is due by {sendBy}.',
    'The plan must answer within {t.planGrievanceDays} days after it gets the letter. If it gets it on {today}, the answer is due by {sendBy}.',
  ),
  'kit.grievance.dueUrgent': text(
    'When it is urgent, the plan must decide within {t.planUrgentDays} days. If it gets your letter on {today}, that is by {urgentBy}.',
    'When it is urgent, the plan must decide within {t.planUrgentDays} days. If it gets your letter on {today}, that is by {urgentBy}.',
    'When it is urgent, the plan must decide within {t.planUrgentDays} days. If it gets the letter on {today}, that is by {urgentBy}.',
  ),
  'kit.grievance.duePending': text(
    'You appealed on {filedDate}. The plan must answer by {planDue}. If it does not, you may ask for an IMR.',
    'You appealed on {filedDate}. The plan must answer by {planDue}. If it does not, you may ask for an IMR.',
    'The patient appealed on {filedDate}. The plan must answer by {planDue}. If it does not, the patient may ask for an IMR.',
  ),
  'kit.grievance.mediCal': text('Medi-Cal: appeal within {t.mediCalPlanAppealDays} days of the date on the Notice of Action.'),
  'kit.grievance.notes': text(
    'Keep a copy, and write down the day you send it. When you call, write down the date, the name of the person, and what they say.',
  ),
  'kit.draft.grievance': text(
    'Draft: a grievance letter to your plan',
    'Draft: a grievance letter to your plan',
    'Draft: a grievance letter to the plan',
  ),
  'kit.draft.grievanceUrgent': text(
    'Draft: an urgent grievance to your plan',
    'Draft: an urgent grievance to your plan',
    'Draft: an urgent grievance to the plan',
  ),
  'kit.draft.followUp': text(
    'Draft: a letter to add to your appeal',
    'Draft: a letter to add to your appeal',
    'Draft: a letter to add to the appeal',
  ),
  'kit.letter.to': text('To: {plan}, Grievances and Appeals'),
  'kit.letter.date': text('Date: {blank.sendDate}'),
  'kit.letter.from': text('From: {blank.name}, member ID {blank.memberId}'),
  'kit.letter.open.medical_necessity': text(
    'I am filing a grievance. You denied {blank.treatment} in a letter dated {blank.letterDate}. You said I do not need it. I disagree.',
  ),
  'kit.letter.open.emergency_payment': text(
    'I am filing a grievance. You will not pay for the emergency care I got on {blank.careDate} at {blank.place}. Your letter is dated {blank.letterDate}. I disagree.',
  ),
  'kit.letter.open.experimental': text(
    'I am filing a grievance. You denied {blank.treatment} in a letter dated {blank.letterDate}. You said it is experimental. I disagree.',
  ),
  'kit.letter.open.other': text(
    'I am filing a grievance. You denied, changed or delayed {blank.treatment} in a letter dated {blank.letterDate}. I disagree.',
  ),
  'kit.letter.pending': text('I appealed your decision about {blank.treatment} on {filedDate}. Please add this letter to my appeal.'),
  'kit.letter.ask': text('Please approve it, and send me your decision in writing.'),
  'kit.letter.urgent': text(
    'This is urgent. My doctor says waiting could seriously harm my health: {blank.risk}. Please decide within {t.planUrgentDays} days (a fast, expedited review).',
  ),
  'kit.letter.sign': text('Thank you. {blank.name}'),

  'kit.late.title': text('Filing late: say why'),
  'kit.late.DMHC': text(
    'DMHC may accept a late IMR when something kept you from filing on time. Send this page with your form.',
    'DMHC may accept a late IMR when something kept you from filing on time. Send this page with your form.',
    'DMHC may accept a late IMR when something kept the patient from filing on time. Send this page with the form.',
  ),
  'kit.late.CDI': text(
    'The Insurance Commissioner may give you more time when something kept you from filing. Send this page with your application.',
    'The Insurance Commissioner may give you more time when something kept you from filing. Send this page with your application.',
    'The Insurance Commissioner may give more time when something kept the patient from filing. Send this page with the application.',
  ),
  'kit.draft.late': text('Draft: why I am filing late'),
  'kit.late.p1': text('My health plan, {plan}, said no to my appeal in a letter dated {decisionDate}. The last day to ask for an IMR was {deadline}.'),
  'kit.late.p2': text('I could not ask in time because {blank.lateReason}.'),
  'kit.late.ask.DMHC': text('Please accept my request for an Independent Medical Review.'),
  'kit.late.ask.CDI': text('Please give me more time to ask for an Independent Medical Review.'),

  'kit.hearing.title': text('Also: a State Hearing'),
  'kit.hearing.titleFirst': text('First: a State Hearing, the sure path'),
  'kit.hearing.titleFfs': text('The request: a State Hearing'),
  'kit.hearing.byNar': text('Ask by {hearingDate}. That is {t.mediCalHearingDays} days from the plan\'s Notice of Appeal Resolution (NAR).'),
  'kit.hearing.byNoAnswer': text('Ask by {hearingDate}. That is {t.mediCalHearingDays} days from the day the plan\'s time to answer ran out.'),
  'kit.hearing.later': text(
    'If the plan does not answer by {planDue}, you can also ask for a State Hearing, until {hearingDate}.',
    'If the plan does not answer by {planDue}, you can also ask for a State Hearing, until {hearingDate}.',
    'If the plan does not answer by {planDue}, the patient can also ask for a State Hearing, until {hearingDate}.',
  ),
  'kit.hearing.cohs': text(
    'Your plan may not be a DMHC plan, so the State Hearing is the sure path: ask for it first. Check with DMHC at {phone.dmhcHelpCenter} before you count on an IMR. If DMHC says yes, file the IMR before the hearing takes place.',
    'Your plan may not be a DMHC plan: ask for the State Hearing first.',
    'The plan may not be a DMHC plan, so the State Hearing is the sure path: ask for it first. Check with DMHC at {phone.dmhcHelpCenter} before you count on an IMR. If DMHC says yes, file the IMR before the hearing takes place.',
  ),
  'kit.hearing.order': text(
    'File the IMR first. Then ask for the hearing before that date. Once a hearing on the same problem has taken place, there is no IMR for it.',
  ),
  'kit.hearing.ffs': text(
    'Ask within {t.stateHearingFfsDays} days of the date on the notice. After that, you must show a good reason for asking late.',
    'Ask within {t.stateHearingFfsDays} days of the date on the notice. After that, you must show a good reason for asking late.',
    'Ask within {t.stateHearingFfsDays} days of the date on the notice. After that, the patient must show a good reason for asking late.',
  ),
  'kit.hearing.how': text(
    'You can ask online, or call {phone.cdssStateHearings} or {phone.cdssPublicInquiry} (TDD {phone.cdssTdd}). You can also ask in writing: use the hearing form that came with your notice, or a plain sheet of paper.',
    'You can ask online, or call {phone.cdssStateHearings} or {phone.cdssPublicInquiry} (TDD {phone.cdssTdd}). You can also ask in writing: use the hearing form that came with your notice, or a plain sheet of paper.',
    'The patient can ask online, or call {phone.cdssStateHearings} or {phone.cdssPublicInquiry} (TDD {phone.cdssTdd}). They can also ask in writing: use the hearing form that came with the notice, or a plain sheet of paper.',
  ),
  'kit.hearing.urgent': text(
    'If waiting could do serious harm to your health, call. Ask for a fast (expedited) hearing.',
    'If waiting could do serious harm to your health, call. Ask for a fast (expedited) hearing.',
    'If waiting could do serious harm to the patient\'s health, call. Ask for a fast (expedited) hearing.',
  ),
  'kit.hearing.requested': text(
    'You already asked for a State Hearing. Call DMHC at {phone.dmhcHelpCenter} before the hearing date.',
    'You already asked for a State Hearing. Call DMHC at {phone.dmhcHelpCenter} before the hearing date.',
    'The patient already asked for a State Hearing. Call DMHC at {phone.dmhcHelpCenter} before the hearing date.',
  ),
  'kit.draft.hearing': text('Draft: my State Hearing request'),
  'kit.hearing.p1.decided': text(
    'I ask for a State Hearing. I do not agree with my Medi-Cal plan\'s decision about {blank.treatment}. The plan\'s Notice of Appeal Resolution is dated {decisionDate}.',
  ),
  'kit.hearing.p1.pending': text(
    'I ask for a State Hearing. I do not agree with my Medi-Cal plan\'s decision about {blank.treatment}. I appealed on {filedDate}, and the plan did not answer by {planDue}.',
  ),
  'kit.hearing.p1.letter': text(
    'I ask for a State Hearing. I do not agree with the Medi-Cal decision about {blank.treatment}. The notice is dated {blank.letterDate}.',
  ),
  'kit.hearing.p2': text('I disagree because {blank.why}. My doctor asked for it because {blank.doctorSays}.'),
  'kit.hearing.p3': text('My health is at serious risk if I wait. Please give me a fast (expedited) hearing.'),
  'kit.hearing.p4': text('Name: {blank.name}. Date of birth: {blank.dob}. Address: {blank.address}. Phone: {blank.phone}.'),

  'kit.attach.title': text('What to send with it'),
  'kit.attach.denial': text('The denial letter from the plan.'),
  'kit.attach.answer': text(
    'The plan\'s written answer to your appeal.',
    'The plan\'s written answer to your appeal.',
    'The plan\'s written answer to the appeal.',
  ),
  'kit.attach.nar': text('The plan\'s Notice of Appeal Resolution (NAR).'),
  'kit.attach.appeal': text(
    'A copy of your appeal, and the date you sent it.',
    'A copy of your appeal, and the date you sent it.',
    'A copy of the appeal, and the date it was sent.',
  ),
  'kit.attach.records': text('Medical records. Ask doctors outside the plan for theirs. The plan sends the records of its own doctors.'),
  'kit.attach.recordsCdi': text(
    'Medical records you have. Your signed consent lets CDI get the rest.',
    'Medical records you have. Your signed consent lets CDI get the rest.',
    'Medical records the patient has. The patient\'s signed consent lets CDI get the rest.',
  ),
  'kit.attach.recordsPlan': text(
    'Any medical records that help your case.',
    'Any medical records that help your case.',
    'Any medical records that help the case.',
  ),
  'kit.attach.doctor': text(
    'A letter from your doctor that says why you need the care.',
    'A letter from your doctor that says why you need the care.',
    'A letter from the doctor that says why the patient needs the care.',
  ),
  'kit.attach.doctorUrgent': text(
    'A letter from your doctor that says waiting is a serious risk to your health.',
    'A letter from your doctor that says waiting is a serious risk to your health.',
    'A letter from the doctor that says waiting is a serious risk to the patient\'s health.',
  ),
  'kit.attach.doctorExperimental': text(
    'A letter from your doctor. It says your illness is serious, and the usual treatments did not work or are not right for you.',
    'A letter from your doctor. It says your illness is serious, and the usual treatments did not work or are not right for you.',
    'A letter from the doctor. It says the illness is serious, and the usual treatments did not work or are not right for the patient.',
  ),
  'kit.attach.late': text(
    'The page that says why you are filing late.',
    'The page that says why you are filing late.',
    'The page that says why the patient is filing late.',
  ),
  'kit.attach.notice': text(
    'The notice you disagree with.',
    'The notice you disagree with.',
    'The notice the patient disagrees with.',
  ),
  'kit.attach.copies': text('Send copies, not the originals. Keep a set for yourself.'),
  'kit.attach.assistant': text(
    'The Authorized Assistant form, if someone helps you. You fill in Part A, your helper fills in Part B, and you both sign. Without it, DMHC cannot talk to your helper about your case.',
    'The Authorized Assistant form, if someone helps you.',
    'DMHC\'s Authorized Assistant form, so DMHC can talk to you about the case. The patient fills in Part A, you fill in Part B, and you both sign.',
  ),
  'kit.attach.assistantLater': text(
    'Later, for the IMR: DMHC\'s Authorized Assistant form, if someone helps you. You fill in Part A, your helper fills in Part B, and you both sign.',
    'Later: the Authorized Assistant form, if someone helps you.',
    'Later, for the IMR: DMHC\'s Authorized Assistant form. The patient fills in Part A, you fill in Part B, and you both sign.',
  ),
  'kit.attach.assistantCdi': text(
    'If someone helps you, you can name them as the person who acts for you. Ask CDI how at {phone.cdiHotline}.',
    'If someone helps you, ask CDI how to name them.',
    'The patient can name you as the person who acts for them. Ask CDI how at {phone.cdiHotline}.',
  ),
  'kit.blank.treatment': text('the treatment or service'),
  'kit.blank.why': text('why you need it, in your own words', 'why you need it', 'why the patient needs it'),
  'kit.blank.doctor': text('your doctor\'s name', 'doctor\'s name', 'the doctor\'s name'),
  'kit.blank.doctorSays': text('what your doctor said', 'what the doctor said', 'what the doctor said'),
  'kit.blank.risk': text('what your doctor said about the risk of waiting', 'the risk of waiting', 'what the doctor said about the risk of waiting'),
  'kit.blank.condition': text('your illness or condition', 'the illness', 'the patient\'s illness or condition'),
  'kit.blank.careDate': text('date of care'),
  'kit.blank.place': text('hospital or clinic'),
  'kit.blank.letterDate': text('date on the letter'),
  'kit.blank.lateReason': text('what kept you from filing on time, like a hospital stay', 'what kept you from filing', 'what kept the patient from filing on time, like a hospital stay'),
  'kit.blank.name': text('your name', 'your name', 'the patient\'s name'),
  'kit.blank.memberId': text('from your plan card', 'from your card', 'from the patient\'s plan card'),
  'kit.blank.sendDate': text('the day you send it'),
  'kit.blank.dob': text('date of birth'),
  'kit.blank.address': text('where you get mail', 'your address', 'where the patient gets mail'),
  'kit.blank.phone': text('phone number'),
  'kit.blank.plan': text('your health plan\'s name', 'your plan', 'the patient\'s health plan'),
  'kit.blank.appealDate': text('the day you appealed', 'the day you appealed', 'the day the patient appealed'),
  'kit.blank.deadline': text('{t.imrFilingMonths} months after the date on the plan\'s letter'),
  'kit.blank.planDue': text('{t.planGrievanceDays} days after the plan got the appeal'),
  'kit.blank.hearingDate': text('{t.mediCalHearingDays} days after the plan\'s answer'),
  'kit.sources': text('Where these facts come from'),
  'kit.sources.checked': text('checked {date}'),

  'reminders.failed': text(
    'Sorry, I could not set up the reminders just now. Please write the dates down, and try again later.',
    'Sorry, reminders failed. Write the dates down and try later.',
  ),
  'locale.switched': text('OK, I will write in English.'),

  // The host, before the conversation is read (src/turns/turnGuard.ts): a flood, or storage away.
  'host.slowDown': text(
    'That is a lot of messages at once. Please wait a minute, then send your last answer again.',
    'Too many messages. Wait a minute, then send your last answer again.',
  ),
  'host.trouble': text(
    'Sorry, we are having trouble right now. Your earlier answers are saved. Please try again in a minute.',
    'Sorry, we are having trouble. Try again in a minute.',
  ),

  'help.commands': text(
    'You can type "back", "start over", "español" or "delete my data" at any time.',
    'Type back, start over, espanol or delete my data at any time.',
  ),
  'help.coverage': text(
    'I need the kind of health coverage. It tells me which state office can help. Look at the plan\'s letters or website. A PPO or EPO can be either kind, so if you have one, or you are not sure, pick "PPO, EPO or not sure".',
    'I need the kind of coverage. It shows which office can help. PPO, EPO or not sure? Pick that one.',
  ),
  'help.regulator': text(
    'Two state offices oversee health plans: DMHC and CDI. The denial letter or the appeal answer has a paragraph that names one of them. The Evidence of Coverage may name it too.',
    'The denial letter or the plan booklet names DMHC or CDI. Pick the one it names.',
  ),
  'help.planName': text(
    'I need only the plan\'s name, like "L.A. Care" or "Health Net". Some county Medi-Cal plans follow other rules. Never send a member ID.',
    'Just the plan name, like L.A. Care. Never send a member ID.',
  ),
  'help.hearing': text(
    'A State Hearing is a Medi-Cal appeal to a judge from the state. If a hearing on this denial was already held, IMR is not open for it. If you are not sure, pick "Not sure".',
    'A State Hearing is a Medi-Cal appeal to a state judge. Was one asked for or held on this denial?',
  ),
  'help.reason': text(
    'Look at the denial letter. It says why the plan said no. Only some reasons can go to IMR.',
    'The denial letter says why the plan said no. Only some reasons go to IMR.',
  ),
  'help.appealStatus': text(
    'An appeal (also called a grievance) is when you ask the plan to change its mind. Most people must do this before an IMR. If the plan answered your appeal in writing, pick "Yes, and they said no". If you are not sure, pick "Not sure".',
    'An appeal (grievance) asks the plan to change its mind. It usually comes before IMR.',
  ),
  'help.appealDate': text(
    'Type the date printed on the plan\'s letter, or the day the appeal was sent. Type it like 3/14/2026. The date sets the deadline. If you do not know it, pick "I don\'t know the date".',
    'Type the date on the letter, like 3/14/2026. It sets the deadline.',
  ),
  'help.dual': text(
    'Some people have one plan for both Medicare and Medi-Cal (a Medi-Medi plan). Others have Medicare and Medi-Cal apart. The letter that said no shows who sent it, and that decides where to appeal.',
    'The letter that said no shows who sent it: Medicare, a Medi-Cal plan, or one plan for both.',
  ),
  'help.urgency': text(
    'Urgent means a doctor says waiting could cause a serious threat to health. This includes severe pain, or risk of death or of losing a limb or a body function. If no doctor has said so, or you are not sure, pick "Not sure".',
    'Urgent means a doctor says waiting is a serious threat to health, like severe pain.',
  ),
  'help.outcome': text(
    'This is my answer for the case. You can go back to change an answer, or start over.',
    'This is my answer. Reply back to change an answer, or start over.',
  ),

  // Short answers to common questions (the guide, checked by imr-rules.md §3)
  'faq.whatIsImr': text(
    'An Independent Medical Review (IMR) is a review by doctors who do not work for the health plan. They look at the records and decide if the plan must cover the care. The plan must follow their decision.',
    'An IMR is a review by doctors who do not work for the plan. The plan must follow their decision.',
  ),
  'faq.isItFree': text('Yes. An IMR is free for the patient.', 'Yes. An IMR is free.'),
  'faq.howLong': text(
    'In about a week, you learn if the case can go to IMR. Then the decision takes about {t.standardImrDaysMin} to {t.standardImrDaysMax} days. Urgent cases take about {t.expeditedImrDaysMin} to {t.expeditedImrDaysMax} days.',
    'About a week to learn if the case qualifies. Then about {t.standardImrDaysMin} to {t.standardImrDaysMax} days. Urgent: about {t.expeditedImrDaysMin} to {t.expeditedImrDaysMax} days.',
  ),
  'faq.dmhcOrCdi': text(
    'DMHC oversees most HMOs, such as Kaiser, and most Covered California plans. CDI oversees many insurance policies. The denial letter names the office. If you are not sure, call DMHC first at {phone.dmhcHelpCenter}.',
    'DMHC: most HMOs and Covered California plans. CDI: many insurance policies. Not sure? Call DMHC at {phone.dmhcHelpCenter}.',
  ),
  'faq.documents': text(
    'Gather the denial letters, the plan\'s written answer to the appeal, and medical records. A letter from the doctor helps. If someone helps you file, add an Authorized Assistant form.',
    'The letters that said no, the plan\'s answer, your records, and a note from your doctor.',
  ),
  'faq.whoCanHelp': text(
    'The DMHC Help Center helps for free: {phone.dmhcHelpCenter}. The Health Consumer Alliance also gives free local help: {phone.healthConsumerAlliance}.',
    'Free help: DMHC {phone.dmhcHelpCenter}. Health Consumer Alliance {phone.healthConsumerAlliance}.',
  ),

  // Questions
  'q.coverage': text(
    'What kind of health coverage do you have?',
    'What kind of health coverage do you have?',
    'What kind of health coverage does the patient have?',
  ),
  'q.regulator': text(
    'Which state office does the denial letter name?',
    'Which office does the denial letter name?',
  ),
  'q.regulatorBrand': text(
    '{plan} sells both kinds of plans. Which state office does the denial letter name?',
    '{plan} sells both kinds of plans. Which office does the denial letter name?',
  ),
  'q.planName': text(
    'What is the name of your Medi-Cal plan?',
    'What is the name of your Medi-Cal plan?',
    'What is the name of the patient\'s Medi-Cal plan?',
  ),
  'q.hearing': text(
    'Did you ask for a Medi-Cal State Hearing about this denial?',
    'Did you ask for a State Hearing about this denial?',
    'Did the patient ask for a Medi-Cal State Hearing about this denial?',
  ),
  'q.reason': text('Why did the plan say no?'),
  'q.appealStatus': text(
    'Did you appeal to the plan (file a grievance)?',
    'Did you appeal to the plan?',
    'Did the patient appeal to the plan (file a grievance)?',
  ),
  'q.appealDate.decided': text(
    'What date is printed on the plan\'s written answer to the appeal? Type it like 3/14/2026.',
    'What date is on the plan\'s answer to the appeal? Like 3/14/2026.',
  ),
  'q.appealDate.pending': text(
    'On what date did you send the appeal? Type it like 3/14/2026.',
    'What date did you send the appeal? Like 3/14/2026.',
    'On what date did the patient send the appeal? Type it like 3/14/2026.',
  ),
  'q.dual': text(
    'You have Medicare and Medi-Cal. Is it one plan for both? If not, which one said no?',
    'One plan for both, or which one said no?',
    'The patient has Medicare and Medi-Cal. Is it one plan for both? If not, which one said no?',
  ),
  'q.urgency': text(
    'Does a doctor say waiting would be a serious threat to your health?',
    'Does a doctor say waiting is a serious threat to your health?',
    'Does a doctor say waiting would be a serious threat to the patient\'s health?',
  ),
  'q.outcomeMenu': text('What next?'),

  // Choice labels (short: buttons and SMS menus)
  'c.coverage.dmhc_plan': text('HMO or Kaiser'),
  'c.coverage.cdi_policy': text('Insurance company policy (CDI)', 'Insurance policy (CDI)'),
  'c.coverage.medi_cal_managed': text('Medi-Cal through a plan', 'Medi-Cal plan'),
  'c.coverage.medi_cal_ffs': text('Regular Medi-Cal (no plan)', 'Regular Medi-Cal'),
  'c.coverage.medicare': text('Medicare or Medicare Advantage', 'Medicare'),
  'c.coverage.medi_medi': text('One plan for Medicare and Medi-Cal', 'Medi-Medi plan'),
  'c.coverage.self_funded': text('Employer plan that pays claims itself', 'Self-funded job plan'),
  'c.coverage.unsure': text('PPO, EPO or not sure', 'PPO/EPO or not sure'),
  'c.regulator.dmhc': text('Managed Health Care (DMHC)', 'DMHC'),
  'c.regulator.cdi': text('Department of Insurance (CDI)', 'CDI'),
  'c.regulator.self_funded': text('Employer pays claims itself', 'Self-funded job plan'),
  'c.regulator.unsure': text('It names neither', 'Neither'),
  'c.regulator.assumed_dmhc': text('Go on as a DMHC plan', 'Go on as DMHC'),
  'c.planName.unknown': text('I don\'t know'),
  'c.hearing.none': text('No'),
  'c.hearing.requested': text('Asked, not held yet', 'Asked, not held'),
  'c.hearing.held': text('Yes, it was held', 'Held'),
  'c.reason.medical_necessity': text('Not medically necessary', 'Not needed'),
  'c.reason.emergency_payment': text('Won\'t pay for emergency care', 'Won\'t pay for ER'),
  'c.reason.experimental': text('Experimental treatment', 'Experimental'),
  'c.reason.billing': text('Billing or copay problem', 'Billing'),
  'c.reason.enrollment': text('Eligibility or enrollment', 'Enrollment'),
  'c.reason.not_covered': text('Never covered by the plan', 'Never covered'),
  'c.reason.unsure': text('Not sure'),
  'c.appealStatus.decided': text('Yes, and they said no', 'Yes, they said no'),
  'c.appealStatus.pending': text('Yes, waiting to hear', 'Yes, waiting'),
  'c.appealStatus.not_filed': text('No, not yet', 'Not yet'),
  'c.urgency.urgent': text('Yes, it is urgent', 'Urgent'),
  'c.urgency.not_urgent': text('No, not urgent', 'Not urgent'),
  'c.urgency.unsure': text('Not sure'),
  'c.hearing.unsure': text('Not sure'),
  'c.appealStatus.unsure': text('Not sure'),
  'c.reason.cancelled': text('The plan cancelled the coverage', 'Coverage cancelled'),
  'c.dual.one_plan': text('One plan for both (Medi-Medi)', 'One plan for both'),
  'c.dual.medicare': text('Medicare or a Medicare plan said no', 'Medicare said no'),
  'c.dual.medi_cal_plan': text('A Medi-Cal plan said no', 'Medi-Cal plan said no'),
  'c.dual.medi_cal_regular': text('Regular Medi-Cal said no', 'Regular Medi-Cal'),
  'c.dual.unsure': text('Not sure'),
  'c.back': text('Back'),
  'c.restart': text('Start over'),

  // What was understood, said back in a few words ("Got it: …")
  's.coverage.dmhc_plan': text('an HMO or Kaiser plan (DMHC)'),
  's.coverage.cdi_policy': text('an insurance policy (CDI)'),
  's.coverage.medi_cal_managed': text('Medi-Cal through a plan'),
  's.coverage.medi_cal_ffs': text('regular Medi-Cal'),
  's.coverage.medicare': text('Medicare'),
  's.coverage.medi_medi': text('Medicare and Medi-Cal'),
  's.coverage.self_funded': text('a self-funded employer plan'),
  's.coverage.unsure': text('not sure of the plan type'),
  's.regulator.dmhc': text('a DMHC plan'),
  's.regulator.cdi': text('a CDI policy'),
  's.regulator.self_funded': text('a self-funded employer plan'),
  's.regulator.unsure': text('the letter names neither office'),
  's.regulator.assumed_dmhc': text('going on as a DMHC plan'),
  's.plan': text('{plan}'),
  's.planUnknown': text('plan name not known'),
  's.planCoverage.dmhc_plan': text('{plan} (a DMHC plan)'),
  's.planCoverage.cdi_policy': text('{plan} (a CDI policy)'),
  's.appealDecidedOn': text('appeal denied on {date}'),
  's.hearing.none': text('no State Hearing'),
  's.hearing.requested': text('State Hearing asked for'),
  's.hearing.held': text('State Hearing held'),
  's.reason.medical_necessity': text('denied as not medically necessary'),
  's.reason.emergency_payment': text('plan won\'t pay for emergency care'),
  's.reason.experimental': text('denied as experimental'),
  's.reason.billing': text('a billing problem'),
  's.reason.enrollment': text('an eligibility or enrollment decision'),
  's.reason.not_covered': text('care the plan never covers'),
  's.reason.unsure': text('reason not sure'),
  's.appealStatus.decided': text('appeal denied'),
  's.appealStatus.pending': text('appeal filed, no answer yet'),
  's.appealStatus.not_filed': text('no appeal yet'),
  's.appealDate.decided': text('decision dated {date}'),
  's.appealDate.pending': text('appeal sent on {date}'),
  's.urgency.urgent': text('urgent'),
  's.urgency.not_urgent': text('not urgent'),
  's.urgency.unsure': text('not sure if urgent'),
  's.hearing.unsure': text('not sure about a State Hearing'),
  's.appealStatus.unsure': text('not sure about an appeal'),
  's.reason.cancelled': text('the plan cancelled the coverage'),
  's.coverage.dual': text('Medicare and Medi-Cal'),
  's.dual.one_plan': text('one plan for both'),
  's.dual.medicare': text('Medicare said no'),
  's.dual.medi_cal_plan': text('the Medi-Cal plan said no'),
  's.dual.medi_cal_regular': text('regular Medi-Cal said no'),
  's.dual.unsure': text('not sure which said no'),

  // Labels of an outcome's facts
  'l.agency': text('Agency'),
  'l.deadline': text('Deadline'),
  'l.daysLeft': text('Days left'),
  'l.passedOn': text('Deadline passed on'),
  'l.daysSince': text('Days since'),
  'l.planDue': text('Plan must answer by'),
  'l.planWasDue': text('Plan\'s answer was due'),
  'l.hearingDeadline': text('State Hearing: ask by'),
  'l.phone': text('Phone'),
  'l.tty': text('TTY/TDD'),
  'l.freeHelp': text('Free help'),
  'l.howLong': text('How long'),
  'l.documents': text('Documents'),
  'l.rule': text('Rule'),
  'l.mail': text('Mail'),
  'l.fax': text('Fax'),
  'l.steps': text('Next steps:'),

  // Agencies and links
  'agency.DMHC': text('DMHC (Department of Managed Health Care)', 'DMHC'),
  'agency.CDI': text('CDI (California Department of Insurance)', 'CDI'),
  'agency.medicare': text('Medicare'),
  'agency.ebsa': text('U.S. Department of Labor (EBSA)', 'U.S. Dept. of Labor (EBSA)'),
  'agency.cdss': text('State Hearings (Department of Social Services)', 'State Hearings'),
  'agency.enrollment': text('Covered California or the county'),
  'agency.ombudsman': text('Medi-Cal Managed Care Ombudsman', 'Medi-Cal Ombudsman'),
  'phone.dmhcHelpCenter': text('DMHC Help Center'),
  'phone.cdiHotline': text('CDI Consumer Hotline', 'CDI Hotline'),
  'phone.healthConsumerAlliance': text('Health Consumer Alliance'),
  'phone.medicare': text('Medicare'),
  'phone.hicap': text('HICAP (free Medicare help)', 'HICAP'),
  'phone.ebsa': text('EBSA'),
  'phone.cdssStateHearings': text('State Hearings'),
  'phone.cdssPublicInquiry': text('Public Inquiry'),
  'phone.mediCalOmbudsman': text('Medi-Cal Ombudsman'),
  'phone.dmhcTdd': text('DMHC TDD'),
  'phone.cdiTty': text('CDI TTY'),
  'phone.medicareTty': text('Medicare TTY'),
  'phone.cdssTdd': text('State Hearings TDD'),
  'phone.coveredCalifornia': text('Covered California'),
  'link.dmhcComplaint': text('DMHC: File a Complaint'),
  'link.dmhcImrForm': text('DMHC IMR form'),
  'link.cdiImr': text('CDI: Independent Medical Review'),
  'link.cdiComplaint': text('CDI: Consumer help'),
  'link.medicareAppeals': text('Medicare appeals'),
  'link.coveredCalifornia': text('Covered California'),
  'link.cdssStateHearing': text('Ask for a State Hearing'),
  'link.healthConsumerAlliance': text('Health Consumer Alliance'),
  'link.authorizedAssistant': text('DMHC Authorized Assistant form'),

  // Timelines and documents (facts: imr-rules.md §3)
  'timeline.imr': text(
    'In about a week, you learn if the case qualifies. Then the decision takes about {t.standardImrDaysMin} to {t.standardImrDaysMax} days.',
    'About a week to learn if it qualifies, then about {t.standardImrDaysMin} to {t.standardImrDaysMax} days.',
  ),
  'timeline.expeditedDmhc': text(
    'An urgent (expedited) IMR takes about {t.expeditedImrDaysMin} to {t.expeditedImrDaysMax} days.',
    'Urgent IMR: about {t.expeditedImrDaysMin} to {t.expeditedImrDaysMax} days.',
  ),
  'timeline.expeditedCdi': text(
    'By law, CDI decides an urgent (expedited) IMR in {t.cdiExpeditedImrDays} days.',
    'Urgent IMR at CDI: {t.cdiExpeditedImrDays} days by law.',
  ),
  'timeline.afterWin': text(
    'If you win, the plan must approve the care within {t.afterWinBusinessDays} business days.',
    'If you win, the plan must approve the care in {t.afterWinBusinessDays} business days.',
  ),
  'timeline.plan': text(
    'The plan has {t.planGrievanceDays} days to answer an appeal, or {t.planUrgentDays} days if it is urgent.',
    'The plan has {t.planGrievanceDays} days to answer, or {t.planUrgentDays} if urgent.',
  ),
  'timeline.complaint': text(
    'Most complaints are decided in about {t.complaintDays} days.',
    'Most complaints: about {t.complaintDays} days.',
  ),
  'docs.imr': text(
    'The denial letters. The plan\'s written answer to the appeal. Medical records (ask doctors outside the plan for yours). A letter from the doctor. An Authorized Assistant form if someone helps you.',
    'The letters that said no, the plan\'s answer, your records, and a note from your doctor.',
  ),
  'docs.imrMediCal': text(
    'The denial letters. The plan\'s Notice of Appeal Resolution (NAR). Medical records (ask doctors outside the plan for yours). A letter from the doctor. An Authorized Assistant form if someone helps you.',
    'The letters that said no, the NAR, your records, and a note from your doctor.',
  ),
  'docs.complaint': text('The denial letter or bill, and the plan\'s answer to the grievance.', 'The letter or bill, and the plan\'s answer.'),
  'days.left': text('{date} ({n} days left)'),

  // O1: file an IMR now
  'o1.title': text('File an IMR now'),
  'o1.meaning': text(
    'You can ask for an IMR now. The plan said no in writing less than {t.imrFilingMonths} months ago.',
    'You can ask for an IMR now.',
  ),
  'o1.step1': text(
    'Gather the papers: the denial letters, the plan\'s written answer, and medical records.',
    'Gather the letters that said no, the plan\'s answer, and your records.',
  ),
  'o1.step2': text('Ask the doctor for a letter that says why the care is needed.', 'Ask the doctor for a letter of support.'),
  'o1.step3.DMHC': text(
    'File the IMR with DMHC online. Or call {agencyPhone} and ask for the form.',
    'File with DMHC online, or call {agencyPhone}.',
  ),
  'o1.step3.CDI': text(
    'File the IMR with CDI on the form the insurer sent with its answer. No form? Call {agencyPhone}.',
    'File with CDI on the form the insurer sent. No form? Call {agencyPhone}.',
  ),
  'o1.step4': text(
    'File by {deadline}. Send copies, not the originals.',
    'File by {deadline}. Send copies, not originals.',
  ),
  'o1.step5': text(
    'Outside doctors review the case. You may send more papers while they review it.',
    'Outside doctors review the case. You can send more papers.',
  ),

  // O2: urgent
  'o2.title': text('Ask for a fast (expedited) review now'),
  'o2.meaning': text(
    'This is urgent, so ask for a fast (expedited) review now. Do not wait.',
    'This is urgent. Ask for a fast review now.',
  ),
  'o2.step1.DMHC': text(
    'Call the plan and ask for an urgent appeal. The plan must decide within {t.planUrgentDays} days.',
    'Ask the plan for an urgent appeal. It must decide in {t.planUrgentDays} days.',
  ),
  'o2.step1.CDI': text(
    'Call the insurer and ask for its {t.cdiExpeditedInsurerHours}-hour fast (expedited) review.',
    'Ask the insurer for its {t.cdiExpeditedInsurerHours}-hour fast review.',
  ),
  'o2.step2.DMHC': text(
    'Call DMHC now at {agencyPhone}. In urgent cases, you do not wait {t.planGrievanceDays} days. In rare, serious cases DMHC can skip the plan step.',
    'Call DMHC now at {agencyPhone}. Urgent cases do not wait {t.planGrievanceDays} days.',
  ),
  'o2.step2.CDI': text(
    'Call CDI now at {agencyPhone}. Ask to skip the insurer step (a waiver).',
    'Call CDI now at {agencyPhone}. Ask for a waiver.',
  ),
  'o2.step3': text(
    'Ask the doctor for a letter that says waiting is a serious threat to health.',
    'Get a doctor\'s letter that says waiting is a serious risk.',
  ),
  'o2.step4': text('Ask for an expedited IMR.', 'Ask for an expedited IMR.'),

  // O3: experimental, DMHC
  'o3.title': text('You may apply for an IMR now'),
  'o3.meaning': text(
    'The plan called the treatment experimental. With a DMHC plan, you may apply for an IMR now. You do not need the plan appeal or the {t.planGrievanceDays}-day wait first.',
    'Experimental denial: you may apply for an IMR now, without the plan appeal.',
  ),
  'o3.step1': text(
    'Ask the doctor to certify two things. First, the illness is life-threatening or seriously debilitating. Second, standard treatment did not work or is not right.',
    'Ask the doctor to write two things. The illness is a threat to life or very serious. Usual care did not help.',
  ),
  'o3.step2': text('Gather the denial letter and medical records.', 'Gather the denial letter and records.'),
  'o3.step3': text('File the IMR with DMHC online, or call {agencyPhone}.', 'File with DMHC online, or call {agencyPhone}.'),
  'o3.step4': text('If it is urgent, ask for an expedited IMR.', 'If urgent, ask for an expedited IMR.'),

  // O4: the plan missed its 30 days
  'o4.title': text('You may file an IMR now'),
  'o4.meaning': text(
    'The plan had {t.planGrievanceDays} days to answer the appeal and did not. You may file an IMR now.',
    'The plan did not answer in {t.planGrievanceDays} days. You may file an IMR now.',
  ),
  'o4.step1': text('Gather a copy of the appeal and the date you sent it.', 'Gather the appeal and the date you sent it.'),
  'o4.step2': text('File the IMR with {agency}: online, or call {agencyPhone}.', 'File with {agency}: online or {agencyPhone}.'),
  'o4.step3': text(
    'Say that the plan did not answer within {t.planGrievanceDays} days.',
    'Say the plan did not answer in {t.planGrievanceDays} days.',
  ),
  'o4.noDeadline': text(
    'There is no {t.imrFilingMonths}-month deadline yet. That clock starts when the plan answers in writing.',
    'No {t.imrFilingMonths}-month deadline yet: it starts with a written answer.',
  ),

  // O5: wait for the plan
  'o5.title': text('Wait for the plan\'s answer'),
  'o5.meaning': text('The plan still has time to answer the appeal. It must answer by {planDue}.', 'The plan must answer by {planDue}.'),
  'o5.step1': text('Wait for the plan\'s written answer until {planDue}.', 'Wait for the answer until {planDue}.'),
  'o5.step2': text(
    'If there is no answer by then, you may file an IMR with {agency}.',
    'No answer by then? File an IMR with {agency}.',
  ),
  'o5.step3': text(
    'If it becomes urgent, call the plan and {agency} at {agencyPhone} right away. Urgent appeals are decided in {t.planUrgentDays} days.',
    'If it gets urgent, call the plan and {agency} at {agencyPhone}.',
  ),

  // O6: appeal to the plan first
  'o6.title': text('Appeal to the plan first'),
  'o6.meaning': text(
    'First, file an appeal (grievance) with the plan. An IMR usually comes after the plan\'s answer.',
    'First, file an appeal (grievance) with the plan.',
  ),
  'o6.step1': text(
    'File the appeal by phone, on the plan\'s website, or with the form in the denial letter.',
    'Appeal by phone, online, or with the form in the letter.',
  ),
  'o6.step2': text(
    'Do it soon. Most plans allow {t.commercialGrievanceDays} days from the problem.',
    'Most plans allow {t.commercialGrievanceDays} days.',
  ),
  'o6.step2.mediCal': text(
    'Medi-Cal: appeal within {t.mediCalPlanAppealDays} days of the denial notice. It is called a Notice of Action, or a Notice of Adverse Benefit Determination.',
    'Medi-Cal: appeal within {t.mediCalPlanAppealDays} days of the Notice of Action or Notice of Adverse Benefit Determination.',
  ),
  'o6.step3': text(
    'The plan has {t.planGrievanceDays} days to answer, or {t.planUrgentDays} days if it is urgent.',
    'The plan has {t.planGrievanceDays} days, or {t.planUrgentDays} if urgent.',
  ),
  'o6.step4': text(
    'Come back when the plan answers, or if {t.planGrievanceDays} days pass with no answer.',
    'Come back when it answers, or after {t.planGrievanceDays} days.',
  ),

  // O7: the deadline passed
  'o7.title': text('The deadline passed, but it may not be final'),
  'o7.meaning': text(
    'The {t.imrFilingMonths}-month deadline passed on {deadline}. That is not always final, so still call.',
    'The deadline passed on {deadline}. It may not be final: still call.',
  ),
  'o7.step1.DMHC': text(
    'Call DMHC at {agencyPhone}. DMHC may accept a late IMR when something kept you from filing on time.',
    'Call DMHC at {agencyPhone}. DMHC may accept a late IMR.',
  ),
  'o7.step1.CDI': text(
    'Call CDI at {agencyPhone}. The Insurance Commissioner may give more time.',
    'Call CDI at {agencyPhone}. CDI may give more time.',
  ),
  'o7.step2': text('Explain what kept you from filing on time, like an illness.', 'Say what kept you from filing on time.'),
  'o7.step3': text(
    'Get free help from the Health Consumer Alliance at {phone.healthConsumerAlliance}.',
    'Free help: Health Consumer Alliance {phone.healthConsumerAlliance}.',
  ),
  'o7.mediCal': text(
    'Medi-Cal: the time to ask for a State Hearing has likely passed too.',
    'Medi-Cal: the State Hearing time has likely passed too.',
  ),

  // O8: billing
  'o8.title': text('Not IMR: appeal, then a complaint'),
  'o8.meaning': text(
    'A billing problem does not go to IMR. It goes to the plan first, then to a complaint.',
    'A billing problem is not IMR. Complain to the plan, then to {agency}.',
  ),
  'o8.step1': text('File a grievance with the plan first.', 'File a grievance with the plan.'),
  'o8.step2': text(
    'If it is not fixed in {t.planGrievanceDays} days, file a consumer complaint with {agency} at {agencyPhone}.',
    'Not fixed in {t.planGrievanceDays} days? Complain to {agency}: {agencyPhone}.',
  ),
  'o8.step3': text('Most complaints are decided in about {t.complaintDays} days.', 'Most are decided in about {t.complaintDays} days.'),
  'o8.emergency': text(
    'If the bill is for emergency care, you most often owe only what you would pay in your plan\'s network. That is your copay or other usual share.',
    'ER bill? You most often owe only your usual in-network share.',
  ),
  'o8.ambulance': text(
    'With a DMHC plan, the same is true for a ground ambulance outside the network.',
    'With a DMHC plan, same for a ground ambulance.',
  ),
  'o8.notEmergency': text(
    'If the plan says it was not an emergency and won\'t pay, go back and pick "Won\'t pay for emergency care". That can go to IMR.',
    'Plan says it was not an emergency? Go back and pick Won\'t pay for ER.',
  ),

  // O9: never covered
  'o9.title': text('Not IMR: the plan never covers this'),
  'o9.meaning': text(
    'Care the plan\'s contract never covers does not go to IMR.',
    'Care the contract never covers is not IMR.',
  ),
  'o9.step1': text(
    'Read the plan\'s Evidence of Coverage. See if it lists this care.',
    'Check the plan\'s Evidence of Coverage.',
  ),
  'o9.step2': text('If you think it is covered, file a grievance with the plan.', 'Think it is covered? File a grievance.'),
  'o9.step3': text(
    'If that does not fix it, file a consumer complaint with {agency} at {agencyPhone}.',
    'Not fixed? Complain to {agency}: {agencyPhone}.',
  ),

  // O10: Medicare
  'o10.title': text('Not California IMR: use Medicare appeals'),
  'o10.meaning': text(
    'Medicare denials do not go to California IMR. They go to Medicare appeals. The path depends on your kind of Medicare.',
    'Medicare is not California IMR. Use Medicare appeals.',
  ),
  'o10.step1': text(
    'Look at the notice that said no. It shows if it came from Original Medicare or a Medicare Advantage plan.',
    'Check which Medicare sent the notice.',
  ),
  'o10.step2': text('Appeal by the deadline for your kind of Medicare. Keep a copy.', 'Appeal by its deadline. Keep a copy.'),
  'o10.step3': text(
    'Call Medicare at {phone.medicare} (TTY {phone.medicareTty}). HICAP gives free help at {phone.hicap}.',
    'Medicare: {phone.medicare}. Free help: HICAP {phone.hicap}.',
  ),

  // O11: self-funded
  'o11.title': text('Not California IMR: federal external review'),
  'o11.meaning': text(
    'A plan the employer pays for itself does not use California IMR. It uses a federal external review.',
    'Your job plan pays its own claims. So it uses a federal review, not California IMR.',
  ),
  'o11.step1': text(
    'Ask the plan for an external review. Follow the deadline on the final denial letter. It is usually {t.selfFundedExternalReviewMonths} months.',
    'Ask the plan for an external review. Follow the letter\'s deadline, usually {t.selfFundedExternalReviewMonths} months.',
  ),
  'o11.step2': text(
    'For free help, call the U.S. Department of Labor (EBSA) at {phone.ebsa}.',
    'Free help: EBSA {phone.ebsa}.',
  ),

  // O12: State Hearing
  'o12.title': text('Not IMR: ask for a State Hearing'),
  'o12.meaning': text(
    'This Medi-Cal denial goes to a State Hearing, not to IMR.',
    'This goes to a State Hearing, not IMR.',
  ),
  'o12.step1': text(
    'Ask for a State Hearing within {t.stateHearingFfsDays} days of the notice.',
    'Ask for a State Hearing within {t.stateHearingFfsDays} days of the notice.',
  ),
  'o12.step2': text(
    'Call State Hearings at {phone.cdssStateHearings}, or ask online.',
    'Call {phone.cdssStateHearings} or ask online.',
  ),
  'o12.step3': text(
    'Questions? Call Public Inquiry at {phone.cdssPublicInquiry} (TDD {phone.cdssTdd}).',
    'Questions: {phone.cdssPublicInquiry}.',
  ),

  // O13: hearing held
  'o13.title': text('IMR is not open for this denial'),
  'o13.meaning': text(
    'A State Hearing was held on this denial, so an IMR is not open for it.',
    'A State Hearing was held, so IMR is not open for this denial.',
  ),
  'o13.step1': text(
    'The hearing decision stands for this denial. Read it: it may say what you can do next.',
    'The hearing decision stands. Read it.',
  ),
  'o13.step2': text(
    'To ask about the options left, call the Health Consumer Alliance for free legal help at {phone.healthConsumerAlliance}.',
    'Options left? Free legal help: {phone.healthConsumerAlliance}.',
  ),
  'o13.step3': text(
    'For questions about your Medi-Cal plan, call the Medi-Cal Managed Care Ombudsman at {phone.mediCalOmbudsman}.',
    'Plan questions: Medi-Cal Ombudsman {phone.mediCalOmbudsman}.',
  ),

  // O14: find the regulator
  'o14.title': text('First, find the state office for the plan'),
  'o14.meaning': text(
    'First, find out which state office oversees the plan.',
    'First, find which office oversees the plan.',
  ),
  'o14.step1': text(
    'Look at the denial letter, the plan\'s answer, or the Evidence of Coverage. Find a paragraph that names the Department of Managed Health Care.',
    'Look in the denial letter or plan booklet for the Department of Managed Health Care.',
  ),
  'o14.step2': text(
    'If it names it, this is a DMHC plan. If not, call DMHC first at {phone.dmhcHelpCenter}. CDI\'s hotline, {phone.cdiHotline}, can also help sort it out.',
    'Not named? Call DMHC at {phone.dmhcHelpCenter} or CDI at {phone.cdiHotline}.',
  ),
  'o14.step3': text('You can also go on as a DMHC plan now.', 'Or go on as a DMHC plan now.'),

  // O15: enrollment
  'o15.title': text('Not IMR: an eligibility or enrollment decision'),
  'o15.meaning': text(
    'Decisions about who can enroll or get help with costs do not go to IMR. You can ask for a State Hearing.',
    'Enrollment decisions are not IMR. Ask for a State Hearing.',
  ),
  'o15.step1': text(
    'Ask for a State Hearing within {t.coveredCaliforniaHearingDays} days of the date on the notice.',
    'Ask for a State Hearing within {t.coveredCaliforniaHearingDays} days of the notice.',
  ),
  'o15.step2': text(
    'If Covered California decided, call it at {phone.coveredCalifornia}. If the county decided, call the county office on the notice.',
    'Covered California: {phone.coveredCalifornia}. Or the county office.',
  ),

  // Notes added to outcomes (imr-rules.md §2: Medi-Cal, County plans, medi_medi, O14)
  'note.mediCal': text(
    'Medi-Cal: the plan\'s answer is called a Notice of Appeal Resolution (NAR). File the IMR first. Then, if needed, ask for a State Hearing by {hearingDate}: call {phone.cdssStateHearings}. An IMR does not stop a later hearing.',
    'Medi-Cal: file the IMR first. State Hearing by {hearingDate} if needed: {phone.cdssStateHearings}.',
  ),
  'note.mediCalNoDate': text(
    'Medi-Cal: the plan\'s answer is called a Notice of Appeal Resolution (NAR). You can also ask for a State Hearing within {t.mediCalHearingDays} days of it: call {phone.cdssStateHearings}.',
    'Medi-Cal: State Hearing within {t.mediCalHearingDays} days of the plan\'s answer: {phone.cdssStateHearings}.',
  ),
  'note.cohs': text(
    '{plan} may not be a DMHC plan. Check with DMHC at {phone.dmhcHelpCenter} before you count on an IMR. After the plan\'s answer, a State Hearing is the sure path: ask within {t.mediCalHearingDays} days of it.',
    '{plan} may not be a DMHC plan: check with DMHC. A State Hearing is the sure path.',
  ),
  'note.hearingRequested': text(
    'A State Hearing was asked for. Call DMHC at {phone.dmhcHelpCenter} before the hearing date.',
    'Hearing asked for: call DMHC {phone.dmhcHelpCenter} before the hearing date.',
  ),
  'note.mediMedi': text(
    'Medicare side: you can also use Medicare appeals. Call {phone.medicare}.',
    'Medicare side: call Medicare at {phone.medicare}.',
  ),
  'note.mediMediExperimental': text(
    'IMR for experimental care may also reach Medicare members when federal law allows. Ask DMHC.',
    'Experimental care: ask DMHC about Medicare.',
  ),
  'note.assumedDmhc': text(
    'We went on as if this is a DMHC plan. If it is not, DMHC will tell you where to go.',
    'If it is not a DMHC plan, DMHC will tell you where to go.',
  ),
  'note.staff': text(
    'If you help the patient file, they can name you on DMHC\'s Authorized Assistant form.',
    'If you help the patient file, they can name you on the Authorized Assistant form.',
  ),
  'c.coverage.dual': text('Both Medicare and Medi-Cal', 'Medicare and Medi-Cal'),
  'c.appealDate.unknown': text('I don\'t know the date', 'Don\'t know the date'),
  'c.followUp.appealDecided': text('I have the plan\'s answer to the appeal', 'Have plan\'s answer', 'The plan answered the appeal'),
  'c.followUp.foundDate': text('I found the date', 'Found the date', 'The date is found'),
  'c.followUp.urgent': text('A doctor says it is urgent', 'Doctor says urgent'),
  's.appealDateUnknown.true': text('date not known'),
  's.coverage.gov_self_funded': text('a government employer plan that pays its own claims'),
  's.coverage.tricare': text('TRICARE'),
  's.coverage.va': text('VA health care'),
  's.coverage.fehb': text('a federal employee plan (FEHB)'),
  's.coverage.indian_health': text('Indian Health Service or a tribal program'),
  's.coverage.ccs': text('California Children\'s Services (CCS)'),
  's.coverage.student_plan': text('a student health plan'),
  's.coverage.short_term': text('a short-term plan or sharing ministry'),
  's.coverage.no_coverage': text('no health coverage'),
  'v.lastDay': text('Today is the last day'),
  'v.planLastDay': text('Today is the plan\'s last day'),
  'v.thisPlan': text('This plan'),
  'agency.cohs': text('State Hearings (Department of Social Services), or DMHC if it confirms', 'State Hearings, or DMHC'),
  'agency.enrollmentJob': text('The employer or the plan, or Covered California', 'Employer, plan or Covered California'),
  'agency.o16.tricare': text('TRICARE West (TriWest)', 'TriWest'),
  'agency.o16.va': text('VA patient advocate'),
  'agency.o16.fehb': text('Your FEHB plan, then OPM', 'FEHB plan, then OPM'),
  'agency.o16.indian_health': text('The tribal or IHS health program', 'Tribal or IHS program'),
  'agency.o16.ccs': text('County CCS office'),
  'agency.o16.student_plan': text('UC SHIP, or the office the letter names', 'UC SHIP, CDI or DMHC'),
  'agency.o16.short_term': text('CDI (California Department of Insurance)', 'CDI'),
  'agency.o16.no_coverage': text('The county program, or Covered California', 'County or Covered California'),
  'agency.o16.gov_self_funded': text('Your plan (a government employer plan)', 'Your plan'),
  'agency.o16.unknown': text('DMHC (Department of Managed Health Care)', 'DMHC'),
  'phone.triwest': text('TriWest'),
  'phone.vaHealthBenefits': text('VA health benefits'),
  'phone.ucShip': text('UC SHIP member services', 'UC SHIP'),
  'phone.maximusExternalReview': text('Federal (HHS) outside review', 'HHS review'),
  'docs.pending': text(
    'The denial letter. A copy of your appeal and the date you sent it. Medical records (ask doctors outside the plan for yours). A letter from the doctor.',
    'The denial letter, your appeal and its date, your records, a note from your doctor.',
  ),
  'docs.pendingMediCal': text(
    'The denial notice (Notice of Action, or Notice of Adverse Benefit Determination). A copy of your appeal and the date you sent it. Medical records. A letter from the doctor.',
    'The Notice of Action, your appeal and its date, your records, a doctor\'s note.',
  ),
  'docs.denial': text(
    'The denial letter. Medical records (ask doctors outside the plan for yours). A letter from the doctor.',
    'The denial letter, your records, and a note from your doctor.',
  ),
  'docs.denialMediCal': text(
    'The denial notice (Notice of Action, or Notice of Adverse Benefit Determination). Medical records. A letter from the doctor.',
    'The Notice of Action, your records, and a note from your doctor.',
  ),
  'docs.cancelled': text(
    'The letter that ended the coverage, and the plan\'s answer to the grievance.',
    'The letter that ended it, and the plan\'s answer.',
  ),
  'note.lastDay': text('Today is the last day to file. File the IMR today.', 'Today is the last day. File today.'),
  'note.planLastDay': text(
    'Today is the plan\'s last day to answer. If there is no answer by the end of today, you may file an IMR from tomorrow.',
    'Today is the plan\'s last day. No answer by tonight? File from tomorrow.',
  ),
  'o1.meaning.noDate': text(
    'You can ask for an IMR. You have {t.imrFilingMonths} months from the date printed on the plan\'s written answer. Find that date on the letter.',
    'You can ask for an IMR, within {t.imrFilingMonths} months of the date on the plan\'s letter.',
  ),
  'o1.step4.noDate': text(
    'File within {t.imrFilingMonths} months of the date printed on the plan\'s letter. Send copies, not the originals.',
    'File within {t.imrFilingMonths} months of the letter\'s date.',
  ),
  'o2.meaning.decided': text(
    'The plan already said no in writing, and this is urgent. Ask for a fast (expedited) IMR now. Do not wait.',
    'Urgent, and the plan said no in writing. Ask for a fast IMR now.',
  ),
  'o2d.step2.DMHC': text(
    'Ask DMHC for an expedited IMR now: file online, or call {agencyPhone}.',
    'Ask DMHC for an expedited IMR now: online or {agencyPhone}.',
  ),
  'o2d.step2.CDI': text(
    'Ask CDI for an expedited IMR now, on the form the insurer sent. No form? Call {agencyPhone}.',
    'Ask CDI for an expedited IMR now: {agencyPhone}.',
  ),
  'o2d.step3': text('The last day to file is {deadline}. Send copies, not the originals.', 'Last day to file: {deadline}.'),
  'o2d.step3.noDate': text(
    'File within {t.imrFilingMonths} months of the date printed on the plan\'s letter. Find that date on the letter.',
    'File within {t.imrFilingMonths} months of the letter\'s date.',
  ),
  'o2p.step1.DMHC': text(
    'Call the plan and ask it to treat your appeal as urgent. It must then decide within {t.planUrgentDays} days.',
    'Ask the plan to treat your appeal as urgent: {t.planUrgentDays} days.',
  ),
  'o2p.step1.CDI': text(
    'Call the insurer and ask for its {t.cdiExpeditedInsurerHours}-hour fast (expedited) review of your appeal.',
    'Ask the insurer for its {t.cdiExpeditedInsurerHours}-hour fast review.',
  ),
  'o3.title.CDI': text('Appeal to the insurer, and ask CDI'),
  'o3.meaning.CDI': text(
    'The insurer said the care is experimental. With an insurance policy, an IMR first is not promised. Appeal to the insurer now, and ask CDI.',
    'Experimental denial: appeal to the insurer, and ask CDI.',
  ),
  'o3.step1.CDI': text(
    'File an appeal with the insurer. If it is urgent, ask for its {t.cdiExpeditedInsurerHours}-hour fast (expedited) review.',
    'Appeal to the insurer. If urgent, ask for its fast review.',
  ),
  'o3.step2.CDI': text(
    'Call CDI at {agencyPhone}. Ask if you can apply for an IMR now.',
    'Call CDI at {agencyPhone}. Ask about an IMR now.',
  ),
  'o5.meaning.noDate': text(
    'The plan has {t.planGrievanceDays} days from the day you sent the appeal to answer. If more than {t.planGrievanceDays} days have passed with no answer, you may file an IMR now.',
    'The plan has {t.planGrievanceDays} days to answer. Longer with no answer? You may file an IMR.',
  ),
  'o5.step1.noDate': text(
    'Find the date you sent the appeal: on your copy, a mail receipt, or the plan\'s letter saying it got it.',
    'Find the date you sent the appeal.',
  ),
  'o5.step2.noDate': text(
    'If {t.planGrievanceDays} days have passed with no answer, file an IMR with {agency}: online, or call {agencyPhone}.',
    'After {t.planGrievanceDays} days with no answer, file with {agency}: {agencyPhone}.',
  ),
  'o6.meaning.unsure': text(
    'Not sure if you appealed? Check your letters, then appeal to the plan if you have not.',
    'Not sure you appealed? Check your letters, then appeal.',
  ),
  'o6.step1.unsure': text(
    'Call the plan and ask if it has an appeal (grievance) from you. If not, file one now: by phone, online, or with the form in the denial letter.',
    'Ask the plan if it has your appeal. If not, file one now.',
  ),
  'o8.meaning.cancelled': text(
    'A plan cancelling your coverage does not go to IMR. Ask the plan to fix it first, then complain to {agency}.',
    'A cancelled plan is not IMR. Ask the plan, then complain.',
  ),
  'o10.original': text(
    'If you have Original Medicare: ask Medicare to look at it again within {t.medicareRedeterminationDays} days of the Medicare Summary Notice. This is called a redetermination.',
    'Original Medicare: appeal within {t.medicareRedeterminationDays} days of the notice.',
  ),
  'o10.advantage': text(
    'If you have a Medicare Advantage plan: ask the plan to reconsider, usually within {t.medicareAdvantageReconsiderationDays} days. Use the date on your notice. If the plan still says no, an outside review follows on its own.',
    'Medicare Advantage: ask the plan, usually within {t.medicareAdvantageReconsiderationDays} days. Check your notice.',
  ),
  'o13.step4': text('If the plan denies something new, start over.', 'New denial? Start over.'),
  'o15.step3': text(
    'You can also ask for the hearing yourself: call {phone.cdssPublicInquiry}.',
    'Or ask for it: {phone.cdssPublicInquiry}.',
    'The patient can also ask for the hearing: call {phone.cdssPublicInquiry}.',
  ),
  'o15.meaning.job': text(
    'Decisions about who can enroll do not go to IMR. Whom to ask depends on where the plan comes from.',
    'Enrollment decisions are not IMR.',
  ),
  'o15.job.step1': text(
    'If the plan comes through a job, ask the employer\'s benefits office or the plan how to appeal.',
    'Job plan? Ask the benefits office or the plan.',
  ),
  'o15.job.step2': text(
    'If it was bought through Covered California, ask for a State Hearing within {t.coveredCaliforniaHearingDays} days of its notice. Call Covered California at {phone.coveredCalifornia}, or ask for the hearing at {phone.cdssPublicInquiry}.',
    'Covered California plan? State Hearing within {t.coveredCaliforniaHearingDays} days: {phone.cdssPublicInquiry}.',
  ),
  'o16.title': text('Not a California IMR'),
  'o16.title.tricare': text('Not California IMR: a TRICARE appeal'),
  'o16.meaning.tricare': text(
    'TRICARE is not part of California\'s IMR. It has its own appeal.',
    'TRICARE is not California IMR. It has its own appeal.',
  ),
  'o16.tricare.step1': text(
    'Send a written appeal to TriWest within {t.tricareAppealDays} days of the date on the denial or the Explanation of Benefits. Use the address on that letter.',
    'Appeal to TriWest in writing within {t.tricareAppealDays} days of the letter\'s date.',
  ),
  'o16.tricare.step2': text(
    'If TriWest still says no, you can ask for a second review. If ${t.tricareHearingMinDollars} or more is at stake, you can then ask for a hearing.',
    'Still no? Ask for a second review.',
  ),
  'o16.tricare.step3': text('Call TriWest at {phone.triwest}.', 'TriWest: {phone.triwest}.'),
  'o16.title.va': text('Not California IMR: a VA clinical appeal'),
  'o16.meaning.va': text(
    'VA health care is not part of California\'s IMR. VA has its own appeal.',
    'VA care is not California IMR. VA has its own appeal.',
  ),
  'o16.va.step1': text(
    'To challenge a medical decision by your VA care team, talk to the patient advocate at your VA. Ask to start a clinical appeal.',
    'Ask your VA patient advocate to start a clinical appeal.',
  ),
  'o16.va.step2': text(
    'Send your written appeal as soon as you can. The facility website lists the patient advocate.',
    'Send it in writing as soon as you can.',
  ),
  'o16.va.step3': text(
    'For questions about VA health benefits, call {phone.vaHealthBenefits}.',
    'VA health benefits: {phone.vaHealthBenefits}.',
  ),
  'o16.title.fehb': text('Not California IMR: an FEHB review'),
  'o16.meaning.fehb': text(
    'Federal employee plans (FEHB) are not part of California\'s IMR. They have their own review.',
    'FEHB plans are not California IMR.',
  ),
  'o16.fehb.step1': text(
    'Ask your plan in writing to reconsider, within {t.fehbReconsiderMonths} months of the denial. Section 8 of your plan brochure says how.',
    'Ask the plan in writing to reconsider, within {t.fehbReconsiderMonths} months.',
  ),
  'o16.fehb.step2': text(
    'If the plan still says no, you can ask the U.S. Office of Personnel Management (OPM) to review it.',
    'Still no? Ask OPM to review it.',
  ),
  'o16.fehb.step3': text('Call the customer service number on your plan card to ask how to appeal.', 'Call the number on your plan card.'),
  'o16.title.indian_health': text('Not California IMR: ask the program to reconsider'),
  'o16.meaning.indian_health': text(
    'Care paid by the Indian Health Service or a tribal program is not part of California\'s IMR.',
    'IHS and tribal programs are not California IMR.',
  ),
  'o16.indian_health.step1': text(
    'Did the program refuse to pay for outside care (Purchased/Referred Care)? Ask it to look again within {t.ihsReconsiderationDays} days of getting the letter.',
    'Ask the program to look again within {t.ihsReconsiderationDays} days of the letter.',
  ),
  'o16.indian_health.step2': text(
    'Call the tribal health program or clinic that sent the letter to ask how to appeal.',
    'Call the program that sent the letter.',
  ),
  'o16.title.ccs': text('Not California IMR: a CCS appeal'),
  'o16.meaning.ccs': text(
    'California Children\'s Services (CCS) decisions are not part of California\'s IMR. CCS has its own appeal.',
    'CCS is not California IMR. It has its own appeal.',
  ),
  'o16.ccs.step1': text(
    'File a First Level Appeal with your county CCS office within {t.ccsFirstAppealDays} days of the notice.',
    'Appeal to the county CCS office within {t.ccsFirstAppealDays} days.',
  ),
  'o16.ccs.step2': text('If it still says no, you can ask for a State Hearing.', 'Still no? Ask for a State Hearing.'),
  'o16.ccs.step3': text('Call the county CCS office. Its number is on the Notice of Action.', 'Call the county CCS office on the notice.'),
  'o16.ccs.mediCal': text(
    'If the child gets CCS care through a Medi-Cal plan, the appeal goes to that plan. Then start over and pick "Medi-Cal through a plan".',
    'CCS through a Medi-Cal plan? Start over and pick Medi-Cal plan.',
  ),
  'o16.title.student_plan': text('Not a California IMR, as far as we know'),
  'o16.meaning.student_plan': text(
    'Student health plans follow different rules. Many are not part of California\'s IMR, as far as we know.',
    'Student plans: not California IMR, as far as we know.',
  ),
  'o16.student_plan.step1': text(
    'UC students (UC SHIP): call member services at {phone.ucShip} to ask how to appeal.',
    'UC SHIP: {phone.ucShip}.',
  ),
  'o16.student_plan.step2': text(
    'Other student plans: look at the denial letter. If it names the Department of Insurance (CDI), call CDI at {phone.cdiHotline}. CDI can say if an IMR is open.',
    'Letter names CDI? Call {phone.cdiHotline}.',
  ),
  'o16.student_plan.step3': text(
    'If it names the Department of Managed Health Care (DMHC), call DMHC at {phone.dmhcHelpCenter}.',
    'Names DMHC? Call {phone.dmhcHelpCenter}.',
  ),
  'o16.title.short_term': text('Not a California IMR'),
  'o16.meaning.short_term': text(
    'Short-term health plans cannot be sold in California. A health care sharing ministry is not insurance and does not have to pay your bills. Neither has a California IMR.',
    'Short-term plans and sharing ministries have no California IMR.',
  ),
  'o16.short_term.step1': text(
    'Call the California Department of Insurance (CDI) at {phone.cdiHotline}. Say what you bought and who sold it.',
    'Call CDI at {phone.cdiHotline}. Say what you bought.',
  ),
  'o16.short_term.step2': text(
    'To find coverage that must follow state rules, call Covered California at {phone.coveredCalifornia}.',
    'Real coverage: Covered California {phone.coveredCalifornia}.',
  ),
  'o16.title.no_coverage': text('No plan, so no IMR'),
  'o16.meaning.no_coverage': text(
    'An IMR reviews a health plan\'s decision. Without health coverage, there is no plan decision to review.',
    'No coverage, so no plan decision for IMR.',
  ),
  'o16.no_coverage.step1': text(
    'If a county program (CMSP) decided which services it covers, you can ask for a State Hearing: call {phone.cdssPublicInquiry}.',
    'County CMSP decision? State Hearing: {phone.cdssPublicInquiry}.',
  ),
  'o16.no_coverage.step2': text(
    'For another county health program, call the program to ask how to appeal.',
    'Other county program? Ask it how to appeal.',
  ),
  'o16.no_coverage.step3': text(
    'If Covered California or the county turned down your application, ask for a State Hearing within {t.coveredCaliforniaHearingDays} days of that notice. To look for coverage, call Covered California at {phone.coveredCalifornia}.',
    'Application denied? State Hearing within {t.coveredCaliforniaHearingDays} days. Coverage: {phone.coveredCalifornia}.',
  ),
  'o16.title.gov_self_funded': text('Not California IMR: your plan\'s outside review'),
  'o16.meaning.gov_self_funded': text(
    'A government employer plan that pays its own claims is not part of California\'s IMR. It may offer an outside review instead.',
    'A self-funded government plan is not California IMR.',
  ),
  'o16.gov_self_funded.step1': text(
    'Your final denial letter should say how to ask for an outside review. Follow its steps and its deadline.',
    'Follow the outside review steps in the final letter.',
  ),
  'o16.gov_self_funded.step2': text(
    'If your plan uses the federal (HHS) review, ask within {t.govExternalReviewMonths} months of the final denial. Call MAXIMUS Federal Services at {phone.maximusExternalReview}.',
    'HHS review: within {t.govExternalReviewMonths} months. {phone.maximusExternalReview}.',
  ),
  'o16.gov_self_funded.step3': text('To ask how to appeal, call the number on your plan card.', 'Or call the number on your card.'),
  'o16.title.unknown': text('Not a California IMR, as far as we know'),
  'o16.meaning.unknown': text(
    'This coverage is not part of California\'s IMR, as far as we know.',
    'Not California IMR, as far as we know.',
  ),
  'o16.unknown.step1': text('Call DMHC at {phone.dmhcHelpCenter}. It can tell you where to go.', 'Call DMHC: {phone.dmhcHelpCenter}.'),
  'o16.phone.card': text('The number on your plan card', 'On your plan card'),
  'o16.phone.letter': text('The number on the letter', 'On the letter'),
  'o16.phone.notice': text('The number on the Notice of Action', 'On the notice'),
  'cohs.title': text('Ask for a State Hearing: the sure path'),
  'cohs.meaning': text(
    '{plan} may not be a DMHC plan, so an IMR may not be open. A State Hearing is the sure path. Ask for it by {hearingDate}.',
    '{plan} may not be a DMHC plan. A State Hearing is the sure path: ask by {hearingDate}.',
  ),
  'cohs.step1': text(
    'Ask for a State Hearing by {hearingDate}. Call State Hearings at {phone.cdssStateHearings}, or ask online.',
    'State Hearing by {hearingDate}: {phone.cdssStateHearings}.',
  ),
  'cohs.step2': text(
    'An IMR may also be open. Before you file one, call DMHC at {phone.dmhcHelpCenter} to check that {plan} is a DMHC plan.',
    'IMR too? Check with DMHC first: {phone.dmhcHelpCenter}.',
  ),
  'cohs.step3.decided': text(
    'If DMHC says yes, file the IMR by {deadline}, before the hearing is held. A hearing held on this denial closes the IMR.',
    'DMHC says yes? File the IMR by {deadline}, before the hearing.',
  ),
  'cohs.step3.pending': text(
    'If DMHC says yes, file the IMR before the hearing is held. Say the plan did not answer within {t.planGrievanceDays} days.',
    'DMHC says yes? File the IMR before the hearing.',
  ),
  'cohs.step3.urgent': text(
    'It is urgent: ask for a fast (expedited) hearing. If DMHC says an IMR is open, ask for an expedited IMR too, before the hearing is held.',
    'Urgent: ask for a fast hearing, and a fast IMR if DMHC says yes.',
  ),
  'note.hearingUnsure': text(
    'Not sure if a State Hearing was asked for? If it was, call DMHC at {phone.dmhcHelpCenter} before any hearing date. A hearing held on this denial closes the IMR.',
    'Hearing asked for? Call DMHC {phone.dmhcHelpCenter} before any hearing date.',
  ),
  'note.appealUnsure': text(
    'How to tell: a letter that answers your appeal and still says no means the plan decided. Then pick "I have the plan\'s answer to the appeal". If you only have the first denial letter, you have not appealed yet.',
    'A letter answering your appeal means the plan decided: pick Have plan\'s answer.',
    'How to tell: a letter that answers the appeal and still says no means the plan decided. Then pick "The plan answered the appeal". If there is only the first denial letter, there is no appeal yet.',
  ),
  'note.urgencyUnsure': text(
    'If a doctor says waiting would be a serious threat to your health, ask for an urgent review: call the plan and {agency} at {agencyPhone}. Urgent appeals are decided in {t.planUrgentDays} days.',
    'Doctor says it is urgent? Call the plan and {agency}: {agencyPhone}.',
    'If a doctor says waiting would be a serious threat to the patient\'s health, ask for an urgent review: call the plan and {agency} at {agencyPhone}. Urgent appeals are decided in {t.planUrgentDays} days.',
  ),
  'note.dualUnsure': text(
    'Not sure which one said no? The letter that said no shows who sent it. If it was Medicare or a Medicare plan, use Medicare appeals: call {phone.medicare}.',
    'Not sure who said no? Check the letter. Medicare: {phone.medicare}.',
  ),
} as const satisfies Record<string, Text>;

export type TextKey = keyof typeof patientVoice;

/** Clinic staff asking for a patient (Teams): the same facts, about "the patient". */
export const en: Record<TextKey, Text> = withStaff<TextKey>(patientVoice, {
  'o1.meaning': 'The patient can ask for an IMR now. The plan said no in writing less than {t.imrFilingMonths} months ago.',
  'o1.step1': 'Gather the papers: the denial letters, the plan\'s written answer, and the patient\'s medical records.',
  'o1.step2': 'Ask the treating doctor for a letter that says why the care is needed.',
  'o1.step3.CDI': 'File the IMR with CDI on the form the insurer sent with its answer. No form? Call {agencyPhone}.',
  'o1.step5': 'Outside doctors review the case. The patient may send more papers while they review it.',
  'o2.step2.DMHC': 'Call DMHC now at {agencyPhone}. In urgent cases, the patient does not wait {t.planGrievanceDays} days. In rare, serious cases DMHC can skip the plan step.',
  'o3.title': 'The patient may apply for an IMR now',
  'o3.meaning': 'The plan called the treatment experimental. With a DMHC plan, the patient may apply for an IMR now. They do not need the plan appeal or the {t.planGrievanceDays}-day wait first.',
  'o3.step2': 'Gather the denial letter and the patient\'s medical records.',
  'o4.title': 'The patient may file an IMR now',
  'o4.meaning': 'The plan had {t.planGrievanceDays} days to answer the appeal and did not. The patient may file an IMR now.',
  'o4.step1': 'Gather a copy of the appeal and the date it was sent.',
  'o5.step2': 'If there is no answer by then, the patient may file an IMR with {agency}.',
  'o7.step1.DMHC': 'Call DMHC at {agencyPhone}. DMHC may accept a late IMR when something kept the patient from filing on time.',
  'o7.step1.CDI': 'Call CDI at {agencyPhone}. The Insurance Commissioner may give the patient more time.',
  'o7.step2': 'Explain what kept the patient from filing on time, like an illness.',
  'o8.emergency': 'If the bill is for emergency care, the patient most often owes only what they would pay in the plan\'s network. That is the copay or other usual share.',
  'o9.step2': 'If the patient thinks it is covered, file a grievance with the plan.',
  'o14.step3': 'You can also go on as if it is a DMHC plan now.',
  'docs.imr': 'The denial letters. The plan\'s written answer to the appeal. Medical records (the patient asks doctors outside the plan for theirs). A letter from the doctor. An Authorized Assistant form if someone helps.',
  'docs.imrMediCal': 'The denial letters. The plan\'s Notice of Appeal Resolution (NAR). Medical records (the patient asks doctors outside the plan for theirs). A letter from the doctor. An Authorized Assistant form if someone helps.',
  'timeline.afterWin': 'If the patient wins, the plan must approve the care within {t.afterWinBusinessDays} business days.',
  'note.mediCalNoDate': 'Medi-Cal: the plan\'s answer is called a Notice of Appeal Resolution (NAR). The patient can also ask for a State Hearing within {t.mediCalHearingDays} days of it: call {phone.cdssStateHearings}.',
  'note.mediMedi': 'Medicare side: the patient can also use Medicare appeals. Call {phone.medicare}.',
  'note.assumedDmhc': 'We went on as if this is a DMHC plan. If it is not, DMHC will say where to go.',
  'docs.pending': 'The denial letter. A copy of the appeal and the date it was sent. Medical records (the patient asks doctors outside the plan for theirs). A letter from the doctor.',
  'docs.pendingMediCal': 'The denial notice (Notice of Action, or Notice of Adverse Benefit Determination). A copy of the appeal and the date it was sent. Medical records. A letter from the doctor.',
  'docs.denial': 'The denial letter. Medical records (the patient asks doctors outside the plan for theirs). A letter from the doctor.',
  'o6.meaning.unsure': 'Not sure if the patient appealed? Check the letters, then appeal to the plan if not.',
  'o6.step1.unsure': 'Call the plan and ask if it has an appeal (grievance) from the patient. If not, file one now: by phone, online, or with the form in the denial letter.',
  'note.planLastDay': 'Today is the plan\'s last day to answer. If there is no answer by the end of today, the patient may file an IMR from tomorrow.',
  'o1.meaning.noDate': 'The patient can ask for an IMR, within {t.imrFilingMonths} months of the date printed on the plan\'s written answer. Find that date on the letter.',
  'o5.meaning.noDate': 'The plan has {t.planGrievanceDays} days from the day the appeal was sent to answer. If more than {t.planGrievanceDays} days have passed with no answer, the patient may file an IMR now.',
  'o5.step1.noDate': 'Find the date the appeal was sent: on the patient\'s copy, a mail receipt, or the plan\'s letter saying it got it.',
  'o2p.step1.DMHC': 'Call the plan and ask it to treat the patient\'s appeal as urgent. It must then decide within {t.planUrgentDays} days.',
});
