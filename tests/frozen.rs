//! The precompiled code shipped in the runtime (src/builtins/frozen/*.bin)
//! must be exactly what the compiler makes of its source today. After
//! editing the prelude or a module in src/builtins/modules/, run
//! `make frozen` (it runs this test with WEFT_REGEN_FROZEN=1, which writes
//! the files instead of comparing).

use weft::builtins::frozen::{filename, CODE};
use weft::bytecode::code_flags;

#[test]
fn frozen_code_matches_its_source() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/builtins");
    let regen = std::env::var_os("WEFT_REGEN_FROZEN").is_some();
    let mut stale = Vec::new();
    for (name, source_path, shipped) in CODE {
        let source = std::fs::read_to_string(root.join(source_path)).expect("frozen source");
        let code = weft::compile::compile_with_flags(&source, &filename(name), code_flags::HIDDEN)
            .unwrap_or_else(|e| panic!("{source_path} does not compile: {e}"));
        weft::program::verify::code(&code).unwrap_or_else(|e| panic!("{source_path}: {e}"));
        let bytes = postcard::to_allocvec(&*code).expect("code encodes");
        let bin = root.join("frozen").join(
            std::path::Path::new(source_path)
                .with_extension("bin")
                .file_name()
                .expect("name"),
        );
        if regen {
            std::fs::write(&bin, &bytes).expect("write frozen code");
        } else if bytes != *shipped {
            stale.push(source_path.to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "the precompiled code of {stale:?} is out of date: run `make frozen`"
    );
}

#[test]
fn frozen_code_decodes_to_what_it_was_made_from() {
    for (name, _, _) in CODE {
        let code = weft::builtins::frozen::code(name).expect("frozen");
        weft::program::verify::code(&code).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(code.filename, filename(name));
        assert!(code.is_hidden());
    }
}
