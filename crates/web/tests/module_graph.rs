//! The web crate's structure, checked from its sources: no import circle between its files, and
//! the frame imports no feature (features bring their routes, navigation and panels to it).
//!
//! Imports are read as text: `use crate::…` / `use super::…` (with `{…}` groups) and paths
//! written inline (`crate::monitoring::NAV`). A path is resolved to the longest prefix that is a
//! module file, so `crate::frame::Page` is `frame/mod.rs` and `crate::frame::page::Page` is
//! `frame/page.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The folders (and files) under `src/` that are features; the frame must not name them.
const FEATURES: [&str; 5] = [
    "accounts",
    "concept",
    "measures",
    "monitoring",
    "working_groups",
];

fn source_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a file: `frame/page.rs` → [frame, page]; `frame/mod.rs` → [frame].
fn module_of(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts
        .last()
        .is_some_and(|last| last == "mod" || last == "lib")
    {
        parts.pop();
    }
    parts
}

/// The file that holds the longest prefix of `path` that is a module.
fn file_of(modules: &BTreeMap<Vec<String>, PathBuf>, path: &[String]) -> Option<PathBuf> {
    (0..=path.len())
        .rev()
        .find_map(|len| modules.get(&path[..len]).cloned())
}

/// Expands `a::{b, c::{d, e}}` into `a::b`, `a::c::d`, `a::c::e`.
fn expand(tree: &str) -> Vec<String> {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        return vec![tree.to_owned()];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut items = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    for (i, ch) in inner.char_indices() {
        match ch {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(&inner[start..]);
    items
        .into_iter()
        .filter(|item| !item.trim().is_empty())
        .flat_map(expand)
        .map(|rest| format!("{prefix}{rest}"))
        .collect()
}

/// Every `crate::…` or `super::…` path a file names, as module segments from the crate root.
fn imports(text: &str, module: &[String]) -> Vec<Vec<String>> {
    // `super` of `a/b.rs` is `a`; of `a/b/mod.rs` (module a::b) it is `a` too.
    let own = module.to_vec();
    let resolve = |path: &str| -> Option<Vec<String>> {
        let path = path.split(" as ").next().unwrap_or(path).trim();
        let mut segments = path.split("::").map(str::trim).peekable();
        let mut base: Vec<String> = match segments.peek() {
            Some(&"crate") => {
                segments.next();
                Vec::new()
            }
            Some(&"super") => {
                let mut base = own.clone();
                while segments.peek() == Some(&"super") {
                    segments.next();
                    base.pop();
                }
                base
            }
            Some(&"self") => {
                segments.next();
                own.clone()
            }
            _ => return None,
        };
        base.extend(
            segments
                .filter(|s| !s.is_empty() && *s != "*" && *s != "self")
                .map(str::to_owned),
        );
        Some(base)
    };
    let mut found = Vec::new();
    let code: String = text
        .lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    // `use` statements, which may span lines.
    for statement in code.split(';') {
        let statement = statement.trim();
        let statement = statement
            .strip_prefix("pub(crate) ")
            .or_else(|| statement.strip_prefix("pub(super) "))
            .or_else(|| statement.strip_prefix("pub "))
            .unwrap_or(statement);
        if let Some(tree) = statement
            .rsplit("use ")
            .next()
            .filter(|_| statement.contains("use "))
        {
            let tree: String = tree.split_whitespace().collect::<Vec<_>>().join(" ");
            for path in expand(&tree) {
                found.extend(resolve(&path));
            }
        }
    }
    // Paths written inline.
    for (at, _) in code.match_indices("crate::") {
        let path: String = code[at..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        found.extend(resolve(path.trim_end_matches(':')));
    }
    found
}

struct Graph {
    edges: BTreeMap<PathBuf, BTreeSet<PathBuf>>,
}

fn graph() -> Graph {
    let root = source_root();
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let modules: BTreeMap<Vec<String>, PathBuf> = files
        .iter()
        .map(|file| {
            let relative = file.strip_prefix(&root).unwrap().to_path_buf();
            (module_of(&relative), relative)
        })
        .collect();
    let mut edges = BTreeMap::new();
    for (module, file) in &modules {
        let text = std::fs::read_to_string(root.join(file)).unwrap();
        let targets: BTreeSet<PathBuf> = imports(&text, module)
            .iter()
            .filter_map(|path| file_of(&modules, path))
            .filter(|target| target != file && !target.ends_with("lib.rs"))
            .collect();
        edges.insert(file.clone(), targets);
    }
    Graph { edges }
}

/// Strongly connected components with more than one file (Tarjan).
fn circles(graph: &Graph) -> Vec<Vec<PathBuf>> {
    struct State<'g> {
        graph: &'g Graph,
        index: BTreeMap<&'g PathBuf, usize>,
        low: BTreeMap<&'g PathBuf, usize>,
        stack: Vec<&'g PathBuf>,
        on_stack: BTreeSet<&'g PathBuf>,
        next: usize,
        found: Vec<Vec<PathBuf>>,
    }
    fn visit<'g>(state: &mut State<'g>, node: &'g PathBuf) {
        state.index.insert(node, state.next);
        state.low.insert(node, state.next);
        state.next += 1;
        state.stack.push(node);
        state.on_stack.insert(node);
        for target in &state.graph.edges[node] {
            if !state.index.contains_key(target) {
                visit(state, target);
                let low = state.low[target].min(state.low[node]);
                state.low.insert(node, low);
            } else if state.on_stack.contains(target) {
                let low = state.index[target].min(state.low[node]);
                state.low.insert(node, low);
            }
        }
        if state.low[node] == state.index[node] {
            let mut component = Vec::new();
            while let Some(top) = state.stack.pop() {
                state.on_stack.remove(top);
                component.push(top.clone());
                if top == node {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                state.found.push(component);
            }
        }
    }
    let mut state = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        next: 0,
        found: Vec::new(),
    };
    for node in graph.edges.keys() {
        if !state.index.contains_key(node) {
            visit(&mut state, node);
        }
    }
    state.found
}

fn describe(graph: &Graph, circle: &[PathBuf]) -> String {
    let mut lines = Vec::new();
    for file in circle {
        for target in &graph.edges[file] {
            if circle.contains(target) {
                lines.push(format!("  {} -> {}", file.display(), target.display()));
            }
        }
    }
    lines.join("\n")
}

#[test]
fn no_file_of_the_web_crate_imports_itself_round_a_circle() {
    let graph = graph();
    let circles = circles(&graph);
    let report: Vec<String> = circles
        .iter()
        .map(|circle| describe(&graph, circle))
        .collect();
    assert!(
        circles.is_empty(),
        "import circles in crates/web/src:\n{}",
        report.join("\n\n")
    );
}

#[test]
fn the_frame_names_no_feature() {
    let graph = graph();
    let mut offences = Vec::new();
    for (file, targets) in &graph.edges {
        if !file.starts_with("frame") {
            continue;
        }
        for target in targets {
            let top = target
                .components()
                .next()
                .map(|c| {
                    c.as_os_str()
                        .to_string_lossy()
                        .trim_end_matches(".rs")
                        .to_owned()
                })
                .unwrap_or_default();
            if FEATURES.contains(&top.as_str()) {
                offences.push(format!("{} -> {}", file.display(), target.display()));
            }
        }
    }
    assert!(
        offences.is_empty(),
        "the frame imports features:\n{}",
        offences.join("\n")
    );
}

#[test]
fn the_checker_sees_a_circle_and_a_frame_that_names_a_feature() {
    // The checks above pass on no edges at all; this makes sure they read imports.
    let a = PathBuf::from("frame/page.rs");
    let b = PathBuf::from("measures/mod.rs");
    let graph = Graph {
        edges: BTreeMap::from([
            (a.clone(), BTreeSet::from([b.clone()])),
            (b.clone(), BTreeSet::from([a.clone()])),
        ]),
    };
    assert_eq!(circles(&graph), vec![vec![a.clone(), b.clone()]]);
    let real = self::graph();
    let page = &real.edges[&PathBuf::from("frame/page.rs")];
    assert!(page.contains(&PathBuf::from("frame/layout.rs")), "{page:?}");
    let pages = &real.edges[&PathBuf::from("concept/pages.rs")];
    assert!(
        pages.contains(&PathBuf::from("measures/links.rs")),
        "{pages:?}"
    );
    assert_eq!(
        expand("crate::frame::{Layout, state::{AppState, Security}}"),
        [
            "crate::frame::Layout",
            "crate::frame::state::AppState",
            "crate::frame::state::Security"
        ]
    );
}
