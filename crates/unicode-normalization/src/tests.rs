//! Checks the crate against what CPython 3.11 answers (tests/fixture.txt,
//! written by generate.py from CPython itself, not from the crate's data).

use super::*;

const FIXTURE: &str = include_str!("../tests/fixture.txt");

fn chars(hex: &str) -> String {
    hex.split(' ')
        .filter(|h| !h.is_empty())
        .map(|h| char::from_u32(u32::from_str_radix(h, 16).unwrap()).unwrap())
        .collect()
}

fn nfkc(s: &str) -> String {
    // With the feature `lazy`, the table comes through `set_source`.
    set_source(|| Some(include_bytes!("../data/nfkc.bin")));
    s.nfkc().collect()
}

#[test]
fn strings_normalize_as_in_cpython() {
    let mut checked = 0;
    for line in FIXTURE.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        if fields[0] == "nfkc" {
            let (text, expected) = (chars(fields[1]), chars(fields[2]));
            assert_eq!(nfkc(&text), expected, "NFKC of {:?}", fields[1]);
            checked += 1;
        }
    }
    assert!(checked > 2000, "{checked}");
}

#[test]
fn every_code_point_normalizes_as_in_cpython() {
    let mut h: u64 = 0xCBF2_9CE4_8422_2325;
    let mut buf = [0; 4];
    for c in (0..0x11_0000).filter_map(char::from_u32) {
        for b in nfkc(c.encode_utf8(&mut buf)).bytes().chain([0]) {
            h = (h ^ u64::from(b)).wrapping_mul(0x100_0000_01B3);
        }
    }
    let expected = FIXTURE
        .lines()
        .find_map(|l| l.strip_prefix("digest\t"))
        .unwrap();
    assert_eq!(format!("{h:016X}"), expected);
}

#[test]
fn identifiers_as_python_sees_them() {
    assert_eq!(nfkc("ﬁle"), "file");
    assert_eq!(nfkc("ℌ"), "H");
    assert_eq!(nfkc("e\u{301}"), "é");
    assert_eq!(nfkc("한글"), "한글");
    assert_eq!(nfkc("\u{1100}\u{1161}\u{11A8}"), "각");
    assert_eq!(nfkc("plain_ascii"), "plain_ascii");
}

#[test]
fn a_damaged_table_decodes_without_panicking() {
    for data in [&[0xFF, 0xFF, 0xFF, 0xFF, 0x0F][..], &[5, 0x80], &[]] {
        let tables = Tables::decode(data);
        let _ = tables.nfkc("ﬁ\u{301}a");
    }
}
