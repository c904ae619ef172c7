//! Prints what the parser sees in an article: blocks, utterances, speakers
//! and diagnostics. `cargo run -p standpoint-core --example dump -- FILE`
use std::io::{Read, Write};

fn main() {
    let mut text = String::new();
    match std::env::args().nth(1) {
        Some(path) => text = std::fs::read_to_string(path).expect("readable UTF-8 file"),
        None => {
            std::io::stdin().read_to_string(&mut text).expect("UTF-8 on stdin");
        }
    }
    let a = standpoint_core::parse(&text);
    let mut out = String::new();
    for (i, b) in a.blocks.iter().enumerate() {
        let s = a.slice(b.span);
        let short: String = s.chars().take(70).collect();
        out.push_str(&format!("block {i:>3} {:<12} {}\n", b.kind.as_str(), short.replace('\n', " ")));
    }
    for u in &a.utterances {
        let sp = &a.speaker(u.speaker).name;
        let cue = u.cue.as_ref().map_or("-", |c| c.lemma);
        out.push_str(&format!(
            "[{}] {sp} <{}> {cue}: {}\n",
            u.block,
            u.kind.as_str(),
            a.slice(u.span).replace('\n', " ")
        ));
    }
    for s in &a.speakers {
        out.push_str(&format!("speaker {} ({}) aliases {:?}\n", s.name, s.kind.as_str(), s.aliases));
    }
    for d in &a.diagnostics {
        out.push_str(&format!("diagnostic {:?} at {}: {}\n", d.kind, d.span.start, d.message));
    }
    // A closed pipe (`| head`) is not worth a panic in a debugging aid.
    let _ = std::io::stdout().write_all(out.as_bytes());
}
