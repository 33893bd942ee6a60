//! The generated man pages (man/) and shell completions (completions/)
//! match the command line. Regenerate with `SKIFF_UPDATE_DOCS=1 cargo test
//! --test docs`.

use std::path::{Path, PathBuf};

fn generated() -> Vec<(PathBuf, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    let cmd = skiff::cli::command();
    for shell in [
        clap_complete::Shell::Bash,
        clap_complete::Shell::Zsh,
        clap_complete::Shell::Fish,
    ] {
        let mut buf = Vec::new();
        clap_complete::generate(shell, &mut cmd.clone(), "skiff", &mut buf);
        let name = match shell {
            clap_complete::Shell::Bash => "skiff.bash",
            clap_complete::Shell::Zsh => "_skiff",
            _ => "skiff.fish",
        };
        out.push((root.join("completions").join(name), buf));
    }
    let mut stack = vec![(cmd.clone().name("skiff"), String::from("skiff"))];
    while let Some((c, name)) = stack.pop() {
        let mut buf = Vec::new();
        clap_mangen::Man::new(c.clone().name(name.clone()))
            .render(&mut buf)
            .unwrap();
        out.push((root.join("man").join(format!("{name}.1")), buf));
        for sub in c.get_subcommands() {
            if sub.get_name() == "help" || sub.is_hide_set() {
                continue;
            }
            stack.push((sub.clone(), format!("{name}-{}", sub.get_name())));
        }
    }
    out
}

#[test]
fn man_pages_and_completions_are_current() {
    let update = std::env::var_os("SKIFF_UPDATE_DOCS").is_some();
    let mut stale = Vec::new();
    for (path, content) in generated() {
        if std::fs::read(&path).ok().as_deref() != Some(&content[..]) {
            if update {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, &content).unwrap();
            } else {
                stale.push(path.display().to_string());
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated docs (run SKIFF_UPDATE_DOCS=1 cargo test --test docs): {stale:?}"
    );
}
