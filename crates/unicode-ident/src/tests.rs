//! Checks the crate against what CPython 3.11 answers (tests/fixture.txt,
//! written by generate.py from CPython itself, not from the crate's data).

use super::*;

const FIXTURE: &str = include_str!("../tests/fixture.txt");

#[test]
fn every_code_point_as_in_cpython() {
    let mut h: u64 = 0xCBF2_9CE4_8422_2325;
    for c in (0..0x11_0000).filter_map(char::from_u32) {
        let byte = u8::from(is_xid_start(c)) | u8::from(is_xid_continue(c)) << 1;
        h = (h ^ u64::from(byte)).wrapping_mul(0x100_0000_01B3);
    }
    let expected = FIXTURE
        .lines()
        .find_map(|l| l.strip_prefix("digest\t"))
        .unwrap();
    assert_eq!(format!("{h:016X}"), expected);
}

#[test]
fn samples_as_in_cpython() {
    let mut checked = 0;
    for line in FIXTURE.lines().filter(|l| l.starts_with("xid\t")) {
        let f: Vec<&str> = line.split('\t').collect();
        let c = char::from_u32(u32::from_str_radix(f[1], 16).unwrap()).unwrap();
        assert_eq!(
            (is_xid_start(c), is_xid_continue(c)),
            (f[2] == "1", f[3] == "1"),
            "U+{}",
            f[1]
        );
        checked += 1;
    }
    assert!(checked > 400);
    assert!(is_xid_start('명') && is_xid_continue('\u{301}') && !is_xid_start('\u{301}'));
}
