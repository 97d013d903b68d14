/**
 * Welsh words for the second part of issue 17, see messages-cia2-en.ts. Spread into messages-cy.ts; all are
 * our own wording, listed in `cia2WelshReviewNeeded` for a Welsh speaker to check.
 */
import type { cia2MessagesEn } from './messages-cia2-en';

export const cia2MessagesCy: Record<keyof typeof cia2MessagesEn, string> = {
  'cia.changed.citations': "adroddiadau a digwyddiadau a ddyfynnwyd",
  'cia.changed.share-summary': "crynodeb i bartneriaid",
  'cia2.outlinesShown': "Amlinellu asesiadau agored ar y map",
  'cia2.start.geography': "Daearyddiaeth",
  'cia2.geography.areas': "Ardaloedd a ddewiswyd o'r rhestr (neu'r ardal a ddewiswyd ar y map)",
  'cia2.geography.drawn': "Siâp wedi'i dynnu ar y map",
  'cia2.geography.district': "Yr ardal gyfan",
  'cia2.start.needsShape': "Tynnwch y siâp ar y map a'i orffen yn gyntaf.",
  'cia2.start.needsRecord': "Dewiswch yr adroddiad neu'r digwyddiad y caiff ei agor ohono.",
  'cia2.draw.start': "Tynnu ar y map",
  'cia2.draw.again': "Tynnu eto",
  'cia2.draw.status': "Cliciwch y map i ychwanegu corneli. Corneli hyd yma: {count}.",
  'cia2.draw.coversNothing': "Nid yw'r siâp yn cwmpasu unrhyw ardal o'r haen hon: ychwanegwch neu symudwch gorneli dros yr ardaloedd.",
  'cia2.draw.finish': "Gorffen y siâp",
  'cia2.draw.undo': "Dadwneud y gornel olaf",
  'cia2.draw.cancel': "Rhoi'r gorau i dynnu",
  'cia2.draw.keyboard': "Mae angen pwyntydd i dynnu; o'r bysellfwrdd, dewiswch yr ardaloedd o'r rhestr yn lle hynny.",
  'cia2.draw.covers': "Mae'r siâp yn cwmpasu {count} ardal: {areas}",
  'cia2.draw.covers.one': "Mae'r siâp yn cwmpasu 1 ardal: {areas}",
  'cia2.footprint.drawn': "Daearyddiaeth: siâp wedi'i dynnu ar {layer}, yn cwmpasu {areas}",
  'cia2.from.report': "Yr adroddiad tensiwn",
  'cia2.from.event': "Y digwyddiad wedi'i gynllunio",
  'cia2.from.choose': "Dewiswch…",
  'cia2.from.noReports': "Nid oes adroddiadau tensiwn wedi'u cofnodi eto (Tensiwn → Adroddiadau tensiwn).",
  'cia2.from.noEvents': "Nid oes digwyddiadau wedi'u cynllunio wedi'u cofnodi eto (Tensiwn → Digwyddiadau wedi'u cynllunio).",
  'cia2.section.citations': "Adroddiadau a digwyddiadau a ddyfynnwyd",
  'cia2.citation.none': "Dim wedi'u dyfynnu eto.",
  'cia2.citation.report': "Adroddiad: {label}",
  'cia2.citation.event': "Digwyddiad: {label}",
  'cia2.citation.missing': "nid yw yn y gweithle hwn mwyach",
  'cia2.citation.open': "Agor",
  'cia2.citation.hide': "Cau",
  'cia2.citation.remove': "Peidio â dyfynnu {label}",
  'cia2.report.line': "{place}, {date} — {types}; {status}, ffynhonnell {reliability}",
  'cia2.citable.heading': "Yn y ddaearyddiaeth hon a heb eu dyfynnu eto:",
  'cia2.citable.report': "Adroddiad, {date}, {place}: {label}",
  'cia2.citable.event': "Digwyddiad, {date}, {place}: {label}",
  'cia2.cite': "Dyfynnu",
  'cia2.section.share': "Crynodeb i bartneriaid",
  'cia2.share.help': "Yr hyn y caiff partneriaid ei weld, wedi'i ysgrifennu i'w rannu: nid oes dim o'r adrannau uchod yn gadael y cyfrifiadur hwn. Dim ond pan fyddwch yn ei gynnwys y bydd pecyn rhannu yn cario'r crynodeb hwn.",
  'cia2.share.label': "Crynodeb y caiff partneriaid ei weld",
  'cia2.share.save': "Cadw'r crynodeb",
  'cia2.share.saved': "Wedi'i gadw.",
  'cia2.timeline.item': "{title} ({level})",
  'cia2.timeline.openNow': "Asesiadau agored ({count}): {list}",
  'cia2.timeline.openThen': "Asesiadau a oedd ar agor bryd hynny ({count}): {list}",
  'cia2.present.show': "Dangos teitlau asesiadau",
  'cia2.present.warning': "Gall teitlau asesiadau fod yn sensitif: dangoswch nhw dim ond i'r rhai sy'n cael eu gweld.",
};

/** Every key above is our own wording, for a Welsh speaker to check. */
export const cia2WelshReviewNeeded = Object.keys(cia2MessagesCy) as (keyof typeof cia2MessagesEn)[];
