//! Tests of the lenient field types and text normalization, beside `input.rs`.
use super::*;

#[test]
fn text_accepts_any_json_value() {
    let t: Vec<Text> = serde_json::from_str(r#"["a", null, 1, true, [1,[2]], {"x":{"y":1}}]"#).unwrap();
    assert_eq!(
        t,
        vec![
            Text::Str("a".into()),
            Text::Missing,
            Text::Invalid(ValueKind::Number),
            Text::Invalid(ValueKind::Boolean),
            Text::Invalid(ValueKind::Array),
            Text::Invalid(ValueKind::Object),
        ]
    );
}

#[test]
fn collapse_whitespace_fast_path_equals_the_general_one() {
    let general = |s: &str| {
        s.split_whitespace()
            .map(|w| w.chars().filter(|&c| !is_forbidden(c)).collect::<String>())
            .collect::<Vec<_>>()
            .join(" ")
    };
    for s in [
        "",
        " ",
        "a",
        "a b",
        "a  b",
        " a",
        "a ",
        "a\tb",
        "a\nb",
        "a\x0Bb",
        "a\x0Cb",
        "a\rb",
        "a\u{A0}b",
        "a\u{85}b",
        "a\u{2003}b",
        "a\u{1F}b",
        "Contoso France SAS",
        "10 rue de la Paix",
        "é  è",
        "  x  y  ",
        "\u{3000}x",
    ] {
        assert_eq!(collapse_whitespace(s), general(s), "{s:?}");
    }
}

#[test]
fn invisible_characters_removed_controls_and_bidi_overrides_refused() {
    // Issue 16 item 2: a last name of only U+200B no longer satisfies `required`.
    for blank in ["\u{200B}", " \u{200B} ", "\u{AD}\u{FEFF}", "\u{200D}", "\u{200B}\u{200C}\u{FE0F}"] {
        assert_eq!(Text::from(blank).read(&["x"], Locale::En), Ok(None), "{blank:?}");
    }
    for (input, kept) in [
        ("info\u{200B}", "info"),
        ("ad\u{AD}min", "admin"),
        ("Dupont \u{200B} Martin", "Dupont Martin"),
        ("\u{FEFF}Contoso", "Contoso"),
        ("می\u{200C}خواهم", "می\u{200C}خواهم"),
        ("👩\u{200D}💻", "👩\u{200D}💻"),
        ("a\u{200E}b", "ab"),
    ] {
        assert_eq!(Text::from(input).read(&["x"], Locale::En), Ok(Some(kept.into())), "{input:?}");
    }
    for (input, shown) in [
        ("Gena\0", "U+0000"),
        ("abc\u{202E}fdp.exe", "U+202E"),
        ("\u{2066}x", "U+2066"),
        ("a\u{1B}[31m", "U+001B"),
        ("a\u{7F}", "U+007F"),
        ("a\u{9B}", "U+009B"),
    ] {
        let issue = Text::from(input).read(&["x"], Locale::En).unwrap_err();
        assert_eq!(issue.code, IssueCode::InvalidCharacters, "{input:?}");
        assert_eq!(issue.params.get("character"), Some(&shown.into()), "{input:?}");
        // The value kept with its issues holds none of them.
        assert!(!Text::from(input).normalized().unwrap().chars().any(is_forbidden), "{input:?}");
    }
    // White space controls are white space: collapsed, not refused.
    assert_eq!(Text::from("a\tb\nc\u{85}d").read(&["x"], Locale::En), Ok(Some("a b c d".into())));
}

#[test]
fn text_read_normalizes_and_refuses_bad_values() {
    assert_eq!(Text::from("  a \t b  ").read(&["x"], Locale::En), Ok(Some("a b".into())));
    assert_eq!(Text::from("   ").read(&["x"], Locale::En), Ok(None));
    let err = Text::Invalid(ValueKind::Number).read(&["x"], Locale::En).unwrap_err();
    assert_eq!(err.code, IssueCode::InvalidType);
    let big = "a".repeat(MAX_FIELD_BYTES + 1);
    let t: Text = serde_json::from_value(serde_json::Value::String(big)).unwrap();
    assert_eq!(t.read(&["x"], Locale::En).unwrap_err().code, IssueCode::InputTooLarge);
}

#[test]
fn options_ignore_unknown_keys_and_wrong_types() {
    let o: Options = serde_json::from_str(r#"{"locale":"fr-CA","other":1}"#).unwrap();
    assert_eq!(o.locale(), Locale::Fr);
    let o: Options = serde_json::from_str(r#"{"locale":42}"#).unwrap();
    assert_eq!(o.locale(), Locale::En);
}

#[test]
fn aud_2_lenient_fields_accept_any_json_value() {
    use crate::transition::Flag;
    let json = |text: &str| serde_json::from_str::<serde_json::Value>(text).unwrap();
    let flags = json(r#"[true, false, null, 1, "true", [], {}]"#);
    let expected = [
        Flag::Bool(true),
        Flag::Bool(false),
        Flag::Missing,
        Flag::Invalid(ValueKind::Number),
        Flag::Invalid(ValueKind::String),
        Flag::Invalid(ValueKind::Array),
        Flag::Invalid(ValueKind::Object),
    ];
    assert_eq!(crate::read::from_json::<Vec<Flag>>(flags.clone()), expected);
    assert_eq!(serde_json::from_value::<Vec<Flag>>(flags).unwrap(), expected);
    let lists = json(r#"[["a", 1], null, "x", {"a": 1}, 3]"#);
    let l: Vec<List<Text>> = crate::read::from_json(lists.clone());
    assert_eq!(l[0], List::Items(vec![Text::from("a"), Text::Invalid(ValueKind::Number)]));
    assert_eq!(l[1], List::Missing);
    assert_eq!(l[2], List::Invalid(ValueKind::String));
    assert_eq!(l[3], List::Invalid(ValueKind::Object));
    assert_eq!(l[4], List::Invalid(ValueKind::Number));
    assert_eq!(serde_json::from_value::<Vec<List<Text>>>(lists).unwrap(), l);
    // An array whose members were not read (past the depth limit) holds no element.
    assert_eq!(List::<Text>::from_value(Value::Unread(ValueKind::Array)), List::Items(Vec::new()));
    let counts = json(r#"[10, -1, 2.7, "5", null, 1e300, -0.0, true]"#);
    let c: Vec<Count> = crate::read::from_json(counts.clone());
    let some = |n| Count(Some(n));
    assert_eq!(
        c,
        [some(10), Count(None), some(2), Count(None), Count(None), some(u64::MAX), some(0), Count(None)]
    );
    assert_eq!(serde_json::from_value::<Vec<Count>>(counts).unwrap(), c);
}

#[test]
fn deserialize_reads_a_value_within_the_limits() {
    // The one serde visitor (`read::Value`): a string over the field limit keeps its length only.
    let big = "a".repeat(MAX_FIELD_BYTES + 1);
    let v: Value = serde_json::from_value(serde_json::json!({ "a": [big, null, 1.5] })).unwrap();
    let a = vec![Value::TooLarge(MAX_FIELD_BYTES + 1), Value::Null, Value::Number(1.5)];
    assert_eq!(v, Value::Object(vec![("a".into(), Value::Array(a))]));
    // Past the depth limit, members are not read, as `Value::from_json` does.
    let deep = format!("{}1{}", "[".repeat(100), "]".repeat(100));
    let json: serde_json::Value = serde_json::from_str(&deep).unwrap();
    let from_serde: Value = serde_json::from_str(&deep).unwrap();
    assert_eq!(from_serde, Value::from_json(&json));
    assert!(format!("{from_serde:?}").contains("Unread(Array)"));
}
