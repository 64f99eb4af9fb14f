/// The HTML report's styles: light and dark (`prefers-color-scheme`), colours that pass WCAG AA
/// contrast, a visible focus ring, severities told apart by underline style and a text label
/// as well as by colour, and a print layout without the controls.
enum HTMLStyle {
    static let css = #"""
:root { --bg: #ffffff; --fg: #1b1b1f; --muted: #4a4a55; --line: #c9c9d2; --panel: #f4f4f7;
  --pass: #0b6b2f; --fail: #a4161a; --error: #7a4b00; --focus: #1d4ed8;
  --critical-bg: #fde2e2; --critical: #9b1010; --major-bg: #fff0c2; --major: #7a4b00; --minor-bg: #dcecff; --minor: #0b4a8f; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #17171b; --fg: #ececf1; --muted: #b4b4c0; --line: #3b3b46; --panel: #212128;
    --pass: #6fdc8c; --fail: #ff8a8a; --error: #f2c46d; --focus: #8ab4ff;
    --critical-bg: #5a1f22; --critical: #ffb3b3; --major-bg: #4d3a12; --major: #ffd98a; --minor-bg: #1d3557; --minor: #a8cdff; }
}
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: var(--bg); color: var(--fg); }
header, main, #article { padding: 0 1.5rem; max-width: 90rem; margin: 0 auto; }
h1 { font-size: 1.5rem; margin: 1rem 0 0.25rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
h3 { font-size: 1rem; margin: 1rem 0 0.25rem; }
.meta, .status, .note, .keys { color: var(--muted); }
a { color: var(--focus); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: 0.5rem; z-index: 2; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.cards { display: flex; flex-wrap: wrap; gap: 0.75rem; list-style: none; padding: 0; margin: 1rem 0; }
.cards li { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 1rem; min-width: 8rem; }
.cards .number { display: block; font-size: 1.6rem; font-weight: 600; }
.cards .pass .number { color: var(--pass); } .cards .fail .number { color: var(--fail); } .cards .error .number { color: var(--error); }
.panels { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 0 2rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
#histogram .bar { fill: var(--minor); } #histogram .axis { stroke: var(--muted); }
#histogram .threshold { stroke: var(--fail); stroke-width: 2; stroke-dasharray: 5 4; }
#histogram .threshold-label { fill: var(--fail); font-size: 12px; }
.axis-labels { display: flex; justify-content: space-between; color: var(--muted); margin: 0; font-size: 0.85rem; }
.filters { display: flex; flex-wrap: wrap; gap: 1rem; margin: 0.5rem 0; }
.filters select, .filters input { font: inherit; padding: 0.2rem; background: var(--bg); color: var(--fg); border: 1px solid var(--line); }
.documents th button { font: inherit; font-weight: 600; background: none; border: 0; color: var(--fg); cursor: pointer; padding: 0; }
.documents tbody tr { cursor: pointer; }
.documents tbody tr:hover, .documents tbody tr:focus { background: var(--panel); }
.verdict-failed { color: var(--fail); font-weight: 600; } .verdict-passed { color: var(--pass); } .verdict-error { color: var(--error); font-weight: 600; }
.pages { margin: 0.5rem 0 2rem; }
.pages button, #article-back { font: inherit; }
.panes { display: grid; grid-template-columns: repeat(auto-fit, minmax(24rem, 1fr)); gap: 1rem; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font: 14px/1.6 ui-monospace, "DejaVu Sans Mono", monospace; background: var(--panel);
  border: 1px solid var(--line); padding: 0.75rem; max-height: 70vh; overflow: auto; }
mark { color: inherit; border-radius: 2px; cursor: pointer; }
mark.critical { background: var(--critical-bg); text-decoration: underline double var(--critical); }
mark.major { background: var(--major-bg); text-decoration: underline solid var(--major) 2px; }
mark.minor { background: var(--minor-bg); text-decoration: underline dotted var(--minor) 2px; }
mark.point::before { content: "‸"; color: var(--fail); }
mark.selected { outline: 2px solid var(--focus); }
mark.source-span { background: var(--major-bg); text-decoration: underline solid var(--major); }
.severity { font-weight: 600; }
.severity.critical { color: var(--critical); } .severity.major { color: var(--major); } .severity.minor { color: var(--minor); }
#finding-details { position: sticky; bottom: 0; background: var(--bg); border-top: 2px solid var(--line); padding: 0.5rem 0; min-height: 3rem; }
.alignment td { width: 45%; white-space: pre-wrap; } .alignment td:last-child { width: 10%; color: var(--muted); }
.alignment tr.has-finding td:nth-child(2) { border-left: 4px solid var(--fail); }
.alignment tr.selected { outline: 2px solid var(--focus); }
.findings li { margin: 0.2rem 0; }
.findings button { font: inherit; text-align: left; background: none; border: 0; color: var(--fg); cursor: pointer; padding: 0; }
kbd { border: 1px solid var(--line); border-radius: 3px; padding: 0 0.25rem; font-size: 0.85em; }
@media print {
  .filters, .pages, .skip, .keys, #article-back { display: none; }
  body { font-size: 11pt; } .text { max-height: none; overflow: visible; }
  section { break-inside: avoid; }
}
"""#
}
