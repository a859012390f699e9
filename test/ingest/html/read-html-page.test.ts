import { describe, expect, it } from 'vitest';
import { type HtmlPage, readHtmlPage } from '../../../src/ingest/html/read-html-page.js';
import { html, htmlFixture } from './fixtures.js';

function read(bytes: Uint8Array, url?: string): HtmlPage {
  const page = readHtmlPage(bytes, { file: 'page.html', ...(url === undefined ? {} : { url }) });
  if ('skipped' in page) throw new Error(page.skipped);
  return page;
}

/** The non-blank lines the page reader was given. */
const linesOf = (page: HtmlPage): string[] => page.text.split('\n').filter((line) => line !== '');
const article = (page: HtmlPage) => {
  expect(page.page.releases).toHaveLength(1);
  return page.page.releases[0]!;
};

describe('readHtmlPage on the three shapes of article', () => {
  it('reads an older-theme page: type, title, labelled fields, body, and the glossary tooltip as a note', () => {
    const page = read(htmlFixture('older-theme-article.html'));
    const release = article(page);
    expect(page.page.layout).toBe('article');
    expect(release).toMatchObject({
      type: 'News item',
      title: 'Librarians from three towns finish a course on cataloguing municipal archives',
      date: { iso: '2019-03-12', precision: 'day' },
      place: 'Skopje',
      url: 'https://www.osce.org/mission-to-skopje/912345',
      labels: { sources: ['OSCE Mission to Skopje'], fields: ['Education', 'Good governance'] },
      notes: [{ term: 'archive stewards', text: "Archive stewards are people who keep a town's old papers in order." }],
    });
    expect(release.body).toEqual([
      {
        kind: 'paragraph',
        text: 'SKOPJE, 12 March 2019 – Twelve librarians from three towns completed a four-day course on cataloguing municipal archives today in Skopje. The course trained them as archive stewards for their towns.',
      },
      { kind: 'paragraph', text: 'The course was run by the invented Archive Friends Network and covered:' },
      { kind: 'list', items: ['labelling boxes', 'scanning fragile pages', 'keeping a register of loans'] },
      { kind: 'heading', text: 'Next steps' },
      {
        kind: 'paragraph',
        text: 'The participants, among them the fictional trainer Vela Ostrin, will share what they learned with colleagues in their towns.',
      },
    ]);
    // Menu, breadcrumb, script, style, aside and footer are not text of the release.
    expect(page.text).not.toMatch(/Our work|Home|tracking|margin|Related content|Privacy|Skip to main/);
    expect(release.warnings).toEqual([]);
  });

  it('puts each line at its line in the HTML file, so the release points into it', () => {
    const page = read(htmlFixture('older-theme-article.html'));
    const source = new TextDecoder().decode(htmlFixture('older-theme-article.html')).split('\n');
    expect(source[article(page).line - 1]).toContain('<div class="content-type">News Item</div>');
    expect(page.text.split('\n')[0]).toBe('https://www.osce.org/mission-to-skopje/912345');
  });

  it('reads a label-only page with no known classes: dl labels, a datetime that settles 03/05/2019, abbr as a note', () => {
    const page = read(htmlFixture('label-only-article.html'));
    const release = article(page);
    expect(release).toMatchObject({
      type: 'Press statement',
      title: 'Volunteers plant two hundred trees along an invented riverside path',
      date: { iso: '2019-05-03', precision: 'day' },
      place: 'Belgrade',
      url: 'https://www.osce.org/odihr/923456',
      labels: { sources: ['OSCE Office for Democratic Institutions and Human Rights'] },
      notes: [{ term: 'youth volunteers', text: 'Young people who give their time to a cause without pay.' }],
    });
    expect(release.body.map((block) => block.kind)).toEqual(['paragraph', 'quote', 'paragraph']);
    expect(linesOf(page)).toContain('Trees: 200');
    expect(page.text).not.toMatch(/About|Contact us/);
  });

  it('reads a page saved by a browser: its address from the "saved from" comment, navigation dropped', () => {
    const page = read(htmlFixture('saved-by-browser-article.html'));
    expect(page.url).toBe('https://www.osce.org/ru/odihr/elections/934567');
    expect(page.page.layout).toBe('bare');
    expect(article(page)).toMatchObject({
      title: 'Invented choirs from two cities sing together online',
      date: { iso: '2020-10-09' },
      place: 'Vienna/Tirana',
    });
    expect(page.text).not.toContain('Главная');
  });

  it('reads a SingleFile page (hidden tooltips already dropped): the term stays in the text, no note', () => {
    const page = read(htmlFixture('singlefile-article.html'));
    expect(page.url).toBe('https://www.osce.org/node/912345');
    const release = article(page);
    expect(release).toMatchObject({ type: 'News item', date: { iso: '2019-03-12' }, notes: [] });
    expect(release.body[0]).toMatchObject({
      text: expect.stringContaining('trained them as archive stewards for their towns.'),
    });
  });

  it('reads a windows-1251 page in its charset, and a page that names the wrong one as UTF-8 with a warning', () => {
    expect(article(read(htmlFixture('windows-1251.html')))).toMatchObject({
      title: 'Выдуманный хор из двух городов спел вместе',
      date: { iso: '2020-10-09' },
    });
    const wrong = read(htmlFixture('wrong-charset.html'));
    expect(article(wrong)).toMatchObject({ title: 'Invented café reopens in a made-up town', place: 'Zürich' });
    expect(wrong.warnings).toEqual([
      { file: 'page.html', message: 'the page names charset "iso-8859-1" but its bytes are UTF-8; read as UTF-8' },
    ]);
  });

  it('skips a page it cannot decode, with the byte offset', () => {
    expect(readHtmlPage(htmlFixture('missing-charset-cp1251.html'), { file: 'x.html' })).toEqual({
      skipped: expect.stringMatching(/^invalid UTF-8 at byte offset \d+ /),
    });
  });
});

describe('readHtmlPage on listings', () => {
  it('gives each entry of an older-theme listing as a summary with the address its title links to', () => {
    const page = read(htmlFixture('older-theme-listing.html'));
    expect(page.page.layout).toBe('listing');
    expect(
      page.page.releases.map((release) => [release.title, release.date.iso, release.url, release.summary]),
    ).toEqual([
      [
        'Invented orchestra tours five towns with a programme of folk songs',
        '2015-04-26',
        'https://www.osce.org/montenegro/945601',
        true,
      ],
      [
        'Made-up bakery school teaches young people to bake bread',
        '2015-02-03',
        'https://www.osce.org/serbia/945602?utm=x',
        true,
      ],
      ['Invented conference on library opening hours', '2015-01-14', 'https://www.osce.org/odihr/945603', true],
    ]);
    // The pager is not a list under the last teaser.
    expect(page.page.releases[2]!.body).toEqual([
      { kind: 'paragraph', text: 'Librarians discussed how long libraries should stay open in winter.' },
    ]);
  });

  it('reads a saved listing with relative links against the "saved from" address', () => {
    const page = read(htmlFixture('saved-by-browser-listing.html'));
    expect(page.page.releases.map((release) => [release.url, release.date.iso])).toEqual([
      ['https://www.osce.org/ukraine-smm/967801', '2016-07-04'],
      ['https://www.osce.org/ukraine-smm/967802', '2016-07-02'],
    ]);
  });

  it('says which listing entries have no address (a relative link and nothing to read it against)', () => {
    const page = read(
      html(
        '<h1>News</h1>\n<div><h2><a href="/odihr/1">Invented entry with a relative link</a></h2>\n<p>Publishing date: 1 May 2020</p></div>',
      ),
    );
    expect(page.page.releases[0]!.url).toBeNull();
    expect(page.warnings).toEqual([
      {
        file: 'page.html',
        line: 2,
        message:
          'listing entry "Invented entry with a relative link" has no link to its article with an absolute address; its id comes from its title and date',
      },
    ]);
  });

  it('reads a label-only listing by its "Publishing date:" lines', () => {
    const page = read(htmlFixture('label-only-listing.html'));
    expect(page.page.releases.map((release) => [release.title, release.url])).toEqual([
      ['Invented festival of local newspapers opens in a made-up town', 'https://www.osce.org/fom/956701'],
      ['Imaginary radio club trains young reporters', 'https://www.osce.org/fom/956702'],
    ]);
  });
});

describe('the lines a page becomes', () => {
  const lines = (body: string): string[] => linesOf(read(html(`<html><body>${body}</body></html>`)));

  it('gives li "- item", ol "1. item", dt and dd their own lines with the label’s colon, br a line break', () => {
    expect(lines('<ul><li>one</li><li><p>two</p></li></ul><ol><li>first</li><li>second</li></ol>')).toEqual([
      '- one',
      '- two',
      '1. first',
      '2. second',
    ]);
    expect(lines('<dl><dt>Place</dt><dd>SKOPJE</dd><dt>Source:</dt><dd>A mission</dd></dl>')).toEqual([
      'Place:',
      'SKOPJE',
      'Source:',
      'A mission',
    ]);
    expect(lines('<p>line one<br>line two</p><pre>a\n  b</pre>')).toEqual(['line one', 'line two', 'a', 'b']);
  });

  it('drops scripts, styles, forms, navigation, footers and hidden elements, and keeps inline text whole', () => {
    expect(linesOf(read(html('<title>Tab title</title><p>Page text.</p>')))).toEqual(['Page text.']);
    expect(
      lines(
        '<nav>Menu</nav><form><label>Search</label></form><script>x()</script><style>p{}</style><p>An <b>invented</b> <a href="/x">text</a>.</p><p hidden>no</p><p style="display: none">no</p><span class="element-invisible">no</span><footer>© x</footer>',
      ),
    ).toEqual(['An invented text.']);
  });

  it('labels a date alone on a line, from its datetime when the text leaves the order open', () => {
    expect(
      lines('<h1>Invented title of a page</h1><p><time datetime="2020-02-01">01/02/2020</time></p><p>Body text.</p>'),
    ).toEqual(['Invented title of a page', 'Date: 1 February 2020', 'Body text.']);
    expect(
      lines('<h1>Invented title of a page</h1><p>Date:</p><p><time datetime="2020-02-01">1 February 2020</time></p>'),
    ).toEqual(['Invented title of a page', 'Date:', '1 February 2020']);
    expect(lines('<h1>T</h1><p>Meeting at <time datetime="2020-02-01T10:00">10:00</time>.</p>')).toEqual([
      'T',
      'Meeting at 10:00 .',
    ]);
  });

  it('makes a tooltip term wrapper and a title-attribute term into notes, the definition never text', () => {
    const page = read(
      html(
        '<h1>Invented course</h1><p>Date: 1 May 2020</p><p>It trained <span class="tooltip">paper conservators<span class="tooltiptext">Paper conservators repair damaged paper.</span></span> and <a class="glossary-term" title="People who keep archives.">archivists</a>.</p>',
      ),
    );
    expect(article(page).notes).toEqual([
      { term: 'paper conservators', text: 'Paper conservators repair damaged paper.' },
      { term: 'archivists', text: 'People who keep archives.' },
    ]);
    expect(article(page).body).toEqual([{ kind: 'paragraph', text: 'It trained paper conservators and archivists.' }]);
  });

  it('puts each link of a links-only block on its own line, so share links end the page as footer lines', () => {
    const page = read(
      html(
        '<h1>Invented title of a page</h1><p>VIENNA, 1 May 2020 – Body text.</p><div class="share"><a href="#">Facebook</a> | <a href="#">Twitter</a></div>',
      ),
    );
    expect(linesOf(page).slice(-2)).toEqual(['Facebook', 'Twitter']);
    expect(article(page).body).toEqual([{ kind: 'paragraph', text: 'VIENNA, 1 May 2020 – Body text.' }]);
  });

  it('reads the one article when the only h1 is the site logo', () => {
    const page = read(
      html(
        '<header><h1><a href="/">Site name</a></h1></header><article><h2>Invented festival of kites</h2><time datetime="2021-09-05">5 September 2021</time><p>Body text of the page.</p></article>',
      ),
    );
    expect(article(page)).toMatchObject({
      type: 'Release',
      title: 'Invented festival of kites',
      date: { iso: '2021-09-05' },
    });
  });

  it('starts at the title, so a line of site chrome before it is never the title', () => {
    expect(
      lines(
        '<div>Skip Links</div><div>Media advisory</div><h1>Observers to hold an invented press conference</h1><p>Body.</p>',
      ),
    ).toEqual(['Media advisory', 'Observers to hold an invented press conference', 'Body.']);
  });
});
