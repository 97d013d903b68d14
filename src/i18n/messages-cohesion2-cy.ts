/**
 * Welsh words for places and assets and the national benchmark (see messages-cohesion2-en.ts). Spread into
 * messages-cy.ts. All are our own wording, listed in `welshReviewNeeded` there until a Welsh speaker has reviewed them.
 */
import type { cohesion2MessagesEn } from './messages-cohesion2-en';

export const cohesion2MessagesCy: Record<keyof typeof cohesion2MessagesEn, string> = {
  'places.heading': 'Lleoedd ac asedau',
  'places.help': "Lleoedd heb ddyddiadau: addoldai, canolfannau cymunedol, ysgolion, hosteli, mannau fflach, sefydliadau pontio a lleoliadau. Llwythwch CSV, taenlen neu GeoJSON o bwyntiau gyda cholofn categori a hydred/lledred, dwyreiniad/gogleddiad, neu god post (wedi'i leoli unwaith y bydd tabl codau post wedi'i lwytho) o dan Llwytho data.",
  'places.item': '{label}: {count} lle',
  'places.item.one': '{label}: 1 lle',
  'places.remove': "Tynnu'r lleoedd {label}",
  'places.inAreas': "Yn {layer}: {inside} yn ei ardaloedd, {outside} y tu allan iddynt.",
  'places.imported': '{file}: {kept} wedi’u cadw, {rejected} wedi’u gwrthod.',
  'places.rejectedHeading': "Rhesi na chawsant eu cadw ({count})",
  'places.rejectedRow': '{file}, rhes {row}, {field}: {reason}.',
  'places.rejectedValue': '{file}, rhes {row}, {field}: {reason} (“{value}”).',
  'places.reject.no-position': 'dim cyfesurynnau a dim cod post',
  'places.reject.bad-coordinates': 'nid yw’n bwynt gyda chyfesurynnau rhifol',
  'places.reject.outside-uk': 'y tu allan i’r DU',
  'places.reject.bng-in-lat-lng-columns': 'metrau Grid Cenedlaethol Prydain mewn colofnau hydred/lledred',
  'places.reject.lat-lng-swapped': 'mae’n ymddangos bod lledred a hydred wedi’u cyfnewid',
  'places.reject.not-a-postcode': 'nid yw’n god post',
  'places.reject.not-in-lookup': 'nid yw’r cod post yn y tabl a lwythwyd',
  'places.reject.no-postcode-lookup': "cod post yn unig, ac nid oes tabl codau post wedi'i lwytho (llwythwch un, yna llwythwch y ffeil hon eto)",
  'places.reject.no-category': 'dim categori',
  'places.reject.unknown-category': "categori nad yw'r ap yn ei adnabod (defnyddiwch addoldy, canolfan gymunedol, ysgol, hostel, man fflach, sefydliad pontio, lleoliad neu arall)",
  'places.category.place-of-worship': 'Addoldy',
  'places.category.community-centre': 'Canolfan gymunedol',
  'places.category.school': 'Ysgol',
  'places.category.hostel': 'Hostel',
  'places.category.flashpoint': 'Man fflach',
  'places.category.bridging-organisation': 'Sefydliad pontio',
  'places.category.venue': 'Lleoliad',
  'places.category.other': 'Arall',
  'places.inArea': '{count} lle yn yr ardal hon',
  'places.inArea.one': '1 lle yn yr ardal hon',
  'places.placeLine': '{name} — {category} ({layer})',
  'places.unnamed': 'Dienw',
  'legend.places': 'Lleoedd: {name}',
  'places.evidence': "Lleoedd ({label}): {count} lle yn yr ardal a asesir: {list}.",
  'places.evidence.one': "Lleoedd ({label}): 1 lle yn yr ardal a asesir: {list}.",
  'places.evidenceNone': "Lleoedd ({label}): dim un yn yr ardal a asesir.",

  'profile.national': 'Ffigur cenedlaethol',
  'profile.nationalValue': '{value} ({coverage}, {count} ardal)',
  'profile.nationalWeighted': "{value} ({coverage}, {count} ardal, wedi'i bwysoli yn ôl poblogaeth)",
  'profile.nationalValue.one': '{value} ({coverage}, 1 ardal)',
  'profile.nationalWeighted.one': "{value} ({coverage}, 1 ardal, wedi'i bwysoli yn ôl poblogaeth)",
  'profile.unweighted': 'heb ei bwysoli',
  'profile.coverage.wales': 'Cymru',
  'profile.coverage.england': 'Lloegr',
  'profile.coverage.england-and-wales': 'Cymru a Lloegr',
  'profile.coverage.table': 'holl ardaloedd y tabl',
  'profile.nationalNote': "Ffigur cenedlaethol: y cyfartaledd dros bob ardal yn y tabl a lwythwyd, nid rhai'r haen hon yn unig (Cymru, Lloegr neu'r ddwy, yn ôl codau'r ardaloedd), wedi'i bwysoli yn ôl y tabl poblogaeth a ddewiswyd lle mae'n eu cwmpasu; fe'i dangosir lle mae'r tabl yn ymestyn y tu hwnt i'r haen hon.",

  'importError.mapping-column-missing.place-category': "Mae {file} yn edrych fel ffeil o leoedd ond nid oes ganddi golofn categori; ei phennawd yw {header}.",
  'importError.mapping-column-missing.place-category.hint': 'ychwanegwch golofn o’r enw Category (neu Type) yn dal addoldy, canolfan gymunedol, ysgol, hostel, man fflach, sefydliad pontio, lleoliad neu arall.',
  'importError.no-position-columns.places': 'Mae gan {file} golofn categori ond dim safle: ei phennawd yw {header}.',
  'importError.no-position-columns.places.hint': "ychwanegwch hydred a lledred, dwyreiniad a gogleddiad, neu golofn cod post (wedi'i leoli unwaith y bydd tabl codau post wedi'i lwytho).",
  'problemWord.expected.place-table': 'lleoedd gyda chategori a safle (tabl gyda rhes pennawd, neu bwyntiau GeoJSON)',
};

/** Every key here is our own Welsh, awaiting review by a Welsh speaker. */
export const cohesion2WelshReviewNeeded = Object.keys(cohesion2MessagesCy) as (keyof typeof cohesion2MessagesEn)[];
