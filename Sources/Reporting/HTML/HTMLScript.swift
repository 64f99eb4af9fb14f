/// The HTML report's script: reads the embedded documents (the contract's JSON), draws the
/// document table a page at a time (sortable, filtered by language, verdict, rule and text),
/// and on demand an article with its findings highlighted in place, the source beside it.
/// Every piece of document data reaches the page through `textContent`, never as markup.
/// Offsets in the reports count UTF-16 units, as JavaScript strings do.
enum HTMLScript {
    static let javaScript = #"""
"use strict";
(function () {
  const docs = JSON.parse(document.getElementById("documents").textContent);
  const ruleNotes = JSON.parse(document.getElementById("rule-notes").textContent);
  const severityRank = { critical: 3, major: 2, minor: 1 };
  const severityIcon = { critical: "■", major: "▲", minor: "●" };
  const pageSize = 100;
  const state = { sort: "score", ascending: true, page: 0, rows: [] };
  const $ = (id) => document.getElementById(id);
  const make = (tag, text, className) => {
    const element = document.createElement(tag);
    if (text !== undefined && text !== null) element.textContent = String(text);
    if (className) element.className = className;
    return element;
  };
  const name = (d) => d.id || (d.path ? (d.record_line ? d.path + ":" + d.record_line : d.path) : "-");
  const verdict = (d) => (d.error ? "error" : (d.passed ? "passed" : "failed"));
  const verdictLabel = { failed: "failed", passed: "passed", error: "not checked" };

  // Filters: the languages and rules the batch has.
  const languages = [...new Set(docs.map((d) => d.language))].sort();
  for (const language of languages) $("filter-language").append(new Option(language, language));
  const rules = [...new Set(docs.flatMap((d) => d.findings.map((f) => f.rule)))].sort();
  for (const rule of rules) $("filter-rule").append(new Option(rule, rule));

  function matches(d) {
    const language = $("filter-language").value, wanted = $("filter-verdict").value;
    const rule = $("filter-rule").value, text = $("filter-text").value.trim().toLowerCase();
    if (language && d.language !== language) return false;
    if (wanted && verdict(d) !== wanted) return false;
    if (rule && !d.findings.some((f) => f.rule === rule)) return false;
    if (text && !name(d).toLowerCase().includes(text) && !d.findings.some((f) => f.message.toLowerCase().includes(text))) return false;
    return true;
  }

  // Failing and unchecked documents first, then the lowest scores; a header click sorts by it.
  function compare(a, b) {
    const order = { error: 0, failed: 1, passed: 2 };
    let result;
    switch (state.sort) {
      case "name": result = name(docs[a]).localeCompare(name(docs[b])); break;
      case "language": result = docs[a].language.localeCompare(docs[b].language); break;
      case "words": result = docs[a].words - docs[b].words; break;
      case "findings": result = docs[a].findings.length - docs[b].findings.length; break;
      case "verdict": result = order[verdict(docs[a])] - order[verdict(docs[b])]; break;
      default: result = (order[verdict(docs[a])] - order[verdict(docs[b])]) || (docs[a].score - docs[b].score);
    }
    return (state.ascending ? result : -result) || a - b;
  }

  function drawTable() {
    state.rows = docs.map((_, index) => index).filter((index) => matches(docs[index])).sort(compare);
    const pages = Math.max(1, Math.ceil(state.rows.length / pageSize));
    state.page = Math.min(state.page, pages - 1);
    const body = document.querySelector("#documents-table tbody");
    body.replaceChildren();
    const first = state.page * pageSize;
    for (const index of state.rows.slice(first, first + pageSize)) {
      const d = docs[index];
      const row = make("tr");
      row.tabIndex = 0;
      row.dataset.index = index;
      row.append(make("td", name(d)), make("td", d.language), make("td", d.words, "num"), make("td", d.findings.length, "num"),
        make("td", d.error ? "–" : d.score, "num"), make("td", verdictLabel[verdict(d)], "verdict-" + verdict(d)));
      row.addEventListener("click", () => openArticle(index));
      row.addEventListener("keydown", (event) => { if (event.key === "Enter") openArticle(index); });
      body.append(row);
    }
    const last = Math.min(first + pageSize, state.rows.length);
    $("table-status").textContent = state.rows.length === 0 ? "No document matches the filters."
      : "Documents " + (first + 1) + "–" + last + " of " + state.rows.length + (state.rows.length < docs.length ? " (filtered from " + docs.length + ")" : "");
    $("page-previous").disabled = state.page === 0;
    $("page-next").disabled = state.page >= pages - 1;
  }

  for (const id of ["filter-language", "filter-verdict", "filter-rule"]) $(id).addEventListener("change", () => { state.page = 0; drawTable(); });
  $("filter-text").addEventListener("input", () => { state.page = 0; drawTable(); });
  $("page-previous").addEventListener("click", () => { state.page -= 1; drawTable(); });
  $("page-next").addEventListener("click", () => { state.page += 1; drawTable(); });
  for (const button of document.querySelectorAll("#documents-table th button")) {
    button.addEventListener("click", () => {
      const key = button.dataset.sort;
      state.ascending = state.sort === key ? !state.ascending : true;
      state.sort = key;
      for (const header of document.querySelectorAll("#documents-table th")) header.removeAttribute("aria-sort");
      button.parentElement.setAttribute("aria-sort", state.ascending ? "ascending" : "descending");
      drawTable();
    });
  }

  // The article view.
  let current = null;   // { doc, marks: first mark of each finding, selected }

  function highlight(container, text, spans, onSelect) {
    // spans: [{ start, end, severity, index }]; cut the text at every span edge and wrap each
    // piece in the marks of the spans that cover it (the worst severity colours it).
    container.replaceChildren();
    const firstMark = new Map();
    const edges = new Set([0, text.length]);
    for (const span of spans) { edges.add(Math.min(span.start, text.length)); edges.add(Math.min(span.end, text.length)); }
    const sorted = [...edges].sort((a, b) => a - b);
    const points = new Map();
    for (const span of spans.filter((s) => s.start === s.end)) {
      const at = Math.min(span.start, text.length);
      if (!points.has(at)) points.set(at, []);
      points.get(at).push(span);
    }
    const ranged = spans.filter((span) => span.end > span.start).sort((a, b) => a.start - b.start);
    let next = 0;
    let active = [];
    for (let position = 0; position < sorted.length; position += 1) {
      const at = sorted[position];
      for (const point of points.get(at) || []) {
        const mark = make("mark", null, point.severity + " point");
        mark.setAttribute("aria-label", point.severity + " finding " + (point.index + 1));
        mark.dataset.findings = String(point.index);
        if (!firstMark.has(point.index)) firstMark.set(point.index, mark);
        container.append(mark);
      }
      if (position + 1 >= sorted.length) break;
      const end = sorted[position + 1];
      active = active.filter((span) => span.end > at);
      while (next < ranged.length && ranged[next].start <= at) { if (ranged[next].end > at) active.push(ranged[next]); next += 1; }
      const piece = text.slice(at, end);
      if (active.length === 0) { container.append(document.createTextNode(piece)); continue; }
      const worst = active.reduce((a, b) => (severityRank[b.severity] > severityRank[a.severity] ? b : a));
      const mark = make("mark", piece, worst.severity);
      mark.dataset.findings = active.map((span) => span.index).join(",");
      for (const span of active) if (!firstMark.has(span.index)) firstMark.set(span.index, mark);
      container.append(mark);
    }
    for (const [index, mark] of firstMark) {
      mark.tabIndex = 0;
      mark.id = container.id + "-f" + index;
      mark.setAttribute("role", "button");
      const findings = mark.dataset.findings.split(",").map(Number);
      const worst = spans.find((s) => s.index === findings[0]);
      mark.setAttribute("aria-label", worst.severity + " finding" + (findings.length > 1 ? "s " : " ") + findings.map((f) => f + 1).join(", ")
        + (mark.textContent ? ": " + mark.textContent : ""));
    }
    container.onclick = (event) => {
      const mark = event.target.closest("mark");
      if (mark && mark.dataset.findings) onSelect(Number(mark.dataset.findings.split(",")[0]));
    };
    container.onfocusin = (event) => {
      const mark = event.target.closest("mark");
      if (mark && mark.dataset.findings) onSelect(Number(mark.dataset.findings.split(",")[0]), false);
    };
    return firstMark;
  }

  function openArticle(index) {
    const d = docs[index];
    if (!d) return;
    if (location.hash !== "#doc-" + index) history.pushState(null, "", "#doc-" + index);
    $("dashboard").hidden = true;
    $("article").hidden = false;
    $("article-title").textContent = name(d);
    const reasons = d.gate_reasons && d.gate_reasons.length ? " — " + d.gate_reasons.join("; ") : "";
    $("article-verdict").textContent = d.error ? "Not checked: " + d.error
      : verdictLabel[verdict(d)] + " · score " + d.score + " · " + d.findings.length + " findings · " + d.words + " words · " + d.language + reasons;
    $("article-verdict").className = "verdict verdict-" + verdict(d);
    const text = typeof d.text === "string" ? d.text : null;
    const findings = d.findings.map((f, i) => ({ start: f.offset, end: f.offset + f.length, severity: f.severity, index: i }));
    let marks = new Map();
    if (text !== null) {
      const shown = findings.filter((f) => f.start <= text.length);
      marks = highlight($("article-text"), text, shown, select);
      $("target-heading").textContent = d.text_partial ? "Text (the first " + text.length + " characters)" : "Text";
    } else {
      $("article-text").replaceChildren(make("span", "The report does not include this article's text (" + (d.error ? "it was not checked" : "run translint check --format html, or --include-text") + "); its findings are listed below.", "note"));
      $("target-heading").textContent = "Text";
    }
    const hasSource = typeof d.source_text === "string";
    $("source-pane").hidden = !hasSource;
    let sourceMarks = new Map();
    if (hasSource) {
      const spans = d.findings.map((f, i) => (f.source_length !== undefined ? { start: f.source_offset, end: f.source_offset + f.source_length, severity: f.severity, index: i } : null)).filter(Boolean);
      sourceMarks = highlight($("source-text"), d.source_text, spans, select);
    }
    const list = $("article-findings");
    list.replaceChildren();
    d.findings.forEach((f, i) => {
      const item = make("li");
      const button = make("button", null);
      button.type = "button";
      button.append(make("span", severityIcon[f.severity] + " " + f.severity, "severity " + f.severity), document.createTextNode(" " + f.line + ":" + f.column + " " + f.rule + " — " + f.message));
      button.addEventListener("click", () => select(i));
      item.append(button);
      list.append(item);
    });
    const alignmentRows = drawAlignment(d, hasSource);
    current = { doc: d, marks, sourceMarks, alignmentRows, selected: -1 };
    $("finding-details").replaceChildren(make("p", d.findings.length ? "Select a finding, or press n for the first." : "No findings.", "note"));
    window.scrollTo(0, 0);
    $("article-title").tabIndex = -1;
    $("article-title").focus();
  }

  // The source's sentences beside the translation's, as the aligner linked them; a row
  // holding a finding is marked.
  function drawAlignment(d, hasSource) {
    const body = document.querySelector("#alignment tbody");
    body.replaceChildren();
    const pairs = hasSource && typeof d.text === "string" && Array.isArray(d.alignment) ? d.alignment : [];
    $("alignment-section").hidden = pairs.length === 0;
    const rows = [];
    for (const pair of pairs) {
      const source = pair.source_length !== undefined ? d.source_text.slice(pair.source_offset, pair.source_offset + pair.source_length) : "";
      const target = pair.length !== undefined ? d.text.slice(pair.offset, pair.offset + pair.length) : "";
      const row = make("tr");
      row.append(make("td", source), make("td", target), make("td", pair.shape));
      const inside = d.findings.filter((f) => pair.length !== undefined && f.offset >= pair.offset && f.offset < pair.offset + pair.length);
      if (inside.length) {
        row.className = "has-finding";
        row.cells[2].textContent = pair.shape + " · " + inside.length + " finding" + (inside.length === 1 ? "" : "s");
      }
      rows.push({ row, pair });
      body.append(row);
    }
    return rows;
  }

  function select(index, moveFocus = true) {
    if (!current || index < 0 || index >= current.doc.findings.length) return;
    const f = current.doc.findings[index];
    for (const old of document.querySelectorAll("mark.selected")) old.classList.remove("selected");
    const mark = current.marks.get(index);
    if (mark) {
      mark.classList.add("selected");
      if (moveFocus && document.activeElement !== mark) mark.focus();
      mark.scrollIntoView({ block: "nearest" });
    }
    const sourceMark = current.sourceMarks.get(index);
    if (sourceMark) { sourceMark.classList.add("selected"); sourceMark.scrollIntoView({ block: "nearest" }); }
    current.selected = index;
    for (const entry of current.alignmentRows) {
      const holds = entry.pair.length !== undefined && f.offset >= entry.pair.offset && f.offset < entry.pair.offset + entry.pair.length;
      entry.row.classList.toggle("selected", holds);
    }
    const details = $("finding-details");
    details.replaceChildren();
    const head = make("p");
    head.append(make("span", severityIcon[f.severity] + " " + f.severity, "severity " + f.severity),
      document.createTextNode(" · " + f.rule + " · " + f.category + " · line " + f.line + ", column " + f.column + " · finding " + (index + 1) + " of " + current.doc.findings.length));
    details.append(head, make("p", f.message, "message"));
    const note = Object.prototype.hasOwnProperty.call(ruleNotes, f.rule) ? ruleNotes[f.rule] : null;
    if (note) details.append(make("p", f.rule + ": " + note.summary + (note.rationale ? " " + note.rationale : ""), "rule-note"));
    if (f.suggestions && f.suggestions.length) details.append(make("p", "Suggestion: " + f.suggestions.join(" · "), "suggestion"));
    if (f.source_text !== undefined) details.append(make("p", "Source: “" + f.source_text + "”", "source"));
    for (const related of f.related || []) details.append(make("p", "See line " + related.line + ", column " + related.column + ": " + related.message, "related"));
    if (!mark) details.append(make("p", "Excerpt: " + f.excerpt, "excerpt"));
  }

  function closeArticle() {
    $("article").hidden = true;
    $("dashboard").hidden = false;
    current = null;
  }

  document.addEventListener("keydown", (event) => {
    if (!current || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.target.matches && event.target.matches("input, select, textarea")) return;
    const count = current.doc.findings.length;
    if (event.key === "n" || event.key === "j") { select(Math.min(count - 1, current.selected + 1)); event.preventDefault(); }
    else if (event.key === "p" || event.key === "k") { select(Math.max(0, current.selected - 1)); event.preventDefault(); }
    else if (event.key === "Escape") { history.pushState(null, "", "#"); closeArticle(); event.preventDefault(); }
  });
  $("article-back").addEventListener("click", (event) => { event.preventDefault(); history.pushState(null, "", "#"); closeArticle(); });

  function route() {
    const match = /^#doc-(\d+)$/.exec(location.hash);
    if (match && docs[Number(match[1])]) openArticle(Number(match[1])); else closeArticle();
  }
  window.addEventListener("popstate", route);
  drawTable();
  route();
})();
"""#
}
