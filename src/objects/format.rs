//! The format-specification mini-language (`format(x, spec)`, f-strings,
//! `str.format`) for ints, floats and strings, following CPython 3.11.

use super::float;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub z: bool,
    pub alt: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

pub fn parse_spec(s: &str) -> Result<Spec, String> {
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut spec = Spec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    if chars.len() >= 2 && is_align(chars[1]) {
        spec.fill = Some(chars[0]);
        spec.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        spec.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        spec.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        spec.z = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        spec.alt = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        spec.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        let w: String = chars[start..i].iter().collect();
        spec.width = Some(
            w.parse()
                .map_err(|_| "Too many decimal digits in format string".to_string())?,
        );
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        spec.grouping = Some(chars[i]);
        i += 1;
        if i < chars.len() && matches!(chars[i], ',' | '_') {
            return Err("Cannot specify both ',' and '_'.".into());
        }
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err("Format specifier missing precision".into());
        }
        let p: String = chars[start..i].iter().collect();
        spec.precision = Some(
            p.parse()
                .map_err(|_| "Too many decimal digits in format string".to_string())?,
        );
    }
    if i < chars.len() {
        spec.ty = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err("Invalid format specifier".into());
    }
    Ok(spec)
}

/// Pad `body` (which may start with a sign/prefix of length `prefix_len`
/// for `=` alignment) to the spec's width.
fn pad(body: &str, prefix_len: usize, spec: &Spec, default_align: char) -> String {
    let width = spec.width.unwrap_or(0);
    let len = body.chars().count();
    if len >= width {
        return body.to_string();
    }
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero && spec.fill.is_none() {
        '='
    } else {
        default_align
    });
    let n = width - len;
    let f = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match align {
        '<' => format!("{body}{}", f(n)),
        '^' => format!("{}{body}{}", f(n / 2), f(n - n / 2)),
        '=' => {
            let (p, rest) = body.split_at(prefix_len);
            format!("{p}{}{rest}", f(n))
        }
        _ => format!("{}{body}", f(n)),
    }
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Digits padded with zeros (and grouped) to fill `needed` characters.
fn zero_fill_grouped(digits: &str, sep: Option<char>, every: usize, needed: usize) -> String {
    let mut d = digits.to_string();
    loop {
        let g = match sep {
            Some(s) => group(&d, s, every),
            None => d.clone(),
        };
        if g.len() >= needed {
            return g;
        }
        d.insert(0, '0');
    }
}

fn sign_str(negative: bool, sign: Option<char>) -> &'static str {
    if negative {
        "-"
    } else {
        match sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

/// Assemble sign + prefix + digits with grouping and zero padding.
fn assemble_number(
    negative: bool,
    prefix: &str,
    digits: &str,
    frac: &str,
    spec: &Spec,
    every: usize,
) -> String {
    let sign = sign_str(negative, spec.sign);
    let head_len = sign.len() + prefix.len();
    let zero_pad = (spec.zero && spec.fill.is_none() && matches!(spec.align, None | Some('=')))
        || (spec.fill == Some('0') && spec.align == Some('='));
    let int_part = if zero_pad && spec.width.is_some() {
        let needed = spec
            .width
            .unwrap_or(0)
            .saturating_sub(head_len + frac.chars().count());
        zero_fill_grouped(digits, spec.grouping, every, needed)
    } else {
        match spec.grouping {
            Some(s) => group(digits, s, every),
            None => digits.to_string(),
        }
    };
    let body = format!("{sign}{prefix}{int_part}{frac}");
    pad(&body, head_len, spec, '>')
}

pub enum IntValue<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntValue<'_> {
    fn to_big(&self) -> BigInt {
        match self {
            IntValue::Small(i) => BigInt::from(*i),
            IntValue::Big(b) => (*b).clone(),
        }
    }
    fn to_f64(&self) -> f64 {
        match self {
            IntValue::Small(i) => *i as f64,
            IntValue::Big(b) => b.to_f64().unwrap_or(f64::INFINITY),
        }
    }
}

pub fn format_int(v: IntValue, spec: &Spec) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('d');
    if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        return format_float(v.to_f64(), spec);
    }
    if !matches!(ty, 'd' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c') {
        return Err(format!(
            "Unknown format code '{ty}' for object of type 'int'"
        ));
    }
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".into());
    }
    if spec.z && matches!(ty, 'd' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c') {
        return Err("Negative zero coercion (z) not allowed in integer format specifier".into());
    }
    let big = v.to_big();
    let negative = big.is_negative();
    let mag = big.abs();
    let (prefix, digits, every) = match ty {
        'd' | 'n' => ("", mag.to_str_radix(10), 3),
        'b' => ("0b", mag.to_str_radix(2), 4),
        'o' => ("0o", mag.to_str_radix(8), 4),
        'x' => ("0x", mag.to_str_radix(16), 4),
        'X' => ("0X", mag.to_str_radix(16).to_uppercase(), 4),
        'c' => {
            if spec.sign.is_some() {
                return Err("Sign not allowed with integer format specifier 'c'".into());
            }
            let c = big
                .to_u32()
                .and_then(char::from_u32)
                .ok_or_else(|| "%c arg not in range(0x110000)".to_string())?;
            return Ok(pad(&c.to_string(), 0, spec, '<'));
        }
        's' => return Err("Unknown format code 's' for object of type 'int'".into()),
        other => {
            return Err(format!(
                "Unknown format code '{other}' for object of type 'int'"
            ))
        }
    };
    if spec.grouping == Some(',') && ty != 'd' && ty != 'n' {
        return Err(format!("Cannot specify ',' with '{ty}'."));
    }
    let prefix = if spec.alt { prefix } else { "" };
    Ok(assemble_number(negative, prefix, &digits, "", spec, every))
}

pub fn format_float(v: f64, spec: &Spec) -> Result<String, String> {
    let ty = spec.ty;
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    let mut negative = v.is_sign_negative() && !v.is_nan();
    let a = v.abs();
    let prec = spec.precision;
    let mut text = match ty {
        None => match prec {
            None => {
                if spec.alt {
                    float::general(a, 17, false, true, true)
                } else {
                    float::repr(a)
                }
            }
            Some(p) => float::general(a, p, false, spec.alt, true),
        },
        Some('f' | 'F') => float::fixed(a, prec.unwrap_or(6)),
        Some('e' | 'E') => float::exponent(a, prec.unwrap_or(6), upper),
        Some('g' | 'G' | 'n') => float::general(a, prec.unwrap_or(6), upper, spec.alt, false),
        Some('%') => format!("{}%", float::fixed(a * 100.0, prec.unwrap_or(6))),
        Some(c) => {
            return Err(format!(
                "Unknown format code '{c}' for object of type 'float'"
            ))
        }
    };
    if upper {
        text = text.to_uppercase();
    }
    // `z`: a value that rounds to zero loses its sign.
    if spec.z && negative {
        let mantissa = text.split(['e', 'E', '%']).next().unwrap_or("");
        if mantissa.chars().all(|c| c == '0' || c == '.') {
            negative = false;
        }
    }
    if spec.alt && matches!(ty, Some('f' | 'F' | 'e' | 'E' | '%')) && !text.contains('.') {
        // `#` keeps the point even with precision 0.
        match text.find(['e', 'E', '%']) {
            Some(i) => text.insert(i, '.'),
            None => text.push('.'),
        }
    }
    if !a.is_finite() {
        let body = format!("{}{}", sign_str(negative, spec.sign), text);
        let mut s2 = spec.clone();
        if s2.zero && s2.fill.is_none() {
            s2.zero = false;
        }
        return Ok(pad(&body, 0, &s2, '>'));
    }
    // Split the integer digits from the rest for grouping.
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (digits, frac) = text.split_at(split);
    Ok(assemble_number(negative, "", digits, frac, spec, 3))
}

pub fn format_str(s: &str, spec: &Spec) -> Result<String, String> {
    match spec.ty {
        None | Some('s') => {}
        Some(c) => {
            return Err(format!(
                "Unknown format code '{c}' for object of type 'str'"
            ))
        }
    }
    if spec.sign.is_some() {
        return Err("Sign not allowed in string format specifier".into());
    }
    if spec.z {
        return Err("Negative zero coercion (z) not allowed in string format specifier".into());
    }
    if spec.alt {
        return Err("Alternate form (#) not allowed in string format specifier".into());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment not allowed in string format specifier".into());
    }
    if spec.grouping.is_some() {
        return Err("Cannot specify ',' with 's'.".into());
    }
    let body: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    let mut sp = spec.clone();
    if sp.zero && sp.align.is_none() {
        sp.align = Some('<');
        if sp.fill.is_none() {
            sp.fill = Some('0');
        }
    }
    Ok(pad(&body, 0, &sp, '<'))
}

/// Format a big or small integer in a base for `bin`/`oct`/`hex`.
pub fn int_to_base(v: &BigInt, radix: u32, prefix: &str) -> String {
    let neg = v.is_negative();
    let digits = v.abs().to_str_radix(radix);
    format!("{}{}{}", if neg { "-" } else { "" }, prefix, digits)
}

pub fn is_zero(b: &BigInt) -> bool {
    b.is_zero()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(v: f64, s: &str) -> String {
        format_float(v, &parse_spec(s).unwrap()).unwrap()
    }
    fn i(v: i64, s: &str) -> String {
        format_int(IntValue::Small(v), &parse_spec(s).unwrap()).unwrap()
    }

    #[test]
    fn ints() {
        assert_eq!(i(1234567, ","), "1,234,567");
        assert_eq!(i(255, "#x"), "0xff");
        assert_eq!(i(255, "08b"), "11111111");
        assert_eq!(i(-42, "+06"), "-00042");
        assert_eq!(i(42, "+"), "+42");
        assert_eq!(i(1234, "08,"), "0,001,234");
        assert_eq!(i(42, "*^9"), "***42****");
        assert_eq!(i(65535, "_x"), "ffff");
        assert_eq!(i(1048575, "_x"), "f_ffff");
        assert_eq!(i(5, ".2f"), "5.00");
    }

    #[test]
    fn floats() {
        assert_eq!(f(1.23456, ".2f"), "1.23");
        assert_eq!(f(1234.5, ",.1f"), "1,234.5");
        assert_eq!(f(0.25, ".1%"), "25.0%");
        assert_eq!(f(12345.678, "+.3e"), "+1.235e+04");
        assert_eq!(f(-1.5, "010.2f"), "-000001.50");
        assert_eq!(f(2.0, ""), "2.0");
        assert_eq!(f(1.0, ".3"), "1.0");
        assert_eq!(f(123456.0, ".3"), "1.23e+05");
        assert_eq!(f(f64::INFINITY, "10.2f"), "       inf");
    }

    #[test]
    fn strs() {
        assert_eq!(
            format_str("ab", &parse_spec(">5").unwrap()).unwrap(),
            "   ab"
        );
        assert_eq!(
            format_str("abcdef", &parse_spec(".3").unwrap()).unwrap(),
            "abc"
        );
        assert_eq!(
            format_str("ab", &parse_spec("^6").unwrap()).unwrap(),
            "  ab  "
        );
    }
}
