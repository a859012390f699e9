import { foldText } from '../text/fold.js';

// Plain geography: the capital of every participating State (with the older and local spellings
// datelines use), and the other cities datelines of the field operations name. A dateline city
// says where a release was written; outside the seats of OSCE structures that is the State it
// concerns. Kosovo is a place of the taxonomy, not a State; its towns lead there.
const CITIES: Record<string, readonly string[]> = {
  'state:albania': ['Tirana', 'Tiranë', 'Shkodër', 'Shkoder', 'Durrës', 'Durres', 'Vlorë', 'Vlora', 'Elbasan', 'Korçë', 'Korca'],
  'state:andorra': ['Andorra la Vella'],
  'state:armenia': ['Yerevan', 'Erevan', 'Gyumri'],
  'state:austria': ['Salzburg', 'Graz', 'Innsbruck', 'Linz'],
  'state:azerbaijan': ['Baku', 'Ganja'],
  'state:belgium': ['Brussels', 'Bruxelles', 'Antwerp'],
  'state:belarus': ['Minsk'],
  'state:bosnia-and-herzegovina': ['Sarajevo', 'Banja Luka', 'Mostar', 'Tuzla', 'Brčko', 'Brcko', 'Bihać', 'Bihac', 'Zenica'],
  'state:bulgaria': ['Sofia'],
  'state:canada': ['Ottawa'],
  'state:croatia': ['Zagreb', 'Vukovar', 'Knin', 'Split'],
  'state:cyprus': ['Nicosia'],
  'state:denmark': ['Aarhus'],
  'state:estonia': ['Tallinn'],
  'state:finland': ['Helsinki', 'Turku'],
  'state:france': ['Paris', 'Strasbourg'],
  'state:georgia': ['Tbilisi', 'Batumi', 'Kutaisi', 'Gori', 'Zugdidi'],
  'state:germany': ['Berlin', 'Bonn', 'Hamburg', 'Munich'],
  'state:greece': ['Athens', 'Thessaloniki'],
  'state:holy-see': ['Vatican City'],
  'state:hungary': ['Budapest'],
  'state:iceland': ['Reykjavik', 'Reykjavík'],
  'state:ireland': ['Dublin'],
  'state:italy': ['Rome', 'Roma', 'Milan', 'Vicenza', 'Turin', 'Naples'],
  'state:kazakhstan': ['Astana', 'Nur-Sultan', 'Almaty', 'Alma-Ata', 'Shymkent', 'Aktau'],
  'state:kyrgyzstan': ['Bishkek', 'Osh', 'Jalal-Abad'],
  'state:latvia': ['Riga'],
  'state:liechtenstein': ['Vaduz'],
  'state:lithuania': ['Vilnius'],
  'state:luxembourg': ['Luxembourg'],
  'state:malta': ['Valletta', 'Valetta'],
  'state:moldova': ['Chisinau', 'Chișinău', 'Chişinău', 'Kishinev', 'Tiraspol', 'Bender', 'Bendery', 'Comrat', 'Balti', 'Bălți'],
  'state:monaco': ['Monaco'],
  'state:mongolia': ['Ulaanbaatar', 'Ulan Bator'],
  'state:montenegro': ['Podgorica', 'Cetinje', 'Nikšić', 'Niksic'],
  'state:netherlands': ['Amsterdam', 'Rotterdam'],
  'state:north-macedonia': ['Skopje', 'Skopie', 'Tetovo', 'Ohrid', 'Kumanovo', 'Bitola', 'Gostivar', 'Struga'],
  'state:norway': ['Oslo'],
  'state:poland': ['Krakow', 'Kraków', 'Gdansk', 'Gdańsk'],
  'state:portugal': ['Lisbon', 'Lisboa', 'Porto'],
  'state:romania': ['Bucharest', 'Bucureşti', 'București'],
  'state:russian-federation': ['Moscow', 'St. Petersburg', 'Saint Petersburg', 'Kazan', 'Rostov-on-Don'],
  'state:san-marino': ['San Marino'],
  'state:serbia': ['Belgrade', 'Beograd', 'Novi Sad', 'Niš', 'Nis', 'Bujanovac', 'Preševo', 'Presevo', 'Novi Pazar', 'Kragujevac', 'Subotica'],
  'state:slovakia': ['Bratislava'],
  'state:slovenia': ['Ljubljana'],
  'state:spain': ['Madrid', 'Barcelona'],
  'state:sweden': ['Stockholm', 'Gothenburg'],
  'state:switzerland': ['Bern', 'Berne', 'Zurich', 'Zürich', 'Lugano', 'Basel'],
  'state:tajikistan': ['Dushanbe', 'Khujand', 'Kulob', 'Kulyab', 'Khorog', 'Qurghonteppa', 'Kurgan-Tyube', 'Bokhtar'],
  'state:turkiye': ['Ankara', 'Istanbul'],
  'state:turkmenistan': ['Ashgabat', 'Ashkhabad', 'Turkmenbashi', 'Mary', 'Dashoguz'],
  'state:ukraine': [
    'Kyiv', 'Kiev', 'Kharkiv', 'Kharkov', 'Odesa', 'Odessa', 'Lviv', 'Dnipro', 'Dnipropetrovsk', 'Donetsk', 'Luhansk', 'Lugansk',
    'Mariupol', 'Kramatorsk', 'Sievierodonetsk', 'Severodonetsk', 'Kherson', 'Chernivtsi', 'Ivano-Frankivsk', 'Zaporizhzhia', 'Simferopol',
  ],
  'state:united-kingdom': ['London', 'Edinburgh', 'Belfast', 'Cardiff'],
  'state:united-states-of-america': ['Washington', 'Washington, D.C.', 'Washington DC', 'New York'],
  'state:uzbekistan': ['Tashkent', 'Toshkent', 'Samarkand', 'Samarqand', 'Termez', 'Bukhara', 'Nukus', 'Fergana'],
  'place:kosovo': ['Pristina', 'Prishtina', 'Prishtinë', 'Priština', 'Prizren', 'Mitrovica', 'Mitrovicë', 'Peja', 'Peć', 'Pec', 'Gjilan', 'Gnjilane', 'Ferizaj', 'Uroševac'],
};

// The seats of OSCE structures: a dateline there says where the office is, not whom the release
// concerns. Secretariat, RFoM and the councils in Vienna, ODIHR in Warsaw, HCNM in The Hague,
// the Parliamentary Assembly in Copenhagen, the Documentation Centre in Prague, the Court in Geneva.
const SEATS = ['Vienna', 'Wien', 'Warsaw', 'Warszawa', 'The Hague', 'Den Haag', 'Copenhagen', 'København', 'Prague', 'Praha', 'Geneva', 'Genève', 'Geneve'];

const COUNTRY_BY_CITY = new Map<string, string>();
for (const [id, cities] of Object.entries(CITIES)) for (const city of cities) COUNTRY_BY_CITY.set(foldText(city), id);
const SEAT_KEYS = new Set(SEATS.map(foldText));

/**
 * The taxonomy id of the State (or place) a city lies in, from the table of capitals and
 * dateline cities; undefined for a seat of an OSCE structure or a city the table lacks.
 */
export function countryOfCity(city: string): string | undefined {
  const key = foldText(city).replace(/\.$/, '');
  return SEAT_KEYS.has(key) ? undefined : COUNTRY_BY_CITY.get(key);
}
