//! `--format html`: the page for the reference article, a comparison, and
//! a hostile article that must not be able to inject anything.
//!
//! The binary runs with an empty environment from the workspace root, as in
//! `cli.rs`. The real-browser check is `scripts/browser-check.sh`, which CI
//! runs; these tests read the HTML as text.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const REFERENCE: &str = "fixtures/articles/cnn-2018-09-24-second-summit.txt";

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn standpoint(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_standpoint"))
        .env_clear()
        .current_dir(workspace_root())
        .args(args)
        .output()
        .unwrap()
}

/// Runs `args` and returns stdout, insisting on success and a quiet stderr.
fn page(args: &[&str]) -> String {
    let out = standpoint(args);
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{args:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// One tag of the page: its name and its attributes (values still escaped).
#[derive(Debug)]
struct Tag<'a> {
    name: &'a str,
    attrs: Vec<(&'a str, &'a str)>,
}

/// Splits a page into its tags.
///
/// This works because the renderer escapes `<`, `>` and `"` in all text
/// and attribute values: every `<` opens one of its own tags, the next `>`
/// closes it, and every attribute value is one `"…"`. An injection would
/// show up here as a tag or attribute the renderer never writes.
fn tags(page: &str) -> Vec<Tag<'_>> {
    let mut out = Vec::new();
    let mut rest = page;
    while let Some(i) = rest.find('<') {
        let after = &rest[i + 1..];
        let end = after.find('>').expect("a tag that never closes");
        let inner = &after[..end];
        rest = &after[end + 1..];
        if inner.starts_with('!') {
            assert_eq!(inner, "!DOCTYPE html");
            continue;
        }
        let inner = inner.trim_start_matches('/');
        let (name, mut a) = inner.split_once(' ').unwrap_or((inner, ""));
        let mut attrs = Vec::new();
        loop {
            a = a.trim_start();
            if a.is_empty() {
                break;
            }
            let key_end = a.find(['=', ' ']).unwrap_or(a.len());
            let key = &a[..key_end];
            a = &a[key_end..];
            let value = match a.strip_prefix("=\"") {
                Some(v) => {
                    let close = v.find('"').expect("an attribute value that never closes");
                    a = &v[close + 1..];
                    &v[..close]
                }
                None => "",
            };
            attrs.push((key, value));
        }
        out.push(Tag { name, attrs });
    }
    out
}

/// The elements and attributes the renderer writes; anything else on a
/// page came from the article.
const ELEMENTS: &[&str] = &[
    "html", "head", "meta", "title", "style", "body", "header", "main", "section", "footer", "figure", "div", "p",
    "h1", "h2", "h3", "h4", "span", "strong", "code", "mark", "a", "ol", "ul", "li", "table", "caption", "thead",
    "tbody", "tr", "th", "td", "svg", "desc", "g", "rect", "line", "path", "circle", "text",
];
const ATTRIBUTES: &[&str] = &[
    "lang",
    "charset",
    "http-equiv",
    "name",
    "content",
    "id",
    "class",
    "href",
    "title",
    "role",
    "tabindex",
    "scope",
    "viewBox",
    "x",
    "y",
    "x1",
    "x2",
    "y1",
    "y2",
    "cx",
    "cy",
    "r",
    "d",
    "width",
    "height",
    "text-anchor",
    "fill-opacity",
    "aria-labelledby",
    "aria-describedby",
    "aria-hidden",
    "aria-label",
    "data-speaker",
    "data-stance",
];

/// Checks that a page holds only the renderer's own markup, links only
/// inside itself, and forbids scripts and network requests.
#[track_caller]
fn assert_only_own_markup(page: &str) {
    let tags = tags(page);
    for tag in &tags {
        assert!(ELEMENTS.contains(&tag.name), "unexpected element <{}> in the page", tag.name);
        for (key, value) in &tag.attrs {
            assert!(ATTRIBUTES.contains(key), "unexpected attribute {key}=\"{value}\" on <{}>", tag.name);
            if *key == "href" {
                assert!(value.starts_with('#'), "a link out of the page: {value}");
            }
        }
    }
    let csp = tags
        .iter()
        .find(|t| t.name == "meta" && t.attrs.contains(&("http-equiv", "Content-Security-Policy")))
        .expect("a Content-Security-Policy");
    let policy = csp.attrs.iter().find(|(k, _)| *k == "content").unwrap().1;
    assert!(policy.starts_with("default-src 'none';"), "{policy}");
    assert!(!policy.contains("script-src"), "{policy}");
    // The stylesheet is ours and never holds article text.
    let style = &page[page.find("<style>").unwrap() + "<style>".len()..page.find("</style>").unwrap()];
    assert!(!style.contains('<'));
}

/// Every `href="#x"` has an element with `id="x"`, and ids are unique.
#[track_caller]
fn assert_links_resolve(page: &str) {
    let tags = tags(page);
    let mut ids = HashSet::new();
    for tag in &tags {
        for (key, value) in &tag.attrs {
            if *key == "id" {
                assert!(ids.insert(*value), "id {value} is used twice");
            }
        }
    }
    for tag in &tags {
        for (key, value) in &tag.attrs {
            if matches!(*key, "href" | "aria-describedby" | "aria-labelledby") {
                for target in value.trim_start_matches('#').split(' ') {
                    assert!(ids.contains(target), "{key}={value} points to no element");
                }
            }
        }
    }
}

/// The speaker names of `report --format json` on `file`.
fn speakers(file: &str) -> Vec<String> {
    let json: serde_json::Value = serde_json::from_str(&page(&["report", "--format", "json", file])).unwrap();
    json["speakers"].as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap().to_string()).collect()
}

/// The `data-speaker` of every chart mark, in order.
fn marks(page: &str) -> Vec<String> {
    let is_mark = |t: &Tag<'_>| t.attrs.iter().any(|(k, v)| *k == "class" && v.split(' ').next() == Some("mark"));
    tags(page)
        .iter()
        .filter(|t| t.name == "g" && is_mark(t))
        .filter_map(|t| t.attrs.iter().find(|(k, _)| *k == "data-speaker").map(|(_, v)| v.to_string()))
        .collect()
}

#[test]
fn reference_page() {
    let html = page(&["report", "--format", "html", REFERENCE]);
    insta::assert_snapshot!("report_html", html);
}

#[test]
fn reference_page_is_whole_and_self_contained() {
    let html = page(&["report", "--format", "html", REFERENCE]);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(html.ends_with("</html>\n"));
    assert_only_own_markup(&html);
    assert_links_resolve(&html);
    // One chart, one mark per speaker of the JSON report, in its order.
    assert_eq!(html.matches("<svg class=\"chart\"").count(), 1);
    let names = speakers(REFERENCE);
    assert!(names.len() >= 4, "{names:?}");
    assert_eq!(marks(&html), names);
    // Every utterance has its anchor, details and the speaker's name.
    let json: serde_json::Value = serde_json::from_str(&page(&["report", "--format", "json", REFERENCE])).unwrap();
    let utterances = json["utterances"].as_array().unwrap();
    for (i, u) in utterances.iter().enumerate() {
        let anchor = format!("<mark class=\"u\" id=\"a1-u{i}\" tabindex=\"0\" aria-describedby=\"a1-t{i}\">");
        assert!(html.contains(&anchor), "no anchor for utterance {i}: {u}");
    }
    // Furniture is labelled, not shown as body text.
    assert!(html.contains("<span class=\"tag\">Caption</span>"));
    assert!(html.contains("<span class=\"tag\">Video credit</span>"));
    // Stance is never colour alone: every row says its label with a shape.
    for s in json["speakers"].as_array().unwrap() {
        let glyph = match s["stance"].as_str().unwrap() {
            "optimistic" => "▲",
            "cautious" => "▼",
            "mixed" => "◆",
            _ => "●",
        };
        assert!(html.contains(&format!("{glyph} {}", s["stance"].as_str().unwrap())));
    }
}

#[test]
fn the_same_input_gives_the_same_page() {
    assert_eq!(page(&["report", "--format", "html", REFERENCE]), page(&["report", "--format", "html", REFERENCE]));
}

#[test]
fn compare_page_shows_who_moved() {
    let text = std::fs::read_to_string(workspace_root().join(REFERENCE)).unwrap();
    let from = "said she believed talk of a second summit was premature";
    assert!(text.contains(from), "the reference article changed; pick another sentence to flip");
    let flipped = text.replacen(from, "said she believed a second summit was welcome progress", 1);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("flipped.txt"), flipped).unwrap();
    let flipped = dir.path().join("flipped.txt");
    let html = page(&["compare", "--format", "html", REFERENCE, flipped.to_str().unwrap()]);
    assert_only_own_markup(&html);
    assert_links_resolve(&html);
    // One band per article, a mark per speaker and article, and Haley moved.
    assert_eq!(html.matches("<g class=\"band\">").count(), 2);
    let names = speakers(REFERENCE);
    assert_eq!(marks(&html).len(), 2 * names.len());
    let moved: Vec<&str> = html.split("<g class=\"row\">").filter(|row| row.contains("<g class=\"ghost\">")).collect();
    assert_eq!(moved.len(), 1, "only the speaker who moved has a ring");
    assert!(moved[0].contains("data-speaker=\"Nikki Haley\""), "{}", moved[0]);
    assert!(moved[0].contains("<title>moved: from -"), "{}", moved[0]);
    // Both articles' texts are on the page, with distinct anchors.
    assert!(html.contains("id=\"a1-u0\"") && html.contains("id=\"a2-u0\""));
}

#[test]
fn several_reports_make_one_page() {
    let html = page(&["report", "--format", "html", REFERENCE, "fixtures/articles/pattern-pronouns.txt"]);
    assert_eq!(html.matches("<!DOCTYPE html>").count(), 1);
    assert_eq!(html.matches("<svg class=\"chart\"").count(), 2);
    assert_links_resolve(&html);
}

#[test]
fn a_missing_file_is_reported_and_the_rest_still_rendered() {
    let out = standpoint(&["report", "--format", "html", REFERENCE, "no-such-file.txt"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no-such-file.txt"), "{stderr}");
    let html = String::from_utf8(out.stdout).unwrap();
    assert_eq!(html.matches("<svg class=\"chart\"").count(), 1);
}

/// An article written to break out of its elements: tags, attribute
/// breakers, a `javascript:` URL, entities and control characters, in the
/// headline, in quotes, in a speaker's name and in reported speech.
const HOSTILE: &str = "\
Mallory: <script>alert('headline')</script> talks \"><img src=x onerror=alert(1)>

LONDON —

“The talks are <script>alert(document.cookie)</script> a welcome step \"><img src=x onerror=alert(2)>,” said Mallory Vance, a spokesman for the <b>ministry</b>.

“This plan is premature &amp; <iframe src=javascript:alert(3)></iframe> dangerous,” Vance said.

Vance warned that the talks </textarea></style></title><svg onload=alert(4)> were premature.

Critics said the deal was “a disaster \u{1b}[31m '--><!-- ]]> ” and would fail.
";

#[test]
fn a_hostile_article_cannot_inject_anything() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("<script>alert('path')<\\script>.txt");
    std::fs::write(&path, HOSTILE).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_standpoint"))
        .env_clear()
        .current_dir(dir.path())
        .args(["report", "--format", "html"])
        .arg(path.file_name().unwrap())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let html = String::from_utf8(out.stdout).unwrap();
    assert_only_own_markup(&html);
    assert_links_resolve(&html);
    // The words are all there, as text.
    assert!(html.contains("&lt;script&gt;alert(document.cookie)&lt;/script&gt;"), "{html}");
    assert!(html.contains("&lt;img src=x onerror=alert(2)&gt;"));
    assert!(html.contains("talks &quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), "{html}");
    assert!(html.contains("&lt;svg onload=alert(4)&gt;"));
    assert!(html.contains("&lt;script&gt;alert('path')"));
    // Somebody is quoted, so the quotes went through the highlighting.
    assert!(html.contains("<mark class=\"u\""), "{html}");
    // The escape character became U+FFFD.
    assert!(!html.contains('\u{1b}') && html.contains("\u{FFFD}[31m"));
}
