// Verbatim's page: plain DOM, no build step. Snippets and quote texts come from the server already
// HTML-escaped with <mark> around matches, so they are the only strings inserted as HTML.
"use strict";

const $ = (id) => document.getElementById(id);
const form = $("search");
let lastCursor = null;
let lastHits = [];

function params(extra) {
  const p = new URLSearchParams();
  // quotes by meaning: the box's text is what the quotes should mean (like=), not a query
  if (form.scope.value === "quotes" && $("by-meaning").checked) p.set("like", $("q").value);
  else p.set("q", $("q").value);
  p.set("scope", form.scope.value);
  for (const name of ["source", "speaker", "from", "to", "sort"]) {
    const v = $(name).value.trim();
    if (v) p.set(name, v);
  }
  // one hit per story printed by several outlets (articles only)
  if (form.scope.value === "articles" && $("collapse").checked) p.set("collapse", "copies");
  for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
  return p;
}

function text(tag, value, className) {
  const el = document.createElement(tag);
  el.textContent = value == null ? "" : value;
  if (className) el.className = className;
  return el;
}

function showError(body) {
  const err = $("error");
  let msg = body.message || "Something went wrong.";
  if (body.position != null) {
    const q = $("q").value;
    msg += "\n" + q + "\n" + " ".repeat(body.position) + "^";
    $("q").focus();
    $("q").setSelectionRange(body.position, body.position + 1);
  }
  err.textContent = msg;
  err.hidden = false;
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw body;
  return body;
}

/** Every search and every verification is a URL: a new one is a history entry, so back walks them. */
function remember(query, replace) {
  const url = "?" + query.toString();
  if (url === location.search) return;
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
}

/** Articles, Quotes or Verify: the verify view replaces the search results, the search box stays. */
function showView(view) {
  const verifying = view === "verify";
  form.scope.value = view;
  $("verify-box").hidden = !verifying;
  $("layout").hidden = verifying;
  $("article").hidden = true;
  form.querySelector(".filters").hidden = verifying;
  if (verifying) $("claim").focus();
}

async function search(append, fromHistory) {
  $("error").hidden = true;
  if (form.scope.value === "verify") form.scope.value = "articles";
  showView(form.scope.value);
  if (!$("q").value.trim()) return;
  const extra = append && lastCursor ? { cursor: lastCursor } : {};
  if (!fromHistory) remember(params(), append);
  try {
    const body = await getJson("/api/search?" + params(extra));
    render(body, append);
  } catch (body) {
    showError(body);
  }
}

function render(body, append) {
  const results = $("results");
  if (!append) {
    results.replaceChildren();
    lastHits = [];
    const noun = form.scope.value === "quotes" ? "quote" : "article";
    const stories = body.groups == null ? "" : " in " + body.groups + (body.groups === 1 ? " story" : " stories");
    results.append(text("p", body.total + " " + noun + (body.total === 1 ? "" : "s") + stories + " · " + body.took_ms + " ms", "summary"));
    const exports = document.createElement("p");
    exports.className = "exports";
    for (const format of ["csv", "json"]) {
      const b = text("button", "Export " + format.toUpperCase(), "export");
      b.type = "button";
      b.dataset.format = format;
      b.addEventListener("click", () => download(format));
      exports.append(b);
    }
    results.append(exports);
  }
  lastHits.push(...body.hits);
  results.querySelector(".more")?.remove();
  for (const hit of body.hits) {
    results.append(form.scope.value === "quotes" ? quoteCard(hit) : articleHit(hit));
  }
  lastCursor = body.next_cursor;
  if (lastCursor) {
    const more = text("button", "More results", "more");
    more.type = "button";
    more.addEventListener("click", () => search(true));
    results.append(more);
  }
  renderFacets(body.facets || {}, body.facets_estimated);
}

/** A link to an article's own view (?article=ID, a history entry), opened at a quote when one is given. */
function articleLink(id, label, at) {
  const a = text("a", label);
  const link = new URLSearchParams({ article: id });
  if (at != null) link.set("at", at);
  a.href = "?" + link.toString();
  a.addEventListener("click", (e) => { e.preventDefault(); openArticle(id, at); });
  return a;
}

function articleHit(hit) {
  const div = document.createElement("div");
  div.className = "hit";
  const h = document.createElement("h3");
  h.append(articleLink(hit.id, hit.title || "(no headline)"));
  div.append(h, text("div", [hit.source || "unknown source", hit.date || "undated"].join(" · "), "meta"));
  for (const s of hit.snippets) {
    const p = document.createElement("p");
    p.className = "snippet";
    p.innerHTML = s; // server-escaped, <mark> only
    div.append(p);
  }
  if (hit.speakers && hit.speakers.length) div.append(text("div", "Quotes " + hit.speakers.join(", "), "meta"));
  const copies = copiesLine(hit.copies);
  if (copies) div.append(copies);
  return div;
}

/** "Also in 3 other outlets (5 articles) · first: Reuters, 2018-07-17" for a story printed more than once. */
function copiesLine(copies) {
  if (!copies || copies.articles < 2) return null;
  const others = copies.outlets - 1;
  const line = text("div", "Also in " + others + (others === 1 ? " other outlet" : " other outlets")
    + " (" + copies.articles + " articles) · ", "meta copies");
  if (copies.is_original) line.append(document.createTextNode("this one was first"));
  else {
    line.append(document.createTextNode("first: "));
    line.append(articleLink(copies.original.article,
      (copies.original.source || "unknown source") + ", " + (copies.original.date || "undated")));
  }
  return line;
}

/** "Copies of this story" in the article view: every outlet that printed it, the first first. */
async function copiesOfStory(view, id) {
  try {
    const group = await getJson("/api/articles/" + encodeURIComponent(id) + "/copies");
    if (group.articles < 2) return;
    const list = document.createElement("ul");
    list.className = "copies";
    for (const m of group.members) {
      const li = document.createElement("li");
      const label = (m.source || "unknown source") + ", " + (m.date || "undated")
        + (m.article === group.original.article ? " (first)" : "");
      li.append(m.article === id ? text("span", label + " (this article)") : articleLink(m.article, label));
      list.append(li);
    }
    view.append(text("h3", "Copies of this story: " + group.articles + " articles, " + group.outlets + " outlets"), list);
  } catch (body) {
    // an article indexed before copies were grouped has none to show
  }
}

/** The hits shown so far as CSV or JSON: the API's fields, marks taken out of snippets and quotes. */
function exportRows(format) {
  const plain = (html) => { const d = document.createElement("div"); d.innerHTML = html; return d.textContent; };
  const quotes = form.scope.value === "quotes";
  const rows = lastHits.map((h) => quotes
    ? { id: h.id, article: h.article, speaker: h.speaker, text: plain(h.text), source: h.source, date: h.date, title: h.title, cue: h.cue, rule: h.rule }
    : { id: h.id, title: h.title, source: h.source, date: h.date, url: h.url, authors: (h.authors || []).join("; "), speakers: (h.speakers || []).join("; "), snippets: h.snippets.map(plain).join(" … ") });
  if (format === "json") return JSON.stringify(rows, null, 2);
  // OWASP's CSV injection advice: a cell a spreadsheet would read as a formula (=, +, -, @, tab or CR first, also
  // after leading quotes or spaces) starts with a ' so that it stays text
  const defuse = (s) => (/^[\s"']*[=+\-@\t\r]/.test(s) ? "'" + s : s);
  const cell = (v) => { const s = defuse(v == null ? "" : String(v)); return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; };
  const keys = rows.length ? Object.keys(rows[0]) : [];
  return [keys.join(","), ...rows.map((r) => keys.map((k) => cell(r[k])).join(","))].join("\n") + "\n";
}

function download(format) {
  const blob = new Blob([exportRows(format)], { type: format === "csv" ? "text/csv" : "application/json" });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = "verbatim-" + form.scope.value + "." + format;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** A link for an http(s) URL; any other scheme (javascript:, data:, vbscript:) is shown as text only. */
function safeLink(url) {
  let parsed = null;
  try {
    parsed = new URL(url, window.location.href);
  } catch (e) {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== "http:" && parsed.protocol !== "https:")) {
    return text("span", url, "meta url");
  }
  const link = text("a", url);
  link.href = parsed.href;
  link.rel = "noopener noreferrer";
  return link;
}

/** How a quote's speaker was found, as a reader would say it ("named after the quote: 'said Kirby'"). */
const RULE_WORDS = {
  "cue-after": "named after the quote",
  "cue-after-inverted": "named after the quote",
  "dash": "named after a dash",
  "cue-before": "named before the quote",
  "according-to": "named in an \u201caccording to\u201d",
  "reported-chain": "named as the source of the account",
  "colon": "named before a colon",
  "speaker-label": "named as the speaker in a transcript label",
  "possessive": "named as whose words these are",
  "outlet-story": "the outlet whose story it is",
  "sentence-subject": "the subject of the sentence",
  "sentence-end-cue": "named at the end of the sentence",
  "preceding-cue": "named in the sentence before",
  "preceding-subject": "the subject of the sentence before, quoted earlier",
  "continuation": "the same speaker as the quote before",
  "editor": "corrected by an editor",
};

function attributionInWords(rule, cue) {
  const how = RULE_WORDS[rule] || (rule ? rule.replace(/-/g, " ") : null);
  if (!how) return cue ? "\u2018" + cue + "\u2019" : null;
  return cue && rule !== "continuation" ? how + ": \u2018" + cue + "\u2019" : how;
}

/** A citation a journalist can paste: outlet, date, headline, URL, and the exact words when quoting. */
function citation(article, words) {
  const parts = [article.source || "unknown source", article.date || "undated"];
  if (article.title) parts.push("\u201c" + article.title + "\u201d");
  if (article.url) parts.push(article.url);
  return (words ? "\u201c" + words + "\u201d \u2014 " : "") + parts.join(", ") + ".";
}

function copyButton(label, textToCopy) {
  const button = text("button", label, "copy-citation");
  button.type = "button";
  button.addEventListener("click", async () => {
    const value = await textToCopy();
    button.dataset.citation = value;
    try { await navigator.clipboard.writeText(value); button.textContent = "Copied"; } catch (e) { button.textContent = "Copy failed: select the text"; }
  });
  return button;
}

function quoteCard(hit) {
  const div = document.createElement("div");
  div.className = "quote-card";
  const who = document.createElement("div");
  who.append(text("span", hit.speaker || hit.speaker_description || "speaker unknown", "speaker"));
  if (hit.via && hit.via.length) who.append(text("span", " via " + hit.via.join(", "), "meta"));
  const why = attributionInWords(hit.rule, hit.cue);
  if (why) who.append(text("span", " — " + why, "meta attribution"));
  const quote = document.createElement("blockquote");
  quote.innerHTML = hit.text; // server-escaped, <mark> only
  const meta = text("div", [hit.source || "unknown source", hit.date || "undated", ""].join(" · "), "meta");
  meta.append(articleLink(hit.article, hit.title || hit.article, hit.start));
  div.append(who, quote, meta);
  div.append(copyButton("Copy citation", async () => citation(await getJson("/api/articles/" + encodeURIComponent(hit.article)), quote.textContent)));
  if (hit.kind === "speech") div.append(variantsButton(hit, quote.textContent));
  div.append(correctionForm(hit, who));
  return div;
}

/** An editor's correction of the speaker (PUT /api/quotes/{id}/speaker, with the server's write token). */
function correctionForm(hit, who) {
  const wrap = document.createElement("details");
  wrap.className = "correction";
  wrap.append(text("summary", "Correct the speaker"));
  const name = document.createElement("input");
  name.placeholder = "name, or unknown";
  name.setAttribute("aria-label", "Speaker");
  name.className = "correct-name";
  const token = document.createElement("input");
  token.type = "password";
  token.placeholder = "write token";
  token.setAttribute("aria-label", "Write token");
  token.className = "correct-token";
  const save = text("button", "Save", "correct-save");
  save.type = "button";
  const status = text("span", "", "meta correct-status");
  save.addEventListener("click", async () => {
    try {
      const response = await fetch("/api/quotes/" + encodeURIComponent(hit.id) + "/speaker", {
        method: "PUT",
        headers: { "Content-Type": "application/json", Authorization: "Bearer " + token.value },
        body: JSON.stringify({ speaker: name.value.trim() || "unknown" }),
      });
      const body = await response.json();
      if (!response.ok) throw body;
      who.querySelector(".speaker").textContent = body.speaker || "speaker unknown";
      const how = who.querySelector(".attribution") || who.appendChild(text("span", "", "meta attribution"));
      how.textContent = " — " + attributionInWords(body.rule, null);
      status.textContent = "Saved.";
      wrap.open = false;
    } catch (body) {
      status.textContent = body.message || "The correction could not be saved.";
    }
  });
  wrap.append(name, token, save, status);
  return wrap;
}

/** The wordings of each variant group as lines: who reported it first, then each wording with its outlets. */
function variantLines(variants) {
  const lines = [];
  for (const g of variants) {
    const reports = g.independent_reports || [];
    lines.push(text("p", "First reported by " + (g.earliest.source || "?") + " on " + (g.earliest.date || "?")
      + " · " + g.outlets + (g.outlets === 1 ? " outlet, " : " outlets, ") + reports.length
      + (reports.length === 1 ? " independent report: " : " independent reports: ") + reports.join(", "), "variant"));
    for (const w of g.wordings) lines.push(text("p", w.count + "× “" + w.text + "” — " + w.sources.join(", "), "variant"));
  }
  return lines;
}

/**
 * "Where else?": the same words across outlets for one quote card — the attestations verify finds
 * for the quote's own words, drawn on the timeline, and its wordings, earliest first.
 */
function variantsButton(hit, words) {
  const wrap = document.createElement("div");
  wrap.className = "card-variants";
  const button = text("button", "Where else? Timeline of these words");
  button.type = "button";
  button.setAttribute("aria-expanded", "false");
  const panel = document.createElement("div");
  panel.className = "card-variants-panel";
  panel.hidden = true;
  button.addEventListener("click", async () => {
    const open = panel.hidden;
    panel.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
    if (!open || panel.childElementCount) return;
    try {
      const response = await fetch("/api/verify", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ quote: words, speaker: hit.speaker || null }),
      });
      const v = await response.json();
      if (!response.ok) throw v;
      const chart = timeline(v);
      if (chart) panel.append(chart);
      panel.append(...variantLines(v.variants));
      if (!chart && !v.variants.length) panel.append(text("p", "No other report of these words.", "meta"));
    } catch (body) {
      panel.append(text("p", body.message || "Something went wrong.", "meta"));
    }
  });
  wrap.append(button, panel);
  return wrap;
}

function renderFacets(facets, estimated) {
  const aside = $("facets");
  aside.replaceChildren();
  const targets = { source: "source", speaker: "speaker", date: null };
  for (const [name, values] of Object.entries(facets)) {
    if (!values.length) continue;
    aside.append(text("h2", name));
    const ul = document.createElement("ul");
    for (const v of values) {
      const li = document.createElement("li");
      const b = document.createElement("button");
      b.type = "button";
      b.className = "facet";
      b.dataset.facet = name;
      // from 20,000 matches the server counts a sample and scales it up: say the counts are estimates
      const count = text("span", (estimated ? "≈" : "") + v.count, "count");
      if (estimated) count.title = "estimated from a sample of about 10,000 matches";
      b.append(text("span", v.value), count);
      b.addEventListener("click", () => applyFacet(name, v.value, targets[name]));
      li.append(b);
      ul.append(li);
    }
    aside.append(ul);
  }
}

function applyFacet(name, value, field) {
  if (field) {
    $(field).value = value;
  } else {
    // a month (2022-10) or a day (2022-10-12)
    const [y, m, d] = value.split("-");
    const last = d ? d : String(new Date(Date.UTC(+y, +m, 0)).getUTCDate()).padStart(2, "0");
    $("from").value = `${y}-${m}-${d || "01"}`;
    $("to").value = `${y}-${m}-${last}`;
  }
  search(false);
}

/**
 * The article's own view: its text with every quote marked and its speaker written beside it (phones have no hover).
 * at: the quote to open at, as its start offset or its words; that quote is marked and scrolled to.
 */
async function openArticle(id, at, fromHistory) {
  if (!fromHistory) {
    const link = new URLSearchParams({ article: id });
    if (at != null) link.set("at", at);
    remember(link, false);
  }
  try {
    const a = await getJson("/api/articles/" + encodeURIComponent(id));
    const view = $("article");
    view.replaceChildren();
    view.append(text("h2", a.title || "(no headline)"),
      text("div", [a.source || "unknown source", a.date || "undated", (a.authors || []).join(", ")].filter(Boolean).join(" · "), "meta"));
    if (a.url) view.append(safeLink(a.url));
    view.append(copyButton("Copy citation", () => citation(a)));
    // the quote to open at: an offset, or words to find in the text
    const target = at == null || at === "" ? -1 : /^\d+$/.test(String(at)) ? Number(at) : a.text.indexOf(String(at).slice(0, 80));
    let marked = null;
    let p = document.createElement("p");
    const flush = () => { if (p.childNodes.length) view.append(p); p = document.createElement("p"); };
    const quotes = a.quotes.filter((q) => q.kind === "speech").sort((x, y) => x.start - y.start);
    let pos = 0;
    const addText = (s) => {
      const parts = s.split(/\n\s*\n/);
      parts.forEach((part, i) => { if (i > 0) flush(); if (part) p.append(document.createTextNode(part)); });
    };
    for (const q of quotes) {
      if (q.start < pos) continue;
      addText(a.text.slice(pos, q.start));
      const span = text("span", a.text.slice(q.start, q.end), "q");
      const who = q.speaker || q.speaker_description;
      if (who) {
        if (q.speaker) span.dataset.speaker = q.speaker;
        span.title = who + (q.via.length ? " via " + q.via.join(", ") : "") + (q.rule ? " (" + attributionInWords(q.rule, q.cue) + ")" : "");
      }
      if (target >= q.start && target < q.end) {
        span.classList.add("at");
        marked = span;
      }
      p.append(span);
      if (who) p.append(text("span", " [" + who + "]", "who"));
      pos = q.end;
    }
    addText(a.text.slice(pos));
    flush();
    await copiesOfStory(view, id);
    view.hidden = false;
    (marked || view).scrollIntoView({ behavior: "smooth", block: marked ? "center" : "start" });
  } catch (body) {
    showError(body);
  }
}

async function fillNames() {
  for (const [list, url] of [["sources", "/api/sources?size=200"], ["speakers", "/api/speakers?size=200"]]) {
    try {
      const body = await getJson(url);
      $(list).replaceChildren(...body.values.map((v) => { const o = document.createElement("option"); o.value = v.value; return o; }));
    } catch (e) { /* completion is optional */ }
  }
}

async function verifyClaim(e, fromHistory) {
  if (e) e.preventDefault();
  const out = $("verdict");
  out.replaceChildren();
  const speaker = $("claimed-speaker").value.trim();
  if (!fromHistory) {
    const link = new URLSearchParams();
    link.set("verify", $("claim").value);
    if (speaker) link.set("speaker", speaker);
    remember(link, false);
  }
  try {
    const response = await fetch("/api/verify", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ quote: $("claim").value, speaker: speaker || null }),
    });
    const v = await response.json();
    if (!response.ok) throw v;
    let headline = v.verdict.replace("_", " ");
    const who = speaker || v.speaker;
    // three states: the claimed speaker on record, someone else named, nobody named
    if (v.speaker_evidence === "same_speaker") headline += " — attributed to " + who;
    if (v.speaker_evidence === "other_speaker") headline += " — attributed to " + v.speakers_on_record.join(", ") + ", not to " + who;
    if (v.speaker_evidence === "no_speaker_named") headline += " — no speaker named in the evidence: unconfirmed that " + who + " said it";
    // the speaker's state colours the headline when it qualifies the verdict
    out.append(text("p", headline, "verdict " + v.verdict + (v.speaker_evidence ? " " + v.speaker_evidence : "")));
    out.append(text("p", v.why, "why"));
    if (!v.by_meaning) out.append(text("p", "Compared by words only: this index has no quote vectors.", "meta"));
    if (v.matches.some((m) => m.diff.some((run) => run.op !== "equal"))) out.append(diffLegend());
    // nothing found: the nearest attempts, folded, so they are not read as evidence
    let cards = out;
    if (v.verdict === "not_found" && v.matches.length) {
      const fold = document.createElement("details");
      fold.className = "nearest";
      fold.append(text("summary", "The nearest quotes (" + v.matches.length + "), none of which says it"));
      out.append(fold);
      cards = fold;
    }
    for (const m of v.matches) {
      const card = document.createElement("div");
      card.className = "quote-card match";
      card.append(text("div", [m.verdict.replace("_", " "), m.speaker || "speaker unknown", m.source || "unknown source", m.date || "undated", "words " + m.similarity, m.meaning == null ? null : "meaning " + m.meaning].filter((x) => x !== null).join(" · "), "meta"));
      const diff = document.createElement("p");
      diff.className = "diff";
      for (const run of m.diff) {
        const tag = run.op === "insert" ? "ins" : run.op === "delete" ? "del" : "span";
        diff.append(text(tag, run.text), document.createTextNode(" "));
      }
      card.append(text("p", m.why, "why"));
      card.append(diff);
      if (m.context) {
        const ctx = document.createElement("p");
        ctx.className = "meta";
        ctx.innerHTML = m.context; // server-escaped, <q> and <mark> only
        card.append(ctx);
      }
      card.append(articleLink(m.article, "read the article", m.text.split(" […] ")[0]));
      cards.append(card);
    }
    const timelineSvg = timeline(v);
    if (timelineSvg) out.append(timelineSvg);
    out.append(...variantLines(v.variants));
    out.append(claimReviewButton($("claim").value, speaker));
  } catch (body) {
    out.append(text("p", body.message || "Something went wrong.", "verdict not_found"));
  }
}

/** What the word diff's marks mean. */
function diffLegend() {
  const legend = document.createElement("p");
  legend.className = "meta diff legend";
  legend.dataset.app = "diff-legend";
  legend.append("Word diff: ", text("span", "words in both"), ", ", text("ins", "words only in the quote"), ", ", text("del", "words only in the claim"), ".");
  return legend;
}

const SVG = "http://www.w3.org/2000/svg";
const GROUP_COLOURS = ["#1f6feb", "#d97706", "#059669", "#9333ea", "#dc2626", "#0891b2"];

function svg(tag, attributes, content) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  if (content != null) el.textContent = content;
  return el;
}

/**
 * Where and when the words appeared: one row per outlet, earliest first, a dot per attested quote at
 * its date, coloured by the variant group its wording belongs to; the first appearance called out.
 */
function timeline(v) {
  const seen = v.matches.filter((m) => m.verdict !== "not_found" && m.date);
  if (!seen.length) return null;
  const group = (m) => v.variants.findIndex((g) => g.wordings.some((w) => w.text.trim() === m.text.trim()));
  const days = seen.map((m) => Date.parse(m.date));
  const min = Math.min(...days);
  const max = Math.max(...days);
  const outlets = [];
  for (const m of [...seen].sort((a, b) => Date.parse(a.date) - Date.parse(b.date))) {
    const name = m.source || "unknown source";
    if (!outlets.includes(name)) outlets.push(name);
  }
  // as wide as the view allows, so that the labels stay readable on a phone instead of shrinking with the drawing
  const width = Math.max(300, Math.min(620, ($("verdict").clientWidth || 620) - 4));
  const left = width < 480 ? 110 : 170;
  const row = 26;
  const height = 40 + row * outlets.length;
  const x = (d) => (max === min ? (left + width) / 2 : left + 10 + ((d - min) / (max - min)) * (width - left - 20));
  const chart = svg("svg", { "data-app": "timeline", class: "timeline", width: width, height: height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "Where and when these words appeared" });
  outlets.forEach((name, i) => {
    const y = 20 + row * i;
    const room = width < 480 ? 15 : 24;
    const label = svg("text", { x: 4, y: y + 4, class: "outlet" }, name.length > room ? name.slice(0, room - 1) + "…" : name);
    label.append(svg("title", {}, name));
    chart.append(label);
    chart.append(svg("line", { x1: left, x2: width - 4, y1: y, y2: y, stroke: "#ddd" }));
  });
  // the first appearance is original reporting: a reprint is never called out as first
  const isCopy = (m) => m.copies && !m.copies.is_original;
  const originals = seen.filter((m) => !isCopy(m));
  const first = (originals.length ? originals : seen).reduce((a, b) => (Date.parse(a.date) <= Date.parse(b.date) ? a : b));
  for (const m of seen) {
    const y = 20 + row * outlets.indexOf(m.source || "unknown source");
    const g = group(m);
    const colour = g < 0 ? "#888" : GROUP_COLOURS[g % GROUP_COLOURS.length];
    // a reprint is a ring: the same words, not another report
    const dot = svg("circle", { cx: x(Date.parse(m.date)), cy: y, r: m === first ? 7 : 5, fill: isCopy(m) ? "#fff" : colour, stroke: colour, "stroke-width": 2, class: "attestation" + (m === first ? " first" : "") + (isCopy(m) ? " copy" : "") });
    const reprint = isCopy(m) ? ` · reprint of ${m.copies.original.source || "unknown source"}, ${m.copies.original.date || "undated"}` : "";
    dot.append(svg("title", {}, `${m.source || "unknown source"} · ${m.date} · ${m.verdict}${reprint} · “${m.text}”`));
    chart.append(dot);
  }
  chart.append(svg("text", { x: Math.min(x(Date.parse(first.date)) + 10, width - 120), y: 20 + row * outlets.indexOf(first.source || "unknown source") - 9, class: "first-label" }, "first: " + first.date));
  chart.append(svg("text", { x: left, y: height - 6, class: "axis" }, new Date(min).toISOString().slice(0, 10)));
  if (max > min) chart.append(svg("text", { x: width - 80, y: height - 6, class: "axis" }, new Date(max).toISOString().slice(0, 10)));
  return chart;
}

/** A button that shows (and copies, where the browser lets it) the verification as a ClaimReview. */
function claimReviewButton(claim, speaker) {
  const wrap = document.createElement("div");
  const button = text("button", "Copy ClaimReview", "claimreview-button");
  button.type = "button";
  const pre = text("pre", "", "claimreview");
  pre.hidden = true;
  button.addEventListener("click", async () => {
    try {
      const response = await fetch("/api/verify", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/ld+json" },
        body: JSON.stringify({ quote: claim, speaker: speaker || null }),
      });
      // safe to paste into <script type="application/ld+json">: no "</script>" can end it early
      const json = JSON.stringify(await response.json(), null, 2).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
      pre.textContent = json;
      pre.hidden = false;
      try { await navigator.clipboard.writeText(json); button.textContent = "ClaimReview copied"; } catch (e) { /* shown below */ }
    } catch (e) {
      pre.textContent = "The ClaimReview could not be made.";
      pre.hidden = false;
    }
  });
  wrap.append(button, pre);
  return wrap;
}

// ---- watches: a saved search or claim matched against every article added later (/api/watches)

/** The write token for watches, kept for this tab only. */
function tokenInput(label) {
  const token = document.createElement("input");
  token.type = "password";
  token.placeholder = "write token";
  token.setAttribute("aria-label", label);
  token.className = "watch-token";
  token.value = sessionStorage.getItem("verbatim-token") || "";
  token.addEventListener("change", () => sessionStorage.setItem("verbatim-token", token.value));
  return token;
}

async function apiWithToken(method, url, token, body) {
  const response = await fetch(url, {
    method,
    headers: { "Content-Type": "application/json", Accept: "application/json", Authorization: "Bearer " + token },
    body: body == null ? undefined : JSON.stringify(body),
  });
  const answer = response.status === 204 ? {} : await response.json();
  if (!response.ok) throw answer;
  return answer;
}

/** A "watch" form in {@code details}: a token and a button that POSTs {@code body()} as a watch. */
function watchForm(details, body) {
  const token = tokenInput("Write token for watches");
  const make = text("button", "Watch", "watch-make");
  make.type = "button";
  const status = text("p", "", "meta watch-status");
  make.addEventListener("click", async () => {
    status.textContent = "";
    try {
      const watch = await apiWithToken("POST", "/api/watches", token.value, body());
      status.append("Watching. Feed for a feed reader: ");
      const feed = text("a", "Atom feed", "watch-feed");
      feed.href = watch.feed;
      status.append(feed, " (keep its address private) · id " + watch.id);
      showWatches();
    } catch (e) {
      status.textContent = e.message || "The watch could not be made.";
    }
  });
  details.append(token, make, status);
}

watchForm($("watch-search"), () => {
  const p = params();
  const body = { q: $("q").value, scope: form.scope.value === "quotes" ? "quotes" : "articles" };
  for (const name of ["source", "speaker", "from", "to"]) if (p.get(name)) body[name] = p.get(name);
  return body;
});
watchForm($("watch-claim"), () => {
  const body = { quote: $("claim").value };
  if ($("claimed-speaker").value.trim()) body.speaker = $("claimed-speaker").value.trim();
  return body;
});

/** The matches of a watch seen in this browser: those with a larger sequence are unread. */
function seen(id) {
  return Number(localStorage.getItem("verbatim-seen-" + id) || 0);
}

/** The Watches view: each watch with its unread matches; opening one shows its newest and reads them. */
async function showWatches() {
  const list = $("watches-list");
  list.replaceChildren();
  const token = $("watches").querySelector(".watch-token");
  if (!token.value) {
    list.append(text("p", "Give the write token to see the watches.", "meta"));
    return;
  }
  try {
    const { watches } = await apiWithToken("GET", "/api/watches", token.value);
    if (!watches.length) list.append(text("p", "No watches yet.", "meta"));
    for (const w of watches) {
      const { matches } = await apiWithToken("GET", "/api/watches/" + encodeURIComponent(w.id) + "/matches?size=100", token.value);
      const unread = matches.filter((m) => m.sequence > seen(w.id)).length;
      const item = document.createElement("details");
      item.className = "watch-item";
      const what = w.kind === "claim" ? "“" + w.quote + "”" + (w.speaker ? " — " + w.speaker : "") : w.q + " (" + w.scope + ")";
      item.append(text("summary", what + " · " + unread + " unread of " + matches.length + (matches.length === 100 ? "+" : "")));
      item.addEventListener("toggle", () => {
        if (!item.open || item.dataset.shown) return;
        item.dataset.shown = "1";
        for (const m of matches) {
          const row = document.createElement("div");
          row.className = "hit watch-match" + (m.sequence > seen(w.id) ? " unread" : "");
          row.append(articleLink(m.article, (m.title || m.article) + (m.source ? " (" + m.source + ")" : ""), null));
          const passage = document.createElement("blockquote");
          passage.innerHTML = m.text; // server-escaped, <mark> and <q> only
          row.append(passage, text("div", [m.verdict, m.speaker, m.date, m.matched].filter(Boolean).join(" · "), "meta"));
          item.append(row);
        }
        if (matches.length) localStorage.setItem("verbatim-seen-" + w.id, String(matches[0].sequence));
      });
      const feed = text("a", "feed", "meta");
      feed.href = w.feed;
      item.append(feed);
      list.append(item);
    }
  } catch (e) {
    list.append(text("p", e.message || "The watches could not be read.", "meta"));
  }
}
{
  const token = tokenInput("Write token to list watches");
  const show = text("button", "Show", "watches-show");
  show.type = "button";
  show.addEventListener("click", showWatches);
  $("watches").insertBefore(token, $("watches-list"));
  $("watches").insertBefore(show, $("watches-list"));
}

/** The Feeds view: the feeds this server follows (serve --follow), each with its progress and last error. */
async function showFeeds() {
  const list = $("feeds-list");
  list.replaceChildren();
  try {
    const { feeds } = await getJson("/api/feeds");
    if (!feeds.length) {
      list.append(text("p", "This server follows no feeds (verbatim serve --follow FEEDS).", "meta"));
      return;
    }
    for (const f of feeds) {
      const row = document.createElement("div");
      row.className = "hit feed";
      row.append(text("div", f.title ? f.title + " · " + f.url : f.url));
      const when = f.last_poll ? "last polled " + f.last_poll : "not polled yet";
      row.append(text("div", [when, f.indexed + " indexed", f.skipped + " skipped", f.not_modified + " unchanged of " + f.polls + " polls", f.errors + " errors", "next in " + f.interval_seconds + " s"].join(" · "), "meta"));
      if (f.last_error) row.append(text("div", "last error: " + f.last_error, "meta"));
      list.append(row);
    }
  } catch (e) {
    list.append(text("p", e.message || "The feeds could not be read.", "meta"));
  }
}
$("feeds").addEventListener("toggle", () => { if ($("feeds").open) showFeeds(); });

$("verify").addEventListener("submit", verifyClaim);

form.addEventListener("submit", (e) => { e.preventDefault(); $("article").hidden = true; search(false); });
for (const radio of form.scope) {
  radio.addEventListener("change", () => (radio.value === "verify" ? showView("verify") : search(false)));
}

/** Shows the view the URL names: a verification (?verify=…&speaker=…) or a search (?q=…). */
function restore() {
  const link = new URLSearchParams(location.search);
  if (link.get("article")) {
    openArticle(link.get("article"), link.get("at"), true);
  } else if (link.get("verify")) {
    showView("verify");
    $("claim").value = link.get("verify");
    $("claimed-speaker").value = link.get("speaker") || "";
    verifyClaim(null, true);
  } else if (link.get("q") || link.get("like")) {
    $("q").value = link.get("q") || link.get("like");
    $("by-meaning").checked = !link.get("q") && !!link.get("like");
    for (const name of ["source", "speaker", "from", "to"]) $(name).value = link.get(name) || "";
    $("sort").value = link.get("sort") || "relevance"; // the select shows its default, never a blank
    $("collapse").checked = link.get("collapse") === "copies";
    form.scope.value = link.get("scope") === "quotes" ? "quotes" : "articles";
    $("article").hidden = true;
    search(false, true);
  }
}

window.addEventListener("popstate", restore);
// "/" focuses the search box from anywhere but a text field
document.addEventListener("keydown", (e) => {
  const typing = e.target.closest("input, textarea, select");
  if (e.key === "/" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
    e.preventDefault();
    $("q").focus();
  }
});
restore();
fillNames();

// on a phone the filters fold away under their summary until opened
if (window.matchMedia("(max-width: 48rem)").matches) $("filters").open = false;
