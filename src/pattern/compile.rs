//! The one pattern compiler: a parser of two dialects and the emitter of the linear-time matcher's
//! programs (`vm.rs` defines the format). The build compiles the data's patterns with it
//! (`build/pattern.rs`, [`Dialect::Data`]: a pattern outside the subset stops the build), the run time
//! compiles Partner Center's .NET patterns with it (`dotnet.rs`, [`Dialect::DotNet`]: refused with a
//! reason). Never a panic, bounded recursion ([`MAX_DEPTH`]), bounded programs ([`MAX_PROGRAM`]).
//!
//! Shared with the build script (`build/pattern.rs` includes it by `#[path]`), so it depends on nothing
//! but `std` and `super::vm`.

use super::vm::{OP_CLASS, OP_DIGIT, OP_JMP, OP_MATCH, OP_NCLASS, OP_SPLIT};

/// Largest count of a `{n,m}` repetition in a .NET pattern (the data's: 64).
pub const MAX_COUNT: u32 = 1000;
/// Largest program (bytes; jump targets are 16-bit).
pub const MAX_PROGRAM: usize = 60_000;
/// Deepest group nesting.
pub const MAX_DEPTH: usize = 32;

/// Which patterns the parser reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// The data's patterns (libaddressinput postal codes, libphonenumber national numbers), matched
    /// whole: printable ASCII literals, `\d`, escaped punctuation, classes `[…]` with ranges and
    /// negation, groups `(…)` `(?:…)`, alternation, greedy `? * + {n} {n,} {n,m}` up to 64. Nothing
    /// else: a pattern the matcher would misread must never ship.
    #[allow(dead_code, reason = "the build script's dialect (build/pattern.rs)")]
    Data,
    /// .NET's `Regex.IsMatch` (what `dotnet.rs` documents): the data's subset plus anchors at the ends
    /// of a top-level alternative (a side without one matches anywhere), `.`, `\s` `\S` `\D`, control
    /// and `\xHH` `\uHHHH` escapes of ASCII, a tab, literal `{` `}` `]`, named groups, `(?#…)`
    /// comments, lazy quantifiers, counts up to [`MAX_COUNT`].
    DotNet,
}

/// Why a pattern can't be used: the construct (`"look-around"`, `"\\w"`…) or a limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unsupported {
    /// A construct the linear-time matcher does not run (named for the message).
    Construct(&'static str),
    /// Not a valid regular expression (unbalanced group, unterminated class, reversed range…).
    Syntax,
    /// Over the pattern length limit (`dotnet::MAX_PATTERN`).
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

/// A parsed pattern.
#[derive(Debug, Clone)]
pub enum Node {
    /// One ASCII character.
    Byte(u8),
    /// One character in (or, negated, not in) an ASCII set: bit `c` for ASCII `c`.
    Class(u128, bool),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    /// `inner{min,max}` (`None`: unbounded).
    Repeat(Box<Node>, u32, Option<u32>),
}

/// `\d`: the ASCII digits.
pub const DIGITS: u128 = 0x03FF << 48;
/// `\s`: ASCII white space.
const SPACES: u128 = (1 << 9) | (1 << 10) | (1 << 11) | (1 << 12) | (1 << 13) | (1 << 32);

type Parsed<T> = Result<T, Unsupported>;

/// Parses `src`; on error, also the byte offset where it stopped (for the build's message).
pub fn parse(src: &str, dialect: Dialect) -> Result<Node, (Unsupported, usize)> {
    match dialect {
        Dialect::Data => parse_in::<false>(src),
        Dialect::DotNet => parse_in::<true>(src),
    }
}

/// [`parse`], the dialect a constant (`DOTNET`): each side's compiler carries only its own branches.
fn parse_in<const DOTNET: bool>(src: &str) -> Result<Node, (Unsupported, usize)> {
    let mut parser = Parser::<DOTNET> { bytes: src.as_bytes(), pos: 0, depth: 0 };
    match parser.alt() {
        Ok(node) if parser.pos == src.len() => Ok(node),
        Ok(_) => Err((Unsupported::Syntax, parser.pos)),
        Err(e) => Err((e, parser.pos)),
    }
}

/// The program of `node` (`…code, match`), its classes added to `classes` (shared by the programs of
/// one table). Splits and jumps are absolute (`0x83`/`0x84`); the build shortens them.
pub fn emit(node: &Node, classes: &mut Vec<u128>) -> Result<Vec<u8>, Unsupported> {
    let mut e = Emitter { prog: Vec::new(), classes };
    e.emit(node)?;
    e.push(&[OP_MATCH])?;
    Ok(e.prog)
}

fn any() -> Node {
    Node::Repeat(Box::new(Node::Class(0, true)), 0, None)
}

struct Parser<'a, const DOTNET: bool> {
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
}

impl<const DOTNET: bool> Parser<'_, DOTNET> {
    fn dotnet(&self) -> bool {
        DOTNET
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn at(&self, offset: usize) -> Option<u8> {
        self.bytes.get(self.pos + offset).copied()
    }

    /// A printable ASCII character taken as itself (and, in .NET, a tab).
    fn plain(&self, c: u8) -> bool {
        c.is_ascii() && (c >= b' ' || (c == b'\t' && self.dotnet())) && c != 0x7F
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

    /// A branch; at the top level of a .NET pattern, with its anchors resolved (an unanchored side
    /// matches anywhere).
    fn branch(&mut self) -> Parsed<Node> {
        let top = self.depth == 0 && self.dotnet();
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
        let limit = if self.dotnet() { MAX_COUNT } else { 64 };
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
            if min > limit || max.is_some_and(|m| m > limit) {
                return Err(Unsupported::TooComplex);
            }
            // Lazy: the same set of matches as greedy (only match / no match is asked).
            if self.peek() == Some(b'?') {
                if !self.dotnet() {
                    return Err(Unsupported::Construct("lazy quantifier"));
                }
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
        if !self.dotnet() && c != b'd' && !c.is_ascii_punctuation() && c != b' ' {
            return Err(Unsupported::Construct("escape"));
        }
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
            b'?' | b'*' | b'+' => Err(Unsupported::Syntax),
            b'.' | b'{' | b'}' | b']' if !self.dotnet() => Err(Unsupported::Construct("unescaped . { } ]")),
            b'.' => {
                self.pos += 1;
                Ok(Some(Node::Class(1 << 10, true)))
            }
            c if self.plain(c) => {
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
                _ if !self.dotnet() => return Err(Unsupported::Construct("group other than (?:…)")),
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
            Some(b'[') if !self.dotnet() => Err(Unsupported::Construct("nested class")),
            Some(b'[') if self.at(1) == Some(b':') => Err(Unsupported::Construct("character class name")),
            Some(c) if self.plain(c) => {
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

struct Emitter<'a> {
    prog: Vec<u8>,
    classes: &'a mut Vec<u128>,
}

impl Emitter<'_> {
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
                // SPLIT next_branch; a; JMP end; next_branch: SPLIT …; b; JMP end; … last; end:
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
                    // Optional copies: skipping one skips the rest (SPLIT end; x; SPLIT end; x; … end:).
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
                    // loop: SPLIT end; x; JMP loop; end:
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
