import type { Relation } from '../bundle/types.js';

/**
 * The OSCE's map of itself, as the osce.org site menu draws it (the seed page's menu, in menu
 * order), enriched with facts users look up. `buildTaxonomyEntries` turns this tree into flat
 * TaxonomyEntry records; the kind of an entry is the prefix of its id.
 *
 * Rules for editing:
 * - Ids are stable: never rename one, a bundle's releases point at them.
 * - Facts only. Every alias, fact and relation carries a `// source:` comment. "seed menu" is
 *   /work/shared/seeds/000_b7fadee1655420b1.txt (also data/pages/); "menu variant" is the same
 *   menu as other osce.org pages print it.
 * - Menu lines that are not entries: "All" under Countries (a link to the whole Countries
 *   section, which is already its own entry) and the second "Fields of work" heading printed
 *   between "Meetings and conferences" and "Countries" (the dump repeats the heading of the
 *   collapsed mobile menu; it names no new thing).
 * Reverse relations ('hosts-field-operation', 'chaired'), 'partner-group' and default
 * descriptions are derived by the builder, so they are written once, here.
 */
export interface SourceEntry {
  id: string;
  name: string;
  aliases?: string[];
  description?: string;
  facts?: Record<string, string>;
  relations?: Relation[];
  children?: SourceEntry[];
}

/** One year of the Chairpersonship. */
export interface ChairpersonshipYear {
  year: number;
  /** Taxonomy id of the State holding it. */
  state: string;
}

/**
 * Who held the Chairpersonship (formerly "Chairmanship"), from 1993 on.
 * source: the Chairpersonship's page on osce.org (previous Chairpersonships) and the seed menu
 * ("Finland – OSCE Chairpersonship 2025"); 2024–2026 also as issue 2 §3 states them.
 */
export const CHAIRPERSONSHIPS: readonly ChairpersonshipYear[] = [
  { year: 1993, state: 'state:sweden' },
  { year: 1994, state: 'state:italy' },
  { year: 1995, state: 'state:hungary' },
  { year: 1996, state: 'state:switzerland' },
  { year: 1997, state: 'state:denmark' },
  { year: 1998, state: 'state:poland' },
  { year: 1999, state: 'state:norway' },
  { year: 2000, state: 'state:austria' },
  { year: 2001, state: 'state:romania' },
  { year: 2002, state: 'state:portugal' },
  { year: 2003, state: 'state:netherlands' },
  { year: 2004, state: 'state:bulgaria' },
  { year: 2005, state: 'state:slovenia' },
  { year: 2006, state: 'state:belgium' },
  { year: 2007, state: 'state:spain' },
  { year: 2008, state: 'state:finland' },
  { year: 2009, state: 'state:greece' },
  { year: 2010, state: 'state:kazakhstan' },
  { year: 2011, state: 'state:lithuania' },
  { year: 2012, state: 'state:ireland' },
  { year: 2013, state: 'state:ukraine' },
  { year: 2014, state: 'state:switzerland' },
  { year: 2015, state: 'state:serbia' },
  { year: 2016, state: 'state:germany' },
  { year: 2017, state: 'state:austria' },
  { year: 2018, state: 'state:italy' },
  { year: 2019, state: 'state:slovakia' },
  { year: 2020, state: 'state:albania' },
  { year: 2021, state: 'state:sweden' },
  { year: 2022, state: 'state:poland' },
  { year: 2023, state: 'state:north-macedonia' },
  { year: 2024, state: 'state:malta' },
  { year: 2025, state: 'state:finland' },
  { year: 2026, state: 'state:switzerland' },
];

function hostedIn(target: string): Relation[] {
  return [{ type: 'field-operation-in', target }];
}

const fieldsOfWork: SourceEntry[] = [
  // source: seed menu, "Fields of work"
  { id: 'field:arms-control', name: 'Arms control' },
  { id: 'field:border-management', name: 'Border management' },
  { id: 'field:combating-trafficking-in-human-beings', name: 'Combating trafficking in human beings' },
  { id: 'field:conflict-prevention-and-resolution', name: 'Conflict prevention and resolution' },
  { id: 'field:countering-terrorism', name: 'Countering terrorism' },
  { id: 'field:cyber-ict-security', name: 'Cyber/ICT Security' },
  // source: alias is the British spelling of the same word
  { id: 'field:democratization', name: 'Democratization', aliases: ['Democratisation'] },
  { id: 'field:economic-activities', name: 'Economic activities' },
  { id: 'field:education', name: 'Education' },
  { id: 'field:elections', name: 'Elections' },
  { id: 'field:environmental-activities', name: 'Environmental activities' },
  { id: 'field:gender-equality', name: 'Gender equality' },
  { id: 'field:good-governance', name: 'Good governance' },
  { id: 'field:human-rights', name: 'Human rights' },
  {
    id: 'field:media-freedom-and-development',
    name: 'Media freedom and development',
    // source: issue 10 §8: topics the Representative on Freedom of the Media's listings give as
    // "What we do:" values, under this field of work; only the two the issue names as facts
    children: [
      {
        id: 'field:safety-of-journalists',
        name: 'Safety of journalists',
        description: 'Topic of the OSCE Representative on Freedom of the Media, under Media freedom and development',
      },
      {
        id: 'field:media-laws',
        name: 'Media laws',
        description: 'Topic of the OSCE Representative on Freedom of the Media, under Media freedom and development',
      },
    ],
  },
  { id: 'field:migration', name: 'Migration' },
  { id: 'field:national-minority-issues', name: 'National minority issues' },
  { id: 'field:policing', name: 'Policing' },
  {
    id: 'field:reform-and-co-operation-in-the-security-sector',
    name: 'Reform and co-operation in the security sector',
  },
  { id: 'field:roma-and-sinti', name: 'Roma and Sinti' },
  { id: 'field:rule-of-law', name: 'Rule of law' },
  { id: 'field:tolerance-and-non-discrimination', name: 'Tolerance and non-discrimination' },
  { id: 'field:youth', name: 'Youth' },
  // source: seed menu; the link leads to the field operations of "Structures and institutions"
  {
    id: 'page:fields-field-operations',
    name: 'Field operations',
    relations: [{ type: 'related', target: 'group:field-operations' }],
  },
  { id: 'page:projects', name: 'Projects' },
];

const meetingsAndConferences: SourceEntry[] = [
  // source: seed menu, "Meetings and conferences"
  { id: 'meeting:summit-meetings', name: 'Summit meetings' },
  { id: 'meeting:review-conferences', name: 'Review Conferences' },
  { id: 'meeting:ministerial-council-meetings', name: 'Ministerial Council meetings' },
  {
    id: 'meeting:plenary-meetings-of-the-permanent-council',
    name: 'Plenary meetings of the Permanent Council',
  },
  {
    id: 'meeting:plenary-meetings-of-the-forum-for-security-co-operation',
    name: 'Plenary Meetings of the Forum for Security Co-operation',
  },
  { id: 'meeting:security-review-conferences', name: 'Security Review Conferences' },
  {
    id: 'meeting:annual-implementation-assessment-meetings',
    name: 'Annual Implementation Assessment Meetings',
  },
  { id: 'meeting:economic-and-environmental-forum', name: 'Economic and Environmental Forum' },
  {
    id: 'meeting:economic-and-environmental-dimension-implementation-meetings',
    name: 'Economic and Environmental Dimension Implementation Meetings',
  },
  { id: 'meeting:human-rights-meetings', name: 'Human rights meetings' },
  { id: 'meeting:media-conferences', name: 'Media conferences' },
  { id: 'meeting:cyber-ict-security-conferences', name: 'Cyber/ICT security conferences' },
  {
    id: 'meeting:conference-of-the-alliance-against-trafficking-in-persons',
    name: 'Conference of the Alliance against Trafficking in Persons',
  },
  {
    id: 'meeting:gender-equality-conferences',
    name: 'Gender equality conferences',
    // source: menu variant (osce.org/parliamentary-assembly/315346 prints this name in its place)
    aliases: ['Gender Equality Review Conferences'],
  },
  { id: 'meeting:annual-osce-mediterranean-conferences', name: 'Annual OSCE Mediterranean conferences' },
  { id: 'meeting:annual-osce-asian-conferences', name: 'Annual OSCE Asian conferences' },
  { id: 'page:partnerships', name: 'Partnerships' },
];

/** The 57 participating States, in menu order. source: seed menu, "Participating States". */
const participatingStates: SourceEntry[] = [
  { id: 'state:albania', name: 'Albania' },
  { id: 'state:andorra', name: 'Andorra' },
  { id: 'state:armenia', name: 'Armenia' },
  { id: 'state:austria', name: 'Austria' },
  { id: 'state:azerbaijan', name: 'Azerbaijan' },
  { id: 'state:belgium', name: 'Belgium' },
  { id: 'state:belarus', name: 'Belarus' },
  // source: "BiH" is the abbreviation the Mission to Bosnia and Herzegovina's pages use
  { id: 'state:bosnia-and-herzegovina', name: 'Bosnia and Herzegovina', aliases: ['BiH'] },
  { id: 'state:bulgaria', name: 'Bulgaria' },
  { id: 'state:canada', name: 'Canada' },
  { id: 'state:croatia', name: 'Croatia' },
  { id: 'state:cyprus', name: 'Cyprus' },
  // source: menu variant (osce.org/parliamentary-assembly/315346 lists "Czech Republic")
  { id: 'state:czechia', name: 'Czechia', aliases: ['Czech Republic'] },
  { id: 'state:denmark', name: 'Denmark' },
  { id: 'state:estonia', name: 'Estonia' },
  // source: seed menu prints "Finland – OSCE Chairpersonship 2025"; the suffix is the
  // Chairpersonship (see CHAIRPERSONSHIPS), not part of the name
  { id: 'state:finland', name: 'Finland' },
  { id: 'state:france', name: 'France' },
  { id: 'state:georgia', name: 'Georgia' },
  { id: 'state:germany', name: 'Germany' },
  { id: 'state:greece', name: 'Greece' },
  { id: 'state:holy-see', name: 'Holy See' },
  { id: 'state:hungary', name: 'Hungary' },
  { id: 'state:iceland', name: 'Iceland' },
  { id: 'state:ireland', name: 'Ireland' },
  { id: 'state:italy', name: 'Italy' },
  { id: 'state:kazakhstan', name: 'Kazakhstan' },
  // source: official short form used in OSCE documents ("the Kyrgyz Republic")
  { id: 'state:kyrgyzstan', name: 'Kyrgyzstan', aliases: ['Kyrgyz Republic'] },
  { id: 'state:latvia', name: 'Latvia' },
  { id: 'state:liechtenstein', name: 'Liechtenstein' },
  { id: 'state:lithuania', name: 'Lithuania' },
  { id: 'state:luxembourg', name: 'Luxembourg' },
  { id: 'state:malta', name: 'Malta' },
  // source: the State's official name, used in OSCE documents and Mission to Moldova pages
  { id: 'state:moldova', name: 'Moldova', aliases: ['Republic of Moldova'] },
  { id: 'state:monaco', name: 'Monaco' },
  { id: 'state:mongolia', name: 'Mongolia' },
  { id: 'state:montenegro', name: 'Montenegro' },
  // source: seed menu prints "The Netherlands"; pages write "the Netherlands"
  { id: 'state:netherlands', name: 'The Netherlands', aliases: ['Netherlands'] },
  {
    id: 'state:north-macedonia',
    name: 'North Macedonia',
    // source: the name OSCE pages used before the 2019 renaming (Prespa agreement), and its
    // abbreviation, on the Mission to Skopje's pages of that period
    aliases: [
      // source: the State's constitutional name since February 2019
      'Republic of North Macedonia',
      'former Yugoslav Republic of Macedonia',
      'the former Yugoslav Republic of Macedonia',
      'fYROM',
      'FYROM',
    ],
  },
  { id: 'state:norway', name: 'Norway' },
  { id: 'state:poland', name: 'Poland' },
  { id: 'state:portugal', name: 'Portugal' },
  { id: 'state:romania', name: 'Romania' },
  // source: common short name, used in OSCE statements and press releases
  { id: 'state:russian-federation', name: 'Russian Federation', aliases: ['Russia'] },
  { id: 'state:san-marino', name: 'San Marino' },
  { id: 'state:serbia', name: 'Serbia' },
  // source: official long-form name, used in OSCE documents
  { id: 'state:slovakia', name: 'Slovakia', aliases: ['Slovak Republic'] },
  { id: 'state:slovenia', name: 'Slovenia' },
  { id: 'state:spain', name: 'Spain' },
  { id: 'state:sweden', name: 'Sweden' },
  { id: 'state:switzerland', name: 'Switzerland' },
  { id: 'state:tajikistan', name: 'Tajikistan' },
  // source: the State's English name in OSCE pages before 2022, when it became "Türkiye"
  { id: 'state:turkiye', name: 'Türkiye', aliases: ['Turkey'] },
  { id: 'state:turkmenistan', name: 'Turkmenistan' },
  { id: 'state:ukraine', name: 'Ukraine' },
  // source: common short name and abbreviation in OSCE statements ("UK", "United Kingdom")
  { id: 'state:united-kingdom', name: 'United Kingdom', aliases: ['UK'] },
  // source: common short names in OSCE statements ("the United States", "USA")
  { id: 'state:united-states-of-america', name: 'United States of America', aliases: ['United States', 'USA'] },
  { id: 'state:uzbekistan', name: 'Uzbekistan' },
];

const asianPartners: SourceEntry[] = [
  // source: the partners' page on osce.org and issue 2 §3; group name: seed menu
  { id: 'partner:afghanistan', name: 'Afghanistan' },
  { id: 'partner:australia', name: 'Australia' },
  { id: 'partner:japan', name: 'Japan' },
  { id: 'partner:republic-of-korea', name: 'Republic of Korea' },
  { id: 'partner:thailand', name: 'Thailand' },
];

const mediterraneanPartners: SourceEntry[] = [
  // source: the partners' page on osce.org and issue 2 §3; group name: seed menu
  { id: 'partner:algeria', name: 'Algeria' },
  { id: 'partner:egypt', name: 'Egypt' },
  { id: 'partner:israel', name: 'Israel' },
  { id: 'partner:jordan', name: 'Jordan' },
  { id: 'partner:morocco', name: 'Morocco' },
  { id: 'partner:tunisia', name: 'Tunisia' },
];

const secretariatUnits: SourceEntry[] = [
  // source: seed menu, "Secretariat"; abbreviations: the units' own osce.org pages
  // source: the Documentation Centre's seat is in its name
  {
    id: 'secretariat-unit:secretary-general',
    name: 'Secretary General',
    aliases: ['OSCE Secretary General'],
    // source: the Secretary General's page on osce.org ("Chief Administrative Officer")
    description: 'The chief administrative officer of the OSCE, head of the Secretariat',
  },
  { id: 'secretariat-unit:office-of-the-secretary-general', name: 'Office of the Secretary General' },
  { id: 'secretariat-unit:conflict-prevention-centre', name: 'Conflict Prevention Centre', aliases: ['CPC'] },
  {
    id: 'secretariat-unit:transnational-threats-department',
    name: 'Transnational Threats Department',
    aliases: ['TNTD'],
  },
  {
    id: 'secretariat-unit:office-of-the-special-representative-and-co-ordinator-for-combating-trafficking-in-human-beings',
    name: 'Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings',
    // source: the seed press release calls it "the Office of the Special Representative for
    // Combating Trafficking in Human Beings"; OSR/CTHB is its abbreviation on the Office's pages
    aliases: [
      'Office of the Special Representative for Combating Trafficking in Human Beings',
      'Special Representative and Co-ordinator for Combating Trafficking in Human Beings',
      'OSR/CTHB',
    ],
  },
  {
    id: 'secretariat-unit:office-of-the-co-ordinator-of-osce-economic-and-environmental-activities',
    name: 'Office of the Co-ordinator of OSCE Economic and Environmental Activities',
    aliases: ['OCEEA'],
  },
  { id: 'secretariat-unit:gender-issues-programme', name: 'Gender Issues Programme' },
  { id: 'secretariat-unit:opportunities-for-youth', name: 'Opportunities for Youth' },
  { id: 'secretariat-unit:department-of-human-resources', name: 'Department of Human Resources' },
  { id: 'secretariat-unit:department-of-management-and-finance', name: 'Department of Management and Finance' },
  { id: 'secretariat-unit:office-of-internal-oversight', name: 'Office of Internal Oversight' },
  // source: seed menu; seat in its name
  {
    id: 'secretariat-unit:documentation-centre-in-prague',
    name: 'Documentation Centre in Prague',
    facts: { seat: 'Prague' },
  },
];

const institutions: SourceEntry[] = [
  {
    // source: ODIHR's page on osce.org and issue 2 §3 (seat Warsaw; set up by the 1990 Charter of Paris as the Office for
    // Free Elections, renamed in 1992)
    id: 'institution:odihr',
    name: 'Office for Democratic Institutions and Human Rights',
    aliases: ['ODIHR', 'OSCE/ODIHR'],
    description: 'OSCE institution for elections, democracy and human rights',
    facts: { seat: 'Warsaw', established: '1990' },
  },
  {
    // source: the HCNM's page on osce.org and issue 2 §3 (seat The Hague; established at the 1992 Helsinki Summit)
    id: 'institution:hcnm',
    name: 'High Commissioner on National Minorities',
    aliases: ['HCNM'],
    description: 'OSCE institution for conflict prevention in situations involving national minorities',
    facts: { seat: 'The Hague', established: '1992' },
  },
  {
    // source: the RFoM's page on osce.org and issue 2 §3 (seat Vienna; established in 1997)
    id: 'institution:rfom',
    name: 'Representative on Freedom of the Media',
    aliases: ['RFoM'],
    description: 'OSCE institution that observes media developments in the participating States',
    facts: { seat: 'Vienna', established: '1997' },
  },
];

const openFieldOperations: SourceEntry[] = [
  // source: seed menu, "Field operations" (all 'open': the menu lists them apart from "Closed
  // field activities"); host, seat and year established: each operation's page on osce.org
  // ("History and mandate"), unless said otherwise
  {
    id: 'field-operation:presence-in-albania',
    name: 'Presence in Albania',
    facts: { seat: 'Tirana', established: '1997' },
    relations: hostedIn('state:albania'),
  },
  {
    id: 'field-operation:centre-in-ashgabat',
    name: 'Centre in Ashgabat',
    // source: established by the Permanent Council on 23 July 1998 (PC.DEC/244), working from January 1999
    facts: { seat: 'Ashgabat', established: '1998' },
    relations: hostedIn('state:turkmenistan'),
  },
  {
    id: 'field-operation:programme-office-in-astana',
    name: 'Programme Office in Astana',
    // source: osce.org/programme-office-in-astana/106449 ("Programme Office in Nur-Sultan" until
    // 23 September 2022); "Centre in Astana" is its name before it became a Programme Office;
    // established in 1998 as the Centre in Almaty (PC.DEC/243, 23 July 1998)
    aliases: ['Programme Office in Nur-Sultan', 'Centre in Astana'],
    facts: {
      seat: 'Astana',
      established: '1998',
      history: 'Programme Office in Nur-Sultan until 23 September 2022, when the capital took back the name Astana',
    },
    relations: hostedIn('state:kazakhstan'),
  },
  {
    id: 'field-operation:programme-office-in-bishkek',
    name: 'Programme Office in Bishkek',
    // source: bishkek.osce.org/node/660455 (Centre in Bishkek established 23 July 1998,
    // transformed into the Programme Office effective 1 May 2017)
    aliases: ['Centre in Bishkek'],
    facts: { seat: 'Bishkek', established: '1998', history: 'OSCE Centre in Bishkek until 1 May 2017' },
    relations: hostedIn('state:kyrgyzstan'),
  },
  {
    id: 'field-operation:mission-to-bosnia-and-herzegovina',
    name: 'Mission to Bosnia and Herzegovina',
    // source: "the OSCE Mission to BiH" in its news of 30 July 2024 on osce.org
    aliases: ['Mission to BiH'],
    facts: { seat: 'Sarajevo', established: '1995' },
    relations: hostedIn('state:bosnia-and-herzegovina'),
  },
  {
    id: 'field-operation:programme-office-in-dushanbe',
    name: 'Programme Office in Dushanbe',
    // source: Mission to Tajikistan established June 1994; the Office in Tajikistan became the
    // Programme Office in Dushanbe on 1 July 2017 (Permanent Council decision of 1 June 2017)
    aliases: ['Office in Tajikistan', 'Mission to Tajikistan'],
    facts: { seat: 'Dushanbe', established: '1994', history: 'OSCE Office in Tajikistan until 1 July 2017' },
    relations: hostedIn('state:tajikistan'),
  },
  {
    id: 'field-operation:mission-in-kosovo',
    name: 'Mission in Kosovo',
    // source: the Mission's page on osce.org ("OSCE Mission in Kosovo (OMiK)", headquarters in Pristina, 1999)
    aliases: ['OMiK'],
    facts: { seat: 'Pristina', established: '1999' },
    relations: hostedIn('place:kosovo'),
  },
  {
    id: 'field-operation:mission-to-moldova',
    name: 'Mission to Moldova',
    facts: { seat: 'Chisinau', established: '1993' },
    relations: hostedIn('state:moldova'),
  },
  {
    id: 'field-operation:mission-to-montenegro',
    name: 'Mission to Montenegro',
    facts: { seat: 'Podgorica', established: '2006' },
    relations: hostedIn('state:montenegro'),
  },
  {
    id: 'field-operation:mission-to-serbia',
    name: 'Mission to Serbia',
    // source: the Mission's page on osce.org (established in 2001 as the Mission to the Federal Republic of Yugoslavia)
    facts: { seat: 'Belgrade', established: '2001' },
    relations: hostedIn('state:serbia'),
  },
  {
    id: 'field-operation:mission-to-skopje',
    name: 'Mission to Skopje',
    // source: the Mission's page on osce.org (deployed 1992 as the "Spillover Monitor Mission to Skopje")
    aliases: ['Spillover Monitor Mission to Skopje'],
    facts: { seat: 'Skopje', established: '1992' },
    relations: hostedIn('state:north-macedonia'),
  },
  {
    id: 'field-operation:project-co-ordinator-in-uzbekistan',
    name: 'Project Co-ordinator in Uzbekistan',
    // source: "PCUz" in its news of 29 July 2024 on osce.org; established 2006 (PC decision)
    aliases: ['PCUz'],
    facts: { seat: 'Tashkent', established: '2006' },
    relations: hostedIn('state:uzbekistan'),
  },
];

const closedFieldActivities: SourceEntry[] = [
  {
    // source: osce.org newsroom labels "OSCE Special Monitoring Mission to Ukraine (closed)" and
    // "(SMM)"; deployed March 2014, mandate ended 31 March 2022
    id: 'field-operation:special-monitoring-mission-to-ukraine',
    name: 'Special Monitoring Mission to Ukraine',
    aliases: ['SMM'],
    facts: { years: '2014–2022' },
    relations: hostedIn('state:ukraine'),
  },
  {
    // source: OSCE announcement of 31 August 2017 (reported by Armenpress): the field presence in
    // Armenia opened in 2000 and the Office in Yerevan closed on 31 August 2017
    id: 'field-operation:office-in-yerevan',
    name: 'Office in Yerevan',
    facts: { years: '2000–2017' },
    relations: hostedIn('state:armenia'),
  },
  {
    // source: osce.org newsroom label "OSCE Project Co-ordinator in Baku (closed)"; the Office in
    // Baku began work on 17 July 2000 and became the Project Co-ordinator on 1 January 2014
    id: 'field-operation:project-co-ordinator-in-baku',
    name: 'Project Co-ordinator in Baku',
    aliases: ['Office in Baku'],
    facts: { history: 'OSCE Office in Baku from 17 July 2000; Project Co-ordinator from 1 January 2014' },
    relations: hostedIn('state:azerbaijan'),
  },
  {
    // source: the closed field activities on osce.org (1992–2009; closed when its mandate was not extended;
    // the 2009 closure also in armenian.usc.edu's report on the Yerevan closure)
    id: 'field-operation:mission-to-georgia',
    name: 'Mission to Georgia',
    facts: { years: '1992–2009' },
    relations: hostedIn('state:georgia'),
  },
  {
    // source: the closed field activities on osce.org; closed in 2011 when Belarus did not extend its
    // mandate (also in armenian.usc.edu's report on the Yerevan closure)
    id: 'field-operation:office-in-minsk',
    name: 'Office in Minsk',
    facts: { ended: '2011' },
    relations: hostedIn('state:belarus'),
  },
  {
    // source: osce.org/node/660489 "OSCE Mission to Croatia / OSCE Office in Zagreb (closed)":
    // the Mission from July 1996 to December 2007, the Office from 1 January 2008 to 17 January 2012
    id: 'field-operation:mission-to-croatia',
    name: 'Mission to Croatia / Office in Zagreb',
    aliases: ['Mission to Croatia', 'Office in Zagreb'],
    facts: { years: '1996–2012', history: 'Mission to Croatia 1996–2007, then Office in Zagreb 2008–2012' },
    relations: hostedIn('state:croatia'),
  },
  {
    // source: OSCE announcement of its closure in June 2022 after 23 years, the Permanent Council
    // having found no consensus to extend its mandate; "PCU" is its abbreviation in statements
    id: 'field-operation:project-co-ordinator-in-ukraine',
    name: 'Project Co-ordinator in Ukraine',
    aliases: ['PCU'],
    facts: { years: '1999–2022' },
    relations: hostedIn('state:ukraine'),
  },
  {
    // source: osce.org/observer-mission-at-russian-checkpoints-gukovo-and-donetsk/121739 ("discontinued"):
    // on the ground from 29 July 2014; its mandate was not extended after 30 September 2021
    id: 'field-operation:observer-mission-at-the-russian-checkpoints-gukovo-and-donetsk',
    name: 'Observer Mission at the Russian Checkpoints Gukovo and Donetsk',
    aliases: ['Observer Mission at Russian Checkpoints Gukovo and Donetsk'],
    facts: { years: '2014–2021' },
    relations: hostedIn('state:russian-federation'),
  },
];

const organizationalStructure: SourceEntry[] = [
  // source: the organizational structure page on osce.org: decision-making bodies and where they meet
  {
    id: 'body:ministerial-council',
    name: 'Ministerial Council',
    description: 'OSCE decision-making body of the Foreign Ministers of the participating States',
  },
  {
    id: 'body:permanent-council',
    name: 'Permanent Council',
    aliases: ['PC'],
    description: 'OSCE regular decision-making body, meeting weekly in Vienna',
    facts: { seat: 'Vienna' },
  },
  {
    id: 'body:forum-for-security-co-operation',
    name: 'Forum for Security Co-operation',
    aliases: ['FSC'],
    description: 'OSCE decision-making body for politico-military matters, meeting weekly in Vienna',
    facts: { seat: 'Vienna' },
  },
];

/** The whole tree, top level in menu order. */
export const TAXONOMY_SOURCE: readonly SourceEntry[] = [
  {
    id: 'section:our-work',
    name: 'Our work',
    children: [
      { id: 'group:fields-of-work', name: 'Fields of work', children: fieldsOfWork },
      { id: 'group:meetings-and-conferences', name: 'Meetings and conferences', children: meetingsAndConferences },
    ],
  },
  {
    id: 'section:countries',
    name: 'Countries',
    children: [
      { id: 'group:participating-states', name: 'Participating States', children: participatingStates },
      { id: 'group:asian-partners', name: 'Asian Partners for Co-operation', children: asianPartners },
      {
        id: 'group:mediterranean-partners',
        name: 'Mediterranean Partners for Co-operation',
        children: mediterraneanPartners,
      },
      {
        // source: not a menu line; its own entry because the Mission in Kosovo is there and pages
        // name it (the Mission in Kosovo's pages) without it being a participating State
        id: 'place:kosovo',
        name: 'Kosovo',
        description: 'Place where the OSCE Mission in Kosovo works',
      },
    ],
  },
  {
    id: 'section:structures-and-institutions',
    name: 'Structures and institutions',
    children: [
      {
        id: 'chairpersonship:chairpersonship',
        name: 'Chairpersonship',
        // source: the Chairpersonship's page on osce.org; "Chairmanship" and "Chairman-in-Office" are the
        // names older pages use (issue 2 §3), "CiO" its abbreviation in osce.org newsroom titles ("CiO Dačić discusses ...", 25 April 2015)
        aliases: [
          'OSCE Chairpersonship',
          'OSCE Chairmanship',
          'Chairmanship',
          'Chairperson-in-Office',
          'Chairman-in-Office',
          // source: "OSCE Chair-in-Office" in the OSCE press release of 30 July 2024
          'Chair-in-Office',
          'CiO',
        ],
        description: 'The participating State that chairs the OSCE for a calendar year',
      },
      {
        id: 'body:secretariat',
        name: 'Secretariat',
        aliases: ['OSCE Secretariat'],
        description: 'OSCE Secretariat, led by the Secretary General',
        // source: the Secretariat's page on osce.org (Vienna)
        facts: { seat: 'Vienna' },
        children: secretariatUnits,
      },
      // source: seed menu prints "Institutions" in the Secretariat's list; it is its own group
      { id: 'group:institutions', name: 'Institutions', children: institutions },
      {
        id: 'group:field-operations',
        name: 'Field operations',
        // source: seed menu prints "Closed field activities" as the last link under "Field
        // operations", so the closed ones are found with the open ones
        children: [
          ...openFieldOperations,
          { id: 'group:closed-field-activities', name: 'Closed field activities', children: closedFieldActivities },
        ],
      },
      {
        id: 'body:parliamentary-assembly',
        name: 'Parliamentary Assembly',
        aliases: ['OSCE PA', 'PA', 'OSCE Parliamentary Assembly'],
        description: 'Assembly of members of the parliaments of the OSCE participating States',
        // source: the Assembly's site oscepa.org (International Secretariat in Copenhagen)
        facts: { seat: 'Copenhagen' },
      },
      {
        id: 'body:court-of-conciliation-and-arbitration',
        name: 'Court of Conciliation and Arbitration',
        description: 'OSCE court for settling disputes between States party to its Convention',
        // source: the Court's page on osce.org (seat Geneva)
        facts: { seat: 'Geneva' },
      },
      { id: 'page:organizational-structure', name: 'Organizational structure', children: organizationalStructure },
    ],
  },
  { id: 'page:about-us', name: 'About us' },
];
