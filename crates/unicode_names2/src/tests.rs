//! Checks the crate against what CPython 3.11 answers (tests/fixture.txt,
//! written by generate.py from CPython itself, not from the crate's data).

use super::*;

const FIXTURE: &str = include_str!("../tests/fixture.txt");

/// With the feature `lazy`, the streams come through `set_source`.
fn load() {
    set_source(|| {
        static DATA: OnceLock<Vec<u8>> = OnceLock::new();
        let data = DATA.get_or_init(|| {
            let names = include_bytes!("../data/names.bin");
            [&names[..], include_bytes!("../data/aliases.bin")].concat()
        });
        Some(data)
    });
}

/// The fixture's lines of kind `kind`, split at tabs.
fn lines(kind: &str) -> impl Iterator<Item = Vec<&'static str>> + '_ {
    FIXTURE
        .lines()
        .map(|line| line.split('\t').collect::<Vec<_>>())
        .filter(move |fields| fields[0] == kind)
}

fn hex(s: &str) -> Option<char> {
    (s != "-").then(|| char::from_u32(u32::from_str_radix(s, 16).unwrap()).unwrap())
}

/// Every named code point with its name, in code point order, from the data.
fn every_name() -> Vec<(u32, String)> {
    let mut out = Vec::new();
    let mut names = Names::new(streams().unwrap().0);
    while let Some(cp) = names.advance() {
        out.push((cp, String::from_utf8(names.text().to_vec()).unwrap()));
    }
    let syllables = tables::HANGUL_L.len() * tables::HANGUL_V.len() * tables::HANGUL_T.len();
    let algorithmic = (0..syllables as u32)
        .map(|i| tables::HANGUL_BASE + i)
        .chain(tables::CJK_UNIFIED.iter().flat_map(|&(a, b)| a..=b));
    for cp in algorithmic {
        out.push((cp, name(char::from_u32(cp).unwrap()).unwrap()));
    }
    out.sort();
    out
}

fn aliases() -> Vec<(u32, String)> {
    let mut out = Vec::new();
    let mut names = Names::new(streams().unwrap().1);
    while let Some(cp) = names.advance() {
        out.push((cp, String::from_utf8(names.text().to_vec()).unwrap()));
    }
    out
}

#[test]
fn lookups_as_cpython() {
    load();
    let mut count = 0;
    for fields in lines("L") {
        let (query, expected) = (fields[1], hex(fields[2]));
        assert_eq!(character(query), expected, "\\N{{{query}}}");
        count += 1;
    }
    assert!(count > 2900, "{count}");
}

#[test]
fn names_as_cpython() {
    load();
    let mut count = 0;
    for fields in lines("N") {
        let c = hex(fields[1]).unwrap();
        let expected = (fields[2] != "-").then(|| fields[2].to_string());
        assert_eq!(name(c), expected, "U+{:04X}", u32::from(c));
        if let Some(expected) = expected {
            assert_eq!(character(&expected), Some(c), "{expected}");
        }
        count += 1;
    }
    assert!(count > 1900, "{count}");
}

/// Every name, checked against a digest of CPython's names per 4096 code
/// points, and every alias looked up.
#[test]
fn every_name_as_cpython() {
    load();
    let names = every_name();
    let mut digests = std::collections::BTreeMap::<u32, (usize, u64)>::new();
    for (cp, name) in &names {
        let (count, hash) = digests
            .entry(cp >> 12)
            .or_insert((0, 0xCBF2_9CE4_8422_2325));
        *count += 1;
        for b in format!("{cp:X} {name}\n").bytes() {
            *hash = (*hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01B3);
        }
    }
    let expected: Vec<_> = lines("D")
        .map(|f| {
            let block = u32::from_str_radix(f[1], 16).unwrap();
            let hash = u64::from_str_radix(f[3], 16).unwrap();
            (block, (f[2].parse::<usize>().unwrap(), hash))
        })
        .collect();
    assert_eq!(digests.into_iter().collect::<Vec<_>>(), expected);
    let counts = lines("C").next().unwrap();
    assert_eq!(names.len(), counts[1].parse::<usize>().unwrap());
    let aliases = aliases();
    assert_eq!(aliases.len(), counts[2].parse::<usize>().unwrap());
    for (cp, alias) in aliases {
        assert_eq!(character(&alias).map(u32::from), Some(cp), "{alias}");
    }
}

/// `character` on every name and its lower case, and `name` on every named
/// code point: slow, so run it with `cargo test --release -- --ignored`.
#[test]
#[ignore]
fn every_name_looked_up() {
    load();
    let start = std::time::Instant::now();
    let names = every_name();
    let mut looked_up = 0;
    for (cp, name) in &names {
        let c = char::from_u32(*cp);
        assert_eq!(character(name), c, "{name}");
        let algorithmic =
            name.starts_with(tables::HANGUL_PREFIX) || name.starts_with(tables::CJK_PREFIX);
        let lower = character(&name.to_ascii_lowercase());
        assert_eq!(lower, if algorithmic { None } else { c }, "{name}");
        looked_up += 2;
    }
    let per_call = start.elapsed() / looked_up;
    eprintln!("{looked_up} lookups, {per_call:?} per lookup on average");
    for (cp, expected) in &names {
        assert_eq!(name(char::from_u32(*cp).unwrap()).as_ref(), Some(expected));
    }
}

#[test]
fn samples() {
    load();
    assert_eq!(character("LATIN SMALL LETTER A"), Some('a'));
    assert_eq!(character("latin small letter a"), Some('a'));
    assert_eq!(character("NBSP"), Some('\u{a0}'));
    assert_eq!(character("BYTE ORDER MARK"), Some('\u{feff}'));
    assert_eq!(character("HANGUL SYLLABLE GAG"), Some('\u{ac01}'));
    assert_eq!(character("CJK UNIFIED IDEOGRAPH-4E00"), Some('\u{4e00}'));
    assert_eq!(character("CJK UNIFIED IDEOGRAPH-4DC0"), None);
    assert_eq!(character("LATIN SMALL LETTER A WITH"), None);
    assert_eq!(character("KEYCAP NUMBER SIGN"), None);
    assert_eq!(name('a').as_deref(), Some("LATIN SMALL LETTER A"));
    assert_eq!(name('\u{ac01}').as_deref(), Some("HANGUL SYLLABLE GAG"));
    assert_eq!(name('\0'), None);
    assert_eq!(UNICODE_VERSION, "14.0.0");
}

/// Prints how long some lookups take: `cargo test --release timing -- --ignored --nocapture`.
#[test]
#[ignore]
fn timing() {
    load();
    let queries = [
        "LATIN SMALL LETTER A",
        "LATIN SMALL LETTER NOTHING",
        "NO SUCH NAME",
        "hangul syllable ga",
        "NBSP",
        "ZERO WIDTH SPACE",
        "GRINNING FACE",
        "CUNEIFORM SIGN ZU5 TIMES A",
        "SIGNWRITING HAND-FIST INDEX",
        "CJK UNIFIED IDEOGRAPH-4E00",
    ];
    for q in queries {
        let start = std::time::Instant::now();
        let n = 200;
        let mut found = None;
        for _ in 0..n {
            found = character(std::hint::black_box(q));
        }
        eprintln!("{q:30} {found:?}: {:?}", start.elapsed() / n);
    }
    let start = std::time::Instant::now();
    let found = name('\u{10FFFD}');
    eprintln!("name(U+10FFFD) = {found:?}: {:?}", start.elapsed());
}
