import Mustache

/// The HTML report's page: a Mustache template for everything up to the embedded documents
/// (styles and the dashboard, whose values Mustache escapes), and the script after them that
/// draws the document table and the article views. Nothing is fetched: the page works from
/// disk, offline.
enum HTMLPage {
    // swiftlint:disable:next force_try
    static let head = try! MustacheTemplate(string: headTemplate)

    static let headTemplate = #"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="translint {{version}}">
<title>translint report: {{failed}} of {{documents}} failed</title>
<style>
"""# + HTMLStyle.css + #"""
</style>
</head>
<body>
<a class="skip" href="#documents-table">Skip to the documents</a>
<header>
  <h1>translint report</h1>
  <p class="meta">Generated {{generated}} by translint {{version}}{{#ruleSets}} · rule sets: {{ruleSets}}{{/ruleSets}}{{#icu}} · ICU {{icu}}{{/icu}} · gate: <span id="gate">{{gate}}</span></p>
</header>
<main id="dashboard">
  <section aria-labelledby="totals-title">
    <h2 id="totals-title" class="visually-hidden">Totals</h2>
    <ul class="cards">
      <li><span class="number" id="count-documents">{{documents}}</span> documents</li>
      <li class="pass"><span class="number" id="count-passed">{{passed}}</span> passed</li>
      <li class="fail"><span class="number" id="count-failed">{{failed}}</span> failed</li>
      <li class="error"><span class="number" id="count-errors">{{errors}}</span> of them not checked</li>
      <li><span class="number" id="count-findings">{{findings}}</span> findings</li>
      <li><span class="number" id="mean-score">{{meanScore}}</span> mean score</li>
    </ul>
    {{#textsLeftOut}}<p class="note" id="texts-left-out">{{textsLeftOut}} articles are shown without their text: the report keeps at most 50 million characters of text.</p>{{/textsLeftOut}}
  </section>
  <div class="panels">
  <section aria-labelledby="histogram-title">
    <h2 id="histogram-title">Scores</h2>
    {{#histogram}}
    <svg id="histogram" viewBox="0 -14 {{width}} {{height}}" width="100%" role="img" aria-labelledby="histogram-title histogram-desc">
      <desc id="histogram-desc">Documents per score, in bins of 5 points{{#threshold}}; the gate's minimum score, {{label}}, is the dashed line{{/threshold}}.</desc>
      {{#bars}}<rect class="bar" x="{{x}}" y="{{y}}" width="{{width}}" height="{{height}}" data-count="{{count}}"><title>score {{label}}: {{count}} documents</title></rect>{{/bars}}
      {{#threshold}}<line class="threshold" x1="{{x}}" x2="{{x}}" y1="-14" y2="150"/><text class="threshold-label" x="{{x}}" y="-3" text-anchor="end">gate {{label}} </text>{{/threshold}}
      <line class="axis" x1="0" x2="600" y1="150" y2="150"/>
    </svg>
    <p class="axis-labels"><span>0</span><span>50</span><span>100</span></p>
    {{/histogram}}
  </section>
  <section aria-labelledby="families-title">
    <h2 id="families-title">Findings by family and severity</h2>
    <table id="families">
      <thead><tr><th scope="col">family</th><th scope="col" class="num">critical</th><th scope="col" class="num">major</th><th scope="col" class="num">minor</th><th scope="col" class="num">total</th></tr></thead>
      <tbody>{{#families}}<tr><th scope="row">{{family}}</th><td class="num">{{critical}}</td><td class="num">{{major}}</td><td class="num">{{minor}}</td><td class="num">{{total}}</td></tr>{{/families}}</tbody>
    </table>
  </section>
  <section aria-labelledby="languages-title">
    <h2 id="languages-title">By language</h2>
    <table id="languages">
      <thead><tr><th scope="col">language</th><th scope="col" class="num">documents</th><th scope="col" class="num">failed</th><th scope="col" class="num">findings</th><th scope="col" class="num">mean score</th></tr></thead>
      <tbody>{{#languages}}<tr><th scope="row">{{language}}</th><td class="num">{{documents}}</td><td class="num">{{failed}}</td><td class="num">{{findings}}</td><td class="num">{{meanScore}}</td></tr>{{/languages}}</tbody>
    </table>
  </section>
  <section aria-labelledby="rules-title">
    <h2 id="rules-title">Rules that fire most</h2>
    <table id="rules">
      <thead><tr><th scope="col">rule</th><th scope="col" class="num">findings</th></tr></thead>
      <tbody>{{#rules}}<tr><th scope="row"><code>{{rule}}</code></th><td class="num">{{count}}</td></tr>{{/rules}}</tbody>
    </table>
  </section>
  </div>
  <section aria-labelledby="documents-title" id="documents-section">
    <h2 id="documents-title">Documents</h2>
    <form id="filters" class="filters" role="search" onsubmit="return false">
      <label>Language <select id="filter-language"><option value="">all</option></select></label>
      <label>Verdict <select id="filter-verdict"><option value="">all</option><option value="failed">failed</option><option value="passed">passed</option><option value="error">not checked</option></select></label>
      <label>Rule <select id="filter-rule"><option value="">any</option></select></label>
      <label>Search <input id="filter-text" type="search" placeholder="name or message"></label>
    </form>
    <p id="table-status" class="status" aria-live="polite"></p>
    <table id="documents-table" class="documents">
      <thead><tr>
        <th scope="col"><button type="button" data-sort="name">document</button></th>
        <th scope="col"><button type="button" data-sort="language">language</button></th>
        <th scope="col" class="num"><button type="button" data-sort="words">words</button></th>
        <th scope="col" class="num"><button type="button" data-sort="findings">findings</button></th>
        <th scope="col" class="num" aria-sort="ascending"><button type="button" data-sort="score">score</button></th>
        <th scope="col"><button type="button" data-sort="verdict">verdict</button></th>
      </tr></thead>
      <tbody></tbody>
    </table>
    <nav class="pages" aria-label="Pages of documents"><button type="button" id="page-previous">Previous</button> <button type="button" id="page-next">Next</button></nav>
  </section>
</main>
<section id="article" hidden aria-labelledby="article-title">
  <p><a href="#" id="article-back">← All documents</a> <span class="keys">Keys: <kbd>n</kbd>/<kbd>j</kbd> next finding, <kbd>p</kbd>/<kbd>k</kbd> previous, <kbd>Esc</kbd> back</span></p>
  <h2 id="article-title"></h2>
  <p id="article-verdict" class="verdict"></p>
  <div id="article-panes" class="panes">
    <div class="pane" id="source-pane" hidden><h3>Source</h3><pre id="source-text" class="text"></pre></div>
    <div class="pane"><h3 id="target-heading">Text</h3><pre id="article-text" class="text"></pre></div>
  </div>
  <aside id="finding-details" aria-live="polite" aria-label="The selected finding"></aside>
  <section id="alignment-section" hidden aria-labelledby="alignment-title">
    <h3 id="alignment-title">Aligned with the source</h3>
    <table id="alignment" class="alignment">
      <thead><tr><th scope="col">source</th><th scope="col">translation</th><th scope="col">link</th></tr></thead>
      <tbody></tbody>
    </table>
  </section>
  <h3>Findings</h3>
  <ol id="article-findings" class="findings"></ol>
</section>

"""#

    static let tail = "<script>\n" + HTMLScript.javaScript + "\n</script>\n</body>\n</html>\n"
}
