//! Compiles the regular expressions of the data (postal codes of libaddressinput, national numbers of
//! libphonenumber) into byte programs for the linear-time matcher of `src/pattern/vm.rs`.
//!
//! Supported subset — everything the data uses, nothing more: literals (ASCII), `\d`, escaped
//! punctuation (`\-`, `\.`, …), classes `[…]` with ranges and negation `[^…]`, groups `(…)` and
//! `(?:…)`, alternation `|`, and the quantifiers `?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}` (greedy).
//! Anything else (anchors, `.`, `\s`, `\w`, back-references, look-arounds, lazy quantifiers, non-ASCII)
//! stops the build with an error naming the pattern: a pattern the matcher would misread must never ship.
//!
//! The program is a Thompson NFA; see `src/pattern/vm.rs` for the byte encoding.

use std::collections::HashMap;

pub const OP_DIGIT: u8 = 0x80;
pub const OP_CLASS: u8 = 0x81;
pub const OP_NCLASS: u8 = 0x82;
pub const OP_SPLIT: u8 = 0x83;
pub const OP_JMP: u8 = 0x84;
pub const OP_MATCH: u8 = 0x85;
pub const OP_SPLIT_FWD: u8 = 0x86;
pub const OP_JMP_FWD: u8 = 0x87;
pub const OP_JMP_BACK: u8 = 0x88;

#[derive(Debug, Clone)]
enum Node {
    Byte(u8),
    Digit,
    Class(u128, bool),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat(Box<Node>, u32, Option<u32>),
}

struct Parser<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn fail(&self, what: &str) -> ! {
        panic!(
            "pattern {:?}: {what} at byte {} (unsupported by the pattern compiler, see build/pattern.rs)",
            self.src, self.pos
        )
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn alt(&mut self) -> Node {
        let mut branches = vec![self.concat()];
        while self.peek() == Some(b'|') {
            self.pos += 1;
            branches.push(self.concat());
        }
        if branches.len() == 1 {
            branches.pop().unwrap_or(Node::Concat(Vec::new()))
        } else {
            Node::Alt(branches)
        }
    }

    fn concat(&mut self) -> Node {
        let mut items = Vec::new();
        while let Some(c) = self.peek() {
            if c == b'|' || c == b')' {
                break;
            }
            let atom = self.atom();
            items.push(self.quantified(atom));
        }
        Node::Concat(items)
    }

    fn number(&mut self) -> Option<u32> {
        let start = self.pos;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.pos += 1;
        }
        (self.pos > start)
            .then(|| self.src[start..self.pos].parse().unwrap_or_else(|_| self.fail("bad count")))
    }

    fn quantified(&mut self, mut atom: Node) -> Node {
        loop {
            let (min, max) = match self.peek() {
                Some(b'?') => (0, Some(1)),
                Some(b'*') => (0, None),
                Some(b'+') => (1, None),
                Some(b'{') => {
                    self.pos += 1;
                    let min = self.number().unwrap_or_else(|| self.fail("expected a count after {"));
                    let max = if self.peek() == Some(b',') {
                        self.pos += 1;
                        self.number()
                    } else {
                        Some(min)
                    };
                    if self.peek() != Some(b'}') {
                        self.fail("expected }");
                    }
                    if max.is_some_and(|m| m < min) || max.unwrap_or(min) > 64 {
                        self.fail("bad repetition bounds");
                    }
                    (min, max)
                }
                _ => return atom,
            };
            self.pos += 1;
            if matches!(self.peek(), Some(b'?') | Some(b'+')) {
                self.fail("lazy or possessive quantifier");
            }
            atom = Node::Repeat(Box::new(atom), min, max);
        }
    }

    fn escape(&mut self) -> Node {
        self.pos += 1;
        match self.peek() {
            Some(b'd') => {
                self.pos += 1;
                Node::Digit
            }
            Some(c) if c.is_ascii_punctuation() || c == b' ' => {
                self.pos += 1;
                Node::Byte(c)
            }
            _ => self.fail("unsupported escape"),
        }
    }

    fn atom(&mut self) -> Node {
        match self.peek() {
            Some(b'(') => {
                self.pos += 1;
                if self.peek() == Some(b'?') {
                    if self.bytes.get(self.pos + 1) == Some(&b':') {
                        self.pos += 2;
                    } else {
                        self.fail("group flag or look-around");
                    }
                }
                let inner = self.alt();
                if self.peek() != Some(b')') {
                    self.fail("unclosed group");
                }
                self.pos += 1;
                inner
            }
            Some(b'[') => self.class(),
            Some(b'\\') => self.escape(),
            Some(c @ (b'.' | b'^' | b'$' | b'?' | b'*' | b'+' | b'{' | b'}' | b']')) => {
                self.fail(&format!("unsupported {:?}", c as char))
            }
            Some(c) if c.is_ascii() && !c.is_ascii_control() => {
                self.pos += 1;
                Node::Byte(c)
            }
            _ => self.fail("non-ASCII or control character"),
        }
    }

    fn class_char(&mut self) -> Result<u8, u128> {
        match self.peek() {
            Some(b'\\') => {
                self.pos += 1;
                match self.peek() {
                    Some(b'd') => {
                        self.pos += 1;
                        Err(digits())
                    }
                    Some(c) if c.is_ascii_punctuation() || c == b' ' => {
                        self.pos += 1;
                        Ok(c)
                    }
                    _ => self.fail("unsupported escape in class"),
                }
            }
            Some(c) if c.is_ascii() && !c.is_ascii_control() => {
                self.pos += 1;
                Ok(c)
            }
            _ => self.fail("unterminated class or non-ASCII"),
        }
    }

    fn class(&mut self) -> Node {
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
                Some(b'[') => self.fail("nested class"),
                None => self.fail("unterminated class"),
                _ => {}
            }
            first = false;
            match self.class_char() {
                Err(bits) => set |= bits,
                Ok(lo) => {
                    if self.peek() == Some(b'-') && self.bytes.get(self.pos + 1).is_some_and(|&c| c != b']') {
                        self.pos += 1;
                        let hi = self.class_char().unwrap_or_else(|_| self.fail("bad range"));
                        if hi < lo {
                            self.fail("reversed range");
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
        Node::Class(set, negated)
    }
}

fn digits() -> u128 {
    (b'0'..=b'9').fold(0u128, |s, c| s | 1u128 << c)
}

fn parse(src: &str) -> Node {
    let mut p = Parser { src, bytes: src.as_bytes(), pos: 0 };
    let node = p.alt();
    if p.pos != src.len() {
        p.fail("unbalanced )");
    }
    node
}

/// All programs of the crate in one byte blob, plus the table of character classes they share.
#[derive(Default)]
pub struct Compiler {
    pub code: Vec<u8>,
    pub classes: Vec<u128>,
    cache: HashMap<String, u32>,
}

impl Compiler {
    /// Compiles `src` (once per distinct pattern) and returns the offset of its program in the blob.
    pub fn compile(&mut self, src: &str) -> u32 {
        if let Some(&at) = self.cache.get(src) {
            return at;
        }
        let node = parse(src);
        let mut prog = Vec::new();
        self.emit(&node, &mut prog);
        prog.push(OP_MATCH);
        assert!(prog.len() < 0xFFFF, "pattern {src:?}: program too large");
        let prog = shorten_jumps(&prog);
        let at = u32::try_from(self.code.len()).expect("blob size");
        let len = u16::try_from(prog.len()).expect("program size");
        self.code.extend_from_slice(&len.to_le_bytes());
        self.code.extend_from_slice(&prog);
        self.cache.insert(src.to_owned(), at);
        at
    }

    fn class_index(&mut self, set: u128) -> u8 {
        let i = self.classes.iter().position(|&c| c == set).unwrap_or_else(|| {
            self.classes.push(set);
            self.classes.len() - 1
        });
        u8::try_from(i).expect("at most 256 distinct character classes")
    }

    fn patch(prog: &mut [u8], at: usize, target: usize) {
        let t = u16::try_from(target).expect("program size").to_le_bytes();
        prog[at + 1] = t[0];
        prog[at + 2] = t[1];
    }

    fn emit(&mut self, node: &Node, prog: &mut Vec<u8>) {
        match node {
            Node::Byte(c) => prog.push(*c),
            Node::Digit => prog.push(OP_DIGIT),
            Node::Class(set, negated) => {
                if !negated && *set == digits() {
                    prog.push(OP_DIGIT);
                } else if !negated && set.count_ones() == 1 {
                    prog.push(set.trailing_zeros() as u8);
                } else {
                    let i = self.class_index(*set);
                    prog.extend_from_slice(&[if *negated { OP_NCLASS } else { OP_CLASS }, i]);
                }
            }
            Node::Concat(items) => items.iter().for_each(|n| self.emit(n, prog)),
            Node::Alt(branches) => {
                // SPLIT next_branch; a; JMP end; next_branch: SPLIT …; b; JMP end; … last; end:
                let mut jumps = Vec::new();
                for (i, b) in branches.iter().enumerate() {
                    let last = i + 1 == branches.len();
                    let split = prog.len();
                    if !last {
                        prog.extend_from_slice(&[OP_SPLIT, 0, 0]);
                    }
                    self.emit(b, prog);
                    if !last {
                        jumps.push(prog.len());
                        prog.extend_from_slice(&[OP_JMP, 0, 0]);
                        let next = prog.len();
                        Self::patch(prog, split, next);
                    }
                }
                let end = prog.len();
                for j in jumps {
                    Self::patch(prog, j, end);
                }
            }
            Node::Repeat(inner, min, max) => {
                for _ in 0..*min {
                    self.emit(inner, prog);
                }
                match max {
                    Some(max) => {
                        // Optional copies: skipping one skips the rest (SPLIT end; x; SPLIT end; x; … end:).
                        let mut splits = Vec::new();
                        for _ in *min..*max {
                            splits.push(prog.len());
                            prog.extend_from_slice(&[OP_SPLIT, 0, 0]);
                            self.emit(inner, prog);
                        }
                        let end = prog.len();
                        for s in splits {
                            Self::patch(prog, s, end);
                        }
                    }
                    None => {
                        // loop: SPLIT end; x; JMP loop; end:
                        let top = prog.len();
                        prog.extend_from_slice(&[OP_SPLIT, 0, 0]);
                        self.emit(inner, prog);
                        prog.extend_from_slice(&[OP_JMP, 0, 0]);
                        let jmp = prog.len() - 3;
                        Self::patch(prog, jmp, top);
                        let end = prog.len();
                        Self::patch(prog, top, end);
                    }
                }
            }
        }
    }

    /// The generated Rust source of the class table (the blob itself goes to `patterns.bin`).
    pub fn write(&self, out: &std::path::Path) {
        std::fs::write(out.join("patterns.bin"), &self.code)
            .unwrap_or_else(|e| panic!("cannot write patterns.bin: {e}"));
        let mut body = String::new();
        body.push_str(
            "/// Character classes of the pattern programs: bit `c` set when ASCII `c` is in the class.\n",
        );
        body.push_str("pub(crate) static CLASSES: &[u128] = &[");
        for c in &self.classes {
            body.push_str(&format!("{c:#x},"));
        }
        body.push_str("];\n/// The compiled programs (`build/pattern.rs`), each `[len u16 LE][code…]`.\n");
        body.push_str("pub(crate) static CODE: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/patterns.bin\"));\n");
        super::util::write_generated(out, "patterns.rs", "address-*.jsonl and phone-numbering.tsv", &body);
    }

    /// Runs a compiled program at build time (to check the data's own examples).
    pub fn matches(&self, at: u32, input: &str, prefix: bool) -> bool {
        super::vm::run(&self.code, &self.classes, at as usize, input, prefix)
    }
}

/// One short string matched by each top-level alternative of `src` (the smallest character of each
/// class, the fewest repetitions): seeds for examples of subdivision postal prefixes.
pub fn samples(src: &str) -> Vec<String> {
    fn first(node: &Node, out: &mut String, optional: u32) {
        match node {
            Node::Byte(c) => out.push(*c as char),
            Node::Digit => out.push('0'),
            Node::Class(set, negated) => {
                let c = (0u8..128)
                    .find(|&c| (set >> c & 1 == 1) != *negated && c.is_ascii_alphanumeric())
                    .unwrap_or(b'0');
                out.push(c as char);
            }
            Node::Concat(items) => items.iter().for_each(|n| first(n, out, optional)),
            Node::Alt(branches) => {
                if let Some(b) = branches.first() {
                    first(b, out, optional);
                }
            }
            Node::Repeat(inner, min, _) => {
                (0..(*min).max(optional)).for_each(|_| first(inner, out, optional))
            }
        }
    }
    let node = parse(src);
    let branches = match &node {
        Node::Alt(branches) => branches.clone(),
        other => vec![other.clone()],
    };
    branches
        .iter()
        .flat_map(|b| {
            // Fewest repetitions, then optional parts taken once.
            (0..2).map(move |optional| {
                let mut s = String::new();
                first(b, &mut s, optional);
                s
            })
        })
        .collect()
}

/// Rewrites the 3-byte absolute splits and jumps of a program as 2-byte relative ones (`0x86 d`
/// split to `pc + d`, `0x87 d` jump to `pc + d`, `0x88 d` jump to `pc - d`) wherever the distance
/// fits in a byte, relaxing until the layout is stable; a jump that does not fit stays absolute.
fn shorten_jumps(prog: &[u8]) -> Vec<u8> {
    // Decode: (opcode, operand byte, target instruction index for splits and jumps).
    let mut starts = Vec::new();
    let mut pc = 0;
    while pc < prog.len() {
        starts.push(pc);
        pc += match prog[pc] {
            OP_CLASS | OP_NCLASS => 2,
            OP_SPLIT | OP_JMP => 3,
            _ => 1,
        };
    }
    starts.push(prog.len()); // a jump may target the very end
    let index_of = |at: usize| starts.iter().position(|&s| s == at).expect("jump to an instruction boundary");
    let instrs: Vec<(u8, u8, usize)> = starts[..starts.len() - 1]
        .iter()
        .map(|&at| match prog[at] {
            op @ (OP_SPLIT | OP_JMP) => {
                (op, 0, index_of(prog[at + 1] as usize | (prog[at + 2] as usize) << 8))
            }
            op @ (OP_CLASS | OP_NCLASS) => (op, prog[at + 1], 0),
            op => (op, 0, 0),
        })
        .collect();
    let mut long = vec![false; instrs.len()];
    loop {
        let mut at = Vec::with_capacity(instrs.len() + 1);
        let mut pc = 0;
        for (i, (op, _, _)) in instrs.iter().enumerate() {
            at.push(pc);
            pc += match *op {
                OP_CLASS | OP_NCLASS => 2,
                OP_SPLIT | OP_JMP => {
                    if long[i] {
                        3
                    } else {
                        2
                    }
                }
                _ => 1,
            };
        }
        at.push(pc);
        let mut changed = false;
        for (i, (op, _, target)) in instrs.iter().enumerate() {
            if matches!(*op, OP_SPLIT | OP_JMP) && !long[i] {
                let fits = if at[*target] > at[i] {
                    at[*target] - at[i] < 256
                } else {
                    *op == OP_JMP && at[i] - at[*target] < 256
                };
                if !fits {
                    long[i] = true;
                    changed = true;
                }
            }
        }
        if changed {
            continue;
        }
        let mut out = Vec::with_capacity(pc);
        for (i, &(op, arg, target)) in instrs.iter().enumerate() {
            match op {
                OP_CLASS | OP_NCLASS => out.extend_from_slice(&[op, arg]),
                OP_SPLIT | OP_JMP if long[i] => {
                    let t = u16::try_from(at[target]).expect("program size").to_le_bytes();
                    out.extend_from_slice(&[op, t[0], t[1]]);
                }
                OP_SPLIT | OP_JMP => {
                    let (code, d) = if at[target] > at[i] {
                        (if op == OP_SPLIT { OP_SPLIT_FWD } else { OP_JMP_FWD }, at[target] - at[i])
                    } else {
                        (OP_JMP_BACK, at[i] - at[target])
                    };
                    out.extend_from_slice(&[code, u8::try_from(d).expect("short jump")]);
                }
                op => out.push(op),
            }
        }
        return out;
    }
}
