package org.glossa.core.qa.report;

/** The inline style sheet and script of the HTML report (the page loads nothing from anywhere). */
final class HtmlAssets {
    private HtmlAssets() {
    }

    static final String CSS = """
            :root {
              --fg: #1d2433; --muted: #5b6475; --line: #dde1e8; --bg: #ffffff; --zebra: #f6f7f9; --head: #eef0f4;
              --error: #b42318; --error-bg: #fee4e2; --error-mark: #fda29b;
              --warning: #93370d; --warning-bg: #fef0c7; --warning-mark: #fec84b; --warning-bar: #f79009;
              --info: #175cd3; --info-bg: #d1e9ff; --info-mark: #b2ddff; --info-bar: #2e90fa;
              --error-bar: #d92d20;
            }
            * { box-sizing: border-box; }
            body { margin: 0; padding: 24px 32px 48px; color: var(--fg); background: var(--bg);
              font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif; }
            h1 { font-size: 24px; margin: 0 0 4px; }
            h2 { font-size: 16px; margin: 0 0 12px; }
            .meta { color: var(--muted); margin: 0 0 20px; }
            .files { margin: 0 0 24px; color: var(--muted); }
            .files ul { display: inline; list-style: none; margin: 0; padding: 0; }
            .files li { display: inline-block; margin: 2px 6px 2px 0; padding: 1px 8px; border: 1px solid var(--line);
              border-radius: 12px; color: var(--fg); font-size: 13px; }
            .summary { display: flex; flex-wrap: wrap; gap: 24px 56px; align-items: flex-start; margin-bottom: 28px; width: fit-content; max-width: 100%; }
            .summary figure { margin: 0; }
            .panel { border: 1px solid var(--line); border-radius: 8px; padding: 16px 24px 20px; }
            .stats { display: flex; gap: 12px; margin: 0; padding: 0; list-style: none; }
            .stat { min-width: 112px; border: 1px solid var(--line); border-left-width: 5px; border-radius: 6px; padding: 8px 14px; }
            .stat b { display: block; font-size: 26px; line-height: 1.2; }
            .stat.sev-error { border-left-color: var(--error-bar); }
            .stat.sev-warning { border-left-color: var(--warning-bar); }
            .stat.sev-info { border-left-color: var(--info-bar); }
            .stat.total { border-left-color: var(--muted); }
            .chart { display: block; max-width: 100%; height: auto; }
            .chart .label { font-size: 13px; fill: var(--fg); }
            .chart .count { font-size: 13px; fill: var(--muted); font-variant-numeric: tabular-nums; }
            .chart .track { fill: #f2f4f7; }
            .chart .bar.sev-error { fill: var(--error-bar); }
            .chart .bar.sev-warning { fill: var(--warning-bar); }
            .chart .bar.sev-info { fill: var(--info-bar); }
            .legend { display: flex; gap: 16px; margin: 8px 0 0; padding: 0; list-style: none; color: var(--muted); font-size: 13px; }
            .legend li::before { content: ""; display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; }
            .legend .sev-error::before { background: var(--error-bar); }
            .legend .sev-warning::before { background: var(--warning-bar); }
            .legend .sev-info::before { background: var(--info-bar); }
            .filters { display: flex; flex-wrap: wrap; align-items: center; gap: 10px 20px; margin: 0 0 12px; padding: 10px 14px;
              background: var(--head); border-radius: 8px; }
            .filters fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: 12px; align-items: center; }
            .filters legend { float: left; margin-right: 8px; font-weight: 600; }
            .filters label.field { font-weight: 600; margin-right: 6px; }
            .filters input[type=search] { width: 260px; }
            .filters input[type=search], .filters select { font: inherit; padding: 4px 8px; border: 1px solid #c4c9d4; border-radius: 6px; background: #fff; }
            .filters output { margin-left: auto; color: var(--muted); }
            table { width: 100%; border-collapse: separate; border-spacing: 0; border: 1px solid var(--line); border-radius: 8px; }
            th, td { text-align: left; vertical-align: top; padding: 7px 10px; border-bottom: 1px solid var(--line); }
            thead th { position: sticky; top: 0; z-index: 1; background: var(--head); font-size: 12px; text-transform: uppercase;
              letter-spacing: .04em; color: var(--muted); box-shadow: 0 1px 0 var(--line); }
            tbody tr:last-child td { border-bottom: 0; }
            tbody tr.alt td { background: var(--zebra); }
            tbody tr:hover td { background: #eef4ff; }
            td.id { white-space: nowrap; font-variant-numeric: tabular-nums; color: var(--muted); }
            td.file { min-width: 13em; overflow-wrap: anywhere; color: var(--muted); }
            td.check code { font: 12.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: nowrap; }
            td.seg { white-space: pre-wrap; overflow-wrap: anywhere; width: 26%; }
            td.msg { min-width: 200px; white-space: pre-line; }
            .none { color: var(--muted); font-style: italic; }
            .term { margin-top: 4px; color: var(--muted); font-size: 12.5px; }
            .term .gl { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 11.5px; }
            .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; }
            .badge.sev-error { color: var(--error); background: var(--error-bg); }
            .badge.sev-warning { color: var(--warning); background: var(--warning-bg); }
            .badge.sev-info { color: var(--info); background: var(--info-bg); }
            mark { color: inherit; border-radius: 3px; padding: 0 1px; }
            mark.sev-error { background: var(--error-mark); box-shadow: inset 0 -2px 0 var(--error-bar); }
            mark.sev-warning { background: var(--warning-mark); box-shadow: inset 0 -2px 0 var(--warning-bar); }
            mark.sev-info { background: var(--info-mark); box-shadow: inset 0 -2px 0 var(--info-bar); }
            mark.gap { display: inline-block; width: 3px; height: 1.2em; vertical-align: text-bottom; padding: 0; }
            .empty-note { padding: 24px; text-align: center; color: var(--muted); border: 1px dashed var(--line); border-radius: 8px; }
            .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
            @media print { .filters { display: none; } thead th { position: static; } }
            """;

    static final String SCRIPT = """
            (function () {
              var search = document.getElementById('filter-text');
              if (!search) return;
              var check = document.getElementById('filter-check');
              var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name=severity]'));
              var rows = Array.prototype.slice.call(document.querySelectorAll('#issues tbody tr'));
              var shown = document.getElementById('filter-count');
              var none = document.getElementById('no-match');
              function apply() {
                var text = search.value.trim().toLowerCase();
                var severities = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
                var n = 0;
                rows.forEach(function (r) {
                  var ok = severities.indexOf(r.dataset.severity) >= 0
                    && (!check.value || r.dataset.check === check.value)
                    && (!text || r.textContent.toLowerCase().indexOf(text) >= 0);
                  r.hidden = !ok;
                  if (ok) { r.classList.toggle('alt', n % 2 === 1); n++; }
                });
                shown.textContent = n + ' of ' + rows.length + ' issues shown';
                none.hidden = n > 0;
              }
              search.addEventListener('input', apply);
              check.addEventListener('change', apply);
              boxes.forEach(function (b) { b.addEventListener('change', apply); });
              apply();
            })();
            """;
}
