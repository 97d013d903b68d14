/**
 * Welsh words for the cohesion evidence (see messages-cohesion-en.ts). Spread into messages-cy.ts. All are
 * our own wording, listed in `welshReviewNeeded` there until a Welsh speaker has reviewed them.
 */
import type { cohesionMessagesEn } from './messages-cohesion-en';

export const cohesionMessagesCy: Record<keyof typeof cohesionMessagesEn, string> = {
  'cohesion.caveat': "Mae hyn yn disgrifio lleoedd, nid pobl.",
  'cohesion.guideSummary': "Ein crynodeb ni o'r cyfeiriad a rydd y canllaw (Mapio Cymunedau a Monitro Tensiynau, Rhan 2, Cam 3) yw testun pob ffactor, nid geiriau'r canllaw ei hun, nad oedd modd eu gwirio.",
  'cohesion.chooseDirection': 'Dewiswch…',
  'cohesion.needsDirection': "Nid yw yn y mynegai nes i chi ddweud i ba gyfeiriad y mae'n rhedeg.",
  'cohesion.notInCatalogue': "Nid yw'n un o ddangosyddion procsi'r canllaw: dywedwch i ba gyfeiriad y mae'n rhedeg.",
  'cohesion.aboutFactor': 'Ffactor: {factor}',
  'cohesion.guideProxy': 'Dangosydd procsi’r canllaw: “{wording}”',
  'cohesion.measure.rank': "Safleoedd: 1 = y mwyaf difreintiedig, felly mae rhif uwch yn golygu llai o amddifadedd.",
  'cohesion.measure.score': "Sgorau: mae rhif uwch yn golygu mwy o amddifadedd.",
  'cohesion.factorsHeading': "Beth mae'r ffactorau hyn yn ei olygu",
  'cohesion.sourceColumn': 'Ffynhonnell',
  'cohesion.waitingDirection': 'Yn aros am gyfeiriad: {list}',

  'cohesion.source.heading': "Digwyddiadau a thensiynau yn y mynegai",
  'cohesion.source.measure': 'Mesur',
  'cohesion.source.category': 'Categori',
  'cohesion.source.allCategories': 'pob categori',
  'cohesion.source.rate': '{label}: {category} i bob 1,000 o drigolion (pob dyddiad)',
  'cohesion.source.count': '{label}: {category}, nifer (pob dyddiad)',
  'cohesion.source.tension': "Hanes tensiynau: asesiadau ar lefel Asesiad o'r Effaith ar y Gymuned",
  'cohesion.source.add': "Ychwanegu at y mynegai",
  'cohesion.source.removeShort': 'Tynnu',
  'cohesion.source.remove': 'Tynnu {name}',

  'cohesion.ownProxy.remember': "Cofio'r cyfeiriad hwn fel fy nangosydd procsi",
  'cohesion.ownProxy.positive': 'Eich dangosydd procsi eich hun: mae gwerth uwch yn golygu mwy o gydlyniant.',
  'cohesion.ownProxy.negative': 'Eich dangosydd procsi eich hun: mae gwerth uwch yn golygu llai o gydlyniant.',
  'cohesion.ownProxy.forget': 'Anghofio',
  'cohesion.ownProxy.export': 'Allforio fy nangosyddion procsi ({count})',

  'cohesion.peers': 'Ardaloedd â phroffil tebyg ({count}): {list}. Eu sgôr cyfartalog yw {average}; sgôr yr ardal hon yw {score}.',
  'cohesion.peersMethod': 'Tebyg = agosaf ar ddangosyddion y mynegai (wedi’u safoni, pellter dros bob dangosydd sydd gan yr ardal hon).',

  'cohesion.byType': 'Sgôr y mynegai yn ôl math o ardal',
  'cohesion.byType.category': 'Math o ardal',
  'cohesion.byType.areas': 'Ardaloedd a sgoriwyd',
  'cohesion.byType.mean': 'Sgôr cyfartalog',

  'cohesion.byType.count': '{scored} o {total}',
  'cohesion.weightedAverage': 'Cyfartaleddau’r ardal wedi’u pwysoli yn ôl poblogaeth ({source})',
  'tableSource.wimd': 'Mynegai Amddifadedd Lluosog Cymru {edition}',
  'tableSource.imd': 'Mynegeion Amddifadedd Lloegr {edition}',
  'tableSource.census': 'Cyfrifiad {edition} {topic}',
  'tableSource.file': '{label}',
  'tableSource.fileEdition': '{label}, {edition}',
  'tableSource.rank': '{source}, safleoedd',
  'tableSource.score': '{source}, sgorau',
  'tableSource.indicator': '{indicator} ({source})',

  'cohesionFactor.age': 'Oedran',
  'cohesionFactor.ethnicity': 'Ethnigrwydd',
  'cohesionFactor.migration': 'Mudo a throsiant poblogaeth',
  'cohesionFactor.deprivation': 'Anfantais economaidd (amddifadedd)',
  'cohesionFactor.crime': 'Troseddu',
  'cohesionFactor.education': 'Addysg a chymwysterau',
  'cohesionFactor.occupation': 'Galwedigaeth a chyflogaeth',
  'cohesionFactor.disability': 'Anabledd ac iechyd hirdymor',
  'cohesionFactor.age.association': "Mae'r canllaw yn rhestru oedran fel ffactor sydd â chysylltiad cadarnhaol â chydlyniant: mae ardaloedd â mwy o drigolion hŷn yn tueddu i ddangos mwy o gydlyniant.",
  'cohesionFactor.ethnicity.association': "Mae'r canllaw yn rhestru ethnigrwydd fel ffactor sydd â chysylltiad cadarnhaol â chydlyniant: mae ardaloedd lle mae ei ddangosyddion procsi (fel cyfran y trigolion a anwyd y tu allan i'r DU) yn uwch yn tueddu i ddangos mwy o gydlyniant.",
  'cohesionFactor.migration.association': "Mae'r canllaw yn rhestru mudo fel ffactor sydd â chysylltiad negyddol â chydlyniant: mae ardaloedd â mwy o bobl sydd newydd gyrraedd yn tueddu i ddangos llai o gydlyniant.",
  'cohesionFactor.deprivation.association': "Mae'r canllaw yn rhestru amddifadedd fel ffactor sydd â chysylltiad negyddol â chydlyniant: mae ardaloedd mwy difreintiedig yn tueddu i ddangos llai o gydlyniant.",
  'cohesionFactor.crime.association': "Mae'r canllaw yn rhestru troseddu fel ffactor sydd â chysylltiad negyddol â chydlyniant: mae ardaloedd â mwy o droseddau a gofnodwyd yn tueddu i ddangos llai o gydlyniant.",
  'cohesionFactor.education.association': "Mae'r canllaw yn rhestru addysg fel ffactor sydd â chysylltiad cadarnhaol â chydlyniant: mae ardaloedd lle mae gan fwy o drigolion gymwysterau yn tueddu i ddangos mwy o gydlyniant.",
  'cohesionFactor.occupation.association': "Mae'r canllaw yn rhestru galwedigaeth fel ffactor sydd â chysylltiad cadarnhaol â chydlyniant: mae ardaloedd lle mae mwy o drigolion yn gweithio mewn swyddi rheoli a phroffesiynol yn tueddu i ddangos mwy o gydlyniant.",
  'cohesionFactor.disability.association': "Mae'r canllaw yn rhestru anabledd fel ffactor sydd â chysylltiad negyddol â chydlyniant: mae ardaloedd â mwy o drigolion sydd â hawl i fudd-daliadau anabledd yn tueddu i ddangos llai o gydlyniant.",
  'cohesionFactor.ethnicity.laterEvidence': "Mae astudiaethau diweddarach yn y DU (er enghraifft Laurence 2011; Sturgis ac eraill 2011 a 2014) yn nodi cysylltiadau negyddol bach rhwng amrywiaeth ethnig a rhai mesurau o ymddiriedaeth yn y gymdogaeth ar ôl ystyried amddifadedd, gan ganfod bod amddifadedd yn bwysicach. Dewiswch y cyfeiriad yn ofalus a nodwch pa un a ddefnyddiwyd gennych.",
};
