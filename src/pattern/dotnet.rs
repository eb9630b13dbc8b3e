//! Run-time compiler of Partner Center's .NET regular expressions (`postalCodeRegex`,
//! `phoneNumberRegex` of its country validation rules) into programs of the linear-time matcher
//! ([`super::vm`]): a pattern passed in at run time is data, so it is compiled without a panic, its
//! program bounded in size, and matched in time proportional to `input × program`, whatever it is
//! (`^(a+)+$` included) — never by a backtracking engine.
//!
//! Supported, with .NET's meaning for `Regex.IsMatch`: ASCII literals; escapes of punctuation (`\-`
//! `\/` `\.` …), `\t \n \r \f \v \e`, `\xHH` and `\uHHHH` of an ASCII character; `\d` `\D` (ASCII
//! digits: .NET's `\d` also takes other Unicode digits, which the package never stores), `\s` `\S`
//! (ASCII white space); `.`; classes `[…]` with ranges, negation, `\d` `\s`; groups `(…)`, `(?:…)`,
//! named `(?<n>…)` `(?'n'…)` (all as plain groups: only match / no match is asked); `(?#…)`
//! comments; alternation; `? * + {n} {n,} {n,m}` greedy or lazy (same matches); anchors `^` `\A`
//! at the start and `$` `\z` `\Z` at the end of a top-level alternative — a side without its anchor
//! matches anywhere, as `IsMatch` does.
//!
//! Refused with [`Unsupported`] (the caller reports it and applies its built-in rule): look-arounds,
//! back-references, atomic groups, inline options, `\w` `\b` `\p{…}`, class subtraction, non-ASCII
//! characters, anchors elsewhere, a pattern over [`MAX_PATTERN`] bytes, a repetition over 1000
//! ([`MAX_COUNT`](super::compile::MAX_COUNT)), a program over 60,000 bytes or 255 classes, groups
//! nested over 32.
//!
//! The parser and the emitter are the build's (`compile.rs`, [`Dialect::DotNet`]): one compiler for
//! the data's patterns and Partner Center's.

use std::cell::RefCell;
use std::rc::Rc;

pub use super::compile::Unsupported;
use super::compile::{emit, parse, Dialect};

/// Longest pattern text read (bytes).
pub const MAX_PATTERN: usize = 2048;

/// A compiled pattern: its program (`[len u16 LE][code…]`) and its class table.
#[derive(Debug)]
pub struct Program {
    code: Vec<u8>,
    classes: Vec<u128>,
}

impl Program {
    /// Does the pattern match `input`, as .NET's `Regex.IsMatch` answers?
    pub fn is_match(&self, input: &str) -> bool {
        super::vm::run(&self.code, &self.classes, 0, input, false)
    }

    /// Does the pattern match a beginning of `input` (the postal prefixes of subdivisions)?
    pub fn matches_start(&self, input: &str) -> bool {
        super::vm::run(&self.code, &self.classes, 0, input, true)
    }
}

/// Compiles a .NET pattern (no cache: see [`compile`]).
pub fn compile_uncached(src: &str) -> Result<Program, Unsupported> {
    compile_in(src, Dialect::DotNet)
}

/// Compiles a pattern of the data (a country record's postal pattern or prefix, checked at build
/// time by the same compiler: `build/country_records.rs`).
pub(crate) fn compile_data(src: &str) -> Result<Program, Unsupported> {
    compile_in(src, Dialect::Data)
}

fn compile_in(src: &str, dialect: Dialect) -> Result<Program, Unsupported> {
    if src.len() > MAX_PATTERN {
        return Err(Unsupported::TooLong);
    }
    let node = parse(src, dialect).map_err(|(e, _)| e)?;
    let mut classes = Vec::new();
    let prog = emit(&node, &mut classes)?;
    let len = u16::try_from(prog.len()).map_err(|_| Unsupported::TooComplex)?;
    let mut code = Vec::with_capacity(prog.len() + 2);
    code.extend_from_slice(&len.to_le_bytes());
    code.extend_from_slice(&prog);
    Ok(Program { code, classes })
}

/// How many compiled patterns are kept (most recently used first).
const CACHE_SIZE: usize = 16;

type Cached = Rc<Result<Program, Unsupported>>;

std::thread_local! {
    static CACHE: RefCell<Vec<(String, Cached)>> = const { RefCell::new(Vec::new()) };
    static COMPILED: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Compiles a .NET pattern, or takes it from a small cache keyed by its text: a keystroke that
/// validates a field again with the same rules never recompiles.
pub fn compile(src: &str) -> Cached {
    if src.len() > MAX_PATTERN {
        return Rc::new(Err(Unsupported::TooLong));
    }
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(at) = cache.iter().position(|(k, _)| k == src) {
            let entry = cache.remove(at);
            let program = entry.1.clone();
            cache.insert(0, entry);
            return program;
        }
        COMPILED.with(|n| n.set(n.get() + 1));
        let program = Rc::new(compile_uncached(src));
        cache.insert(0, (src.to_owned(), program.clone()));
        cache.truncate(CACHE_SIZE);
        program
    })
}

/// How many patterns [`compile`] has compiled on this thread (the cache test).
#[cfg(test)]
pub fn compiled_count() -> u64 {
    COMPILED.with(std::cell::Cell::get)
}

#[cfg(test)]
#[path = "dotnet_tests.rs"]
mod tests;
