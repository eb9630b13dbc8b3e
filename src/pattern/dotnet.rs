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
//! characters, anchors elsewhere, a pattern over [`MAX_PATTERN`] bytes, a repetition over
//! [`MAX_COUNT`], a program over [`MAX_PROGRAM`] bytes or 255 classes, groups nested over [`MAX_DEPTH`].

use std::cell::RefCell;
use std::rc::Rc;

/// Longest pattern text read (bytes).
pub const MAX_PATTERN: usize = 2048;
/// Largest count of a `{n,m}` repetition.
pub const MAX_COUNT: u32 = 1000;
/// Largest program (bytes; jump targets are 16-bit).
pub const MAX_PROGRAM: usize = 60_000;
/// Deepest group nesting.
pub const MAX_DEPTH: usize = 32;

// The matcher's opcodes (the program format is `vm.rs`'s, written down there).
use super::vm::{OP_CLASS, OP_DIGIT, OP_JMP, OP_MATCH, OP_NCLASS, OP_SPLIT};

/// Why a pattern can't be used: the construct (`"look-around"`, `"\\w"`…) or a limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unsupported {
    /// A construct the linear-time matcher does not run (named for the message).
    Construct(&'static str),
    /// Not a valid regular expression (unbalanced group, unterminated class, reversed range…).
    Syntax,
    /// Over [`MAX_PATTERN`] bytes.
    TooLong,
    /// Its program would be over the size limits.
    TooComplex,
}

impl Unsupported {
    /// The short English name of the problem, a parameter of the issue (`construct`).
    pub fn name(&self) -> &'static str {
        match self {
            Unsupported::Construct(c) => c,
            Unsupported::Syntax => "syntax",
            Unsupported::TooLong => "length",
            Unsupported::TooComplex => "size",
        }
    }
}

#[derive(Debug, Clone)]
enum Node {
    Byte(u8),
    Class(u128, bool),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat(Box<Node>, u32, Option<u32>),
}

const DIGITS: u128 = 0x03FF << 48;
const SPACES: u128 = (1 << 9) | (1 << 10) | (1 << 11) | (1 << 12) | (1 << 13) | (1 << 32);

fn any() -> Node {
    Node::Repeat(Box::new(Node::Class(0, true)), 0, None)
}

struct Parser<'a> {
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
}

type Parsed<T> = Result<T, Unsupported>;

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn at(&self, offset: usize) -> Option<u8> {
        self.bytes.get(self.pos + offset).copied()
    }

    fn alt(&mut self) -> Parsed<Node> {
        let mut branches = vec![self.branch()?];
        while self.peek() == Some(b'|') {
            self.pos += 1;
            branches.push(self.branch()?);
        }
        Ok(if branches.len() == 1 {
            branches.pop().unwrap_or(Node::Concat(Vec::new()))
        } else {
            Node::Alt(branches)
        })
    }

    /// A branch; at the top level, with its anchors resolved (an unanchored side matches anywhere).
    fn branch(&mut self) -> Parsed<Node> {
        let top = self.depth == 0;
        let mut start_anchor = false;
        if top {
            if self.peek() == Some(b'^') {
                self.pos += 1;
                start_anchor = true;
            } else if self.peek() == Some(b'\\') && self.at(1) == Some(b'A') {
                self.pos += 2;
                start_anchor = true;
            }
        }
        let mut items = Vec::new();
        let mut end_anchor = false;
        while let Some(c) = self.peek() {
            if c == b'|' || c == b')' {
                break;
            }
            let end = match (c, self.at(1)) {
                (b'$', next) => Some((1, next)),
                (b'\\', Some(b'z' | b'Z')) => Some((2, self.at(2))),
                _ => None,
            };
            if let Some((width, next)) = end {
                if top && matches!(next, None | Some(b'|')) {
                    self.pos += width;
                    end_anchor = true;
                    break;
                }
                return Err(Unsupported::Construct("anchor inside the pattern"));
            }
            if c == b'^' {
                return Err(Unsupported::Construct("anchor inside the pattern"));
            }
            let Some(atom) = self.atom()? else { continue };
            items.push(self.quantified(atom)?);
        }
        if top && !start_anchor {
            items.insert(0, any());
        }
        if top && !end_anchor {
            items.push(any());
        }
        Ok(Node::Concat(items))
    }

    fn number(&mut self) -> Option<u32> {
        let start = self.pos;
        let mut n: u32 = 0;
        while let Some(c) = self.peek().filter(u8::is_ascii_digit) {
            n = n.saturating_mul(10).saturating_add(u32::from(c - b'0'));
            self.pos += 1;
        }
        (self.pos > start).then_some(n)
    }

    /// `{n}`, `{n,}`, `{n,m}` at the current `{`; `None` (position unchanged) when it is a literal `{`.
    fn counted(&mut self) -> Option<(u32, Option<u32>)> {
        let start = self.pos;
        self.pos += 1;
        let parsed = self.number().and_then(|min| {
            let max = if self.peek() == Some(b',') {
                self.pos += 1;
                self.number()
            } else {
                Some(min)
            };
            (self.peek() == Some(b'}')).then_some((min, max))
        });
        if parsed.is_none() {
            self.pos = start;
        }
        parsed
    }

    fn quantified(&mut self, mut atom: Node) -> Parsed<Node> {
        loop {
            let (min, max) = match self.peek() {
                Some(b'?') => (0, Some(1)),
                Some(b'*') => (0, None),
                Some(b'+') => (1, None),
                Some(b'{') => match self.counted() {
                    Some(bounds) => bounds,
                    None => return Ok(atom),
                },
                _ => return Ok(atom),
            };
            self.pos += 1;
            if max.is_some_and(|m| m < min) {
                return Err(Unsupported::Syntax);
            }
            if min > MAX_COUNT || max.is_some_and(|m| m > MAX_COUNT) {
                return Err(Unsupported::TooComplex);
            }
            // Lazy: the same set of matches as greedy (only match / no match is asked).
            if self.peek() == Some(b'?') {
                self.pos += 1;
            }
            if matches!(self.peek(), Some(b'?' | b'*' | b'+')) {
                return Err(Unsupported::Syntax);
            }
            atom = Node::Repeat(Box::new(atom), min, max);
        }
    }

    fn hex(&mut self, digits: usize) -> Parsed<u8> {
        let text = self.bytes.get(self.pos..self.pos + digits).ok_or(Unsupported::Syntax)?;
        let text = std::str::from_utf8(text).map_err(|_| Unsupported::Syntax)?;
        let value = u32::from_str_radix(text, 16).map_err(|_| Unsupported::Syntax)?;
        self.pos += digits;
        u8::try_from(value).ok().filter(u8::is_ascii).ok_or(Unsupported::Construct("non-ASCII character"))
    }

    /// An escape (after the `\`): one character, or a class `(set, negated)`.
    fn escape(&mut self) -> Parsed<Result<u8, (u128, bool)>> {
        let c = self.peek().ok_or(Unsupported::Syntax)?;
        self.pos += 1;
        Ok(match c {
            b'd' => Err((DIGITS, false)),
            b'D' => Err((DIGITS, true)),
            b's' => Err((SPACES, false)),
            b'S' => Err((SPACES, true)),
            b't' => Ok(b'\t'),
            b'n' => Ok(b'\n'),
            b'r' => Ok(b'\r'),
            b'f' => Ok(0x0C),
            b'v' => Ok(0x0B),
            b'e' => Ok(0x1B),
            b'x' => Ok(self.hex(2)?),
            b'u' => Ok(self.hex(4)?),
            b'w' | b'W' => return Err(Unsupported::Construct("\\w")),
            b'b' | b'B' | b'G' => return Err(Unsupported::Construct("word boundary")),
            b'p' | b'P' => return Err(Unsupported::Construct("Unicode category")),
            b'k' | b'1'..=b'9' => return Err(Unsupported::Construct("back-reference")),
            c if c.is_ascii_punctuation() || c == b' ' => Ok(c),
            _ => return Err(Unsupported::Construct("escape")),
        })
    }

    /// An atom; `None` for a comment.
    fn atom(&mut self) -> Parsed<Option<Node>> {
        let Some(c) = self.peek() else { return Err(Unsupported::Syntax) };
        match c {
            b'(' => self.group(),
            b'[' => self.class().map(Some),
            b'\\' => {
                self.pos += 1;
                Ok(Some(match self.escape()? {
                    Ok(byte) => Node::Byte(byte),
                    Err((set, negated)) => Node::Class(set, negated),
                }))
            }
            b'.' => {
                self.pos += 1;
                Ok(Some(Node::Class(1 << 10, true)))
            }
            b'?' | b'*' | b'+' => Err(Unsupported::Syntax),
            c if c.is_ascii() && (c >= b' ' || c == b'\t') && c != 0x7F => {
                self.pos += 1;
                Ok(Some(Node::Byte(c)))
            }
            c if c.is_ascii() => Err(Unsupported::Construct("control character")),
            _ => Err(Unsupported::Construct("non-ASCII character")),
        }
    }

    fn group(&mut self) -> Parsed<Option<Node>> {
        self.pos += 1;
        if self.peek() == Some(b'?') {
            match (self.at(1), self.at(2)) {
                (Some(b':'), _) => self.pos += 2,
                (Some(b'#'), _) => {
                    while self.peek().is_some_and(|c| c != b')') {
                        self.pos += 1;
                    }
                    if self.peek() != Some(b')') {
                        return Err(Unsupported::Syntax);
                    }
                    self.pos += 1;
                    return Ok(None);
                }
                (Some(b'='), _) | (Some(b'!'), _) | (Some(b'<'), Some(b'=' | b'!')) => {
                    return Err(Unsupported::Construct("look-around"))
                }
                (Some(b'>'), _) => return Err(Unsupported::Construct("atomic group")),
                (Some(open @ (b'<' | b'\'')), _) => {
                    let close = if open == b'<' { b'>' } else { b'\'' };
                    self.pos += 2;
                    while self.peek().is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_') {
                        self.pos += 1;
                    }
                    if self.peek() == Some(b'-') {
                        return Err(Unsupported::Construct("balancing group"));
                    }
                    if self.peek() != Some(close) {
                        return Err(Unsupported::Syntax);
                    }
                    self.pos += 1;
                }
                (Some(b'('), _) => return Err(Unsupported::Construct("conditional")),
                _ => return Err(Unsupported::Construct("inline options")),
            }
        }
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(Unsupported::TooComplex);
        }
        let inner = self.alt()?;
        self.depth -= 1;
        if self.peek() != Some(b')') {
            return Err(Unsupported::Syntax);
        }
        self.pos += 1;
        Ok(Some(inner))
    }

    fn class_char(&mut self) -> Parsed<Result<u8, u128>> {
        match self.peek() {
            Some(b'\\') => {
                self.pos += 1;
                match self.escape()? {
                    Ok(c) => Ok(Ok(c)),
                    Err((set, false)) => Ok(Err(set)),
                    // `[\D]`, `[\S]` hold non-ASCII characters: the class table can't say so.
                    Err((_, true)) => Err(Unsupported::Construct("negated escape in a class")),
                }
            }
            Some(b'[') if self.at(1) == Some(b':') => Err(Unsupported::Construct("character class name")),
            Some(c) if c.is_ascii() && (c >= b' ' || c == b'\t') && c != 0x7F => {
                self.pos += 1;
                Ok(Ok(c))
            }
            Some(c) if c.is_ascii() => Err(Unsupported::Construct("control character")),
            Some(_) => Err(Unsupported::Construct("non-ASCII character")),
            None => Err(Unsupported::Syntax),
        }
    }

    fn class(&mut self) -> Parsed<Node> {
        self.pos += 1;
        let negated = self.peek() == Some(b'^');
        if negated {
            self.pos += 1;
        }
        let mut set: u128 = 0;
        let mut first = true;
        loop {
            match self.peek() {
                Some(b']') if !first => break,
                Some(b'-') if self.at(1) == Some(b'[') => {
                    return Err(Unsupported::Construct("class subtraction"))
                }
                None => return Err(Unsupported::Syntax),
                _ => {}
            }
            first = false;
            match self.class_char()? {
                Err(bits) => set |= bits,
                Ok(lo) => {
                    if self.peek() == Some(b'-') && self.at(1) == Some(b'[') {
                        return Err(Unsupported::Construct("class subtraction"));
                    }
                    if self.peek() == Some(b'-') && self.at(1).is_some_and(|c| c != b']') {
                        self.pos += 1;
                        let hi = self.class_char()?.map_err(|_| Unsupported::Syntax)?;
                        if hi < lo {
                            return Err(Unsupported::Syntax);
                        }
                        for c in lo..=hi {
                            set |= 1u128 << c;
                        }
                    } else {
                        set |= 1u128 << lo;
                    }
                }
            }
        }
        self.pos += 1;
        Ok(Node::Class(set, negated))
    }
}

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
}

struct Emitter {
    prog: Vec<u8>,
    classes: Vec<u128>,
}

impl Emitter {
    fn push(&mut self, bytes: &[u8]) -> Parsed<()> {
        if self.prog.len() + bytes.len() > MAX_PROGRAM {
            return Err(Unsupported::TooComplex);
        }
        self.prog.extend_from_slice(bytes);
        Ok(())
    }

    fn patch(&mut self, at: usize, target: usize) -> Parsed<()> {
        let t = u16::try_from(target).map_err(|_| Unsupported::TooComplex)?.to_le_bytes();
        let slot = self.prog.get_mut(at + 1..at + 3).ok_or(Unsupported::TooComplex)?;
        slot.copy_from_slice(&t);
        Ok(())
    }

    fn class_index(&mut self, set: u128) -> Parsed<u8> {
        let i = match self.classes.iter().position(|&c| c == set) {
            Some(i) => i,
            None => {
                self.classes.push(set);
                self.classes.len() - 1
            }
        };
        u8::try_from(i).map_err(|_| Unsupported::TooComplex)
    }

    fn emit(&mut self, node: &Node) -> Parsed<()> {
        match node {
            Node::Byte(c) => self.push(&[*c]),
            Node::Class(set, false) if *set == DIGITS => self.push(&[OP_DIGIT]),
            Node::Class(set, false) if set.count_ones() == 1 => self.push(&[set.trailing_zeros() as u8]),
            Node::Class(set, negated) => {
                let i = self.class_index(*set)?;
                self.push(&[if *negated { OP_NCLASS } else { OP_CLASS }, i])
            }
            Node::Concat(items) => items.iter().try_for_each(|n| self.emit(n)),
            Node::Alt(branches) => {
                let mut jumps = Vec::new();
                for (i, b) in branches.iter().enumerate() {
                    let last = i + 1 == branches.len();
                    let split = self.prog.len();
                    if !last {
                        self.push(&[OP_SPLIT, 0, 0])?;
                    }
                    self.emit(b)?;
                    if !last {
                        jumps.push(self.prog.len());
                        self.push(&[OP_JMP, 0, 0])?;
                        self.patch(split, self.prog.len())?;
                    }
                }
                let end = self.prog.len();
                jumps.into_iter().try_for_each(|j| self.patch(j, end))
            }
            Node::Repeat(inner, min, max) => {
                for _ in 0..*min {
                    self.emit(inner)?;
                }
                match max {
                    Some(max) => {
                        let mut splits = Vec::new();
                        for _ in *min..*max {
                            splits.push(self.prog.len());
                            self.push(&[OP_SPLIT, 0, 0])?;
                            self.emit(inner)?;
                        }
                        let end = self.prog.len();
                        splits.into_iter().try_for_each(|s| self.patch(s, end))
                    }
                    None => {
                        let top = self.prog.len();
                        self.push(&[OP_SPLIT, 0, 0])?;
                        self.emit(inner)?;
                        let jmp = self.prog.len();
                        self.push(&[OP_JMP, 0, 0])?;
                        self.patch(jmp, top)?;
                        self.patch(top, self.prog.len())
                    }
                }
            }
        }
    }
}

/// Compiles a .NET pattern (no cache: see [`compile`]).
pub fn compile_uncached(src: &str) -> Result<Program, Unsupported> {
    if src.len() > MAX_PATTERN {
        return Err(Unsupported::TooLong);
    }
    let mut parser = Parser { bytes: src.as_bytes(), pos: 0, depth: 0 };
    let node = parser.alt()?;
    if parser.pos != src.len() {
        return Err(Unsupported::Syntax);
    }
    let mut e = Emitter { prog: Vec::new(), classes: Vec::new() };
    e.emit(&node)?;
    e.push(&[OP_MATCH])?;
    let len = u16::try_from(e.prog.len()).map_err(|_| Unsupported::TooComplex)?;
    let mut code = Vec::with_capacity(e.prog.len() + 2);
    code.extend_from_slice(&len.to_le_bytes());
    code.extend_from_slice(&e.prog);
    Ok(Program { code, classes: e.classes })
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
