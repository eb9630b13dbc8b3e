//! The linear-time matcher of the compiled patterns (a Pike VM over a Thompson NFA, match/no-match
//! only): each input character advances the set of live NFA states at once, so the work is at most
//! `input length × program length`, whatever the pattern or the input — no backtracking, no
//! recursion, no allocation beyond two state lists and a bitset sized by the program.
//!
//! Program encoding (written by `compile.rs`, short jumps by `build/pattern.rs`), `pc` = byte offset in the program:
//! - `0x00..=0x7F` — the ASCII character itself;
//! - `0x80` — an ASCII digit (`\d`);
//! - `0x81 i` / `0x82 i` — a character in / not in class `i` of the class table (bit `c` = ASCII `c`;
//!   a non-ASCII character is in no class, so it matches only a negated one);
//! - `0x83 lo hi` — split: continue at `pc + 3` and at the target `hi:lo`;
//! - `0x84 lo hi` — jump to the target;
//! - `0x85` — match;
//! - `0x86 d` — split: continue at `pc + 2` and at `pc + d`; `0x87 d` / `0x88 d` — jump to `pc + d` /
//!   `pc - d` (the short forms the compiler uses wherever the distance fits in a byte).
//!
//! This file is shared with the build script (`build/main.rs` includes it to check every example of
//! the data against its compiled pattern), so it depends on nothing but `core`/`std`.

pub(crate) const OP_DIGIT: u8 = 0x80;
pub(crate) const OP_CLASS: u8 = 0x81;
pub(crate) const OP_NCLASS: u8 = 0x82;
pub(crate) const OP_SPLIT: u8 = 0x83;
pub(crate) const OP_JMP: u8 = 0x84;
pub(crate) const OP_MATCH: u8 = 0x85;
pub(crate) const OP_SPLIT_FWD: u8 = 0x86;
pub(crate) const OP_JMP_FWD: u8 = 0x87;
pub(crate) const OP_JMP_BACK: u8 = 0x88;

fn target(prog: &[u8], pc: usize) -> usize {
    let lo = prog.get(pc + 1).copied().unwrap_or(0) as usize;
    let hi = prog.get(pc + 2).copied().unwrap_or(0) as usize;
    hi << 8 | lo
}

/// Live states: the consuming instructions (and `match`) reachable without reading a character.
struct States {
    list: Vec<usize>,
    seen: Vec<u64>,
}

impl States {
    fn new(len: usize) -> Self {
        States { list: Vec::new(), seen: vec![0; len / 64 + 1] }
    }

    fn clear(&mut self) {
        self.list.clear();
        self.seen.iter_mut().for_each(|w| *w = 0);
    }

    /// Adds `start` and everything reachable from it through splits and jumps (explicit stack).
    fn add(&mut self, prog: &[u8], start: usize, stack: &mut Vec<usize>) {
        stack.push(start);
        while let Some(pc) = stack.pop() {
            let Some(word) = self.seen.get_mut(pc / 64) else { continue };
            let bit = 1u64 << (pc % 64);
            if *word & bit != 0 {
                continue;
            }
            *word |= bit;
            match prog.get(pc) {
                Some(&OP_SPLIT) => {
                    stack.push(target(prog, pc));
                    stack.push(pc + 3);
                }
                Some(&OP_JMP) => stack.push(target(prog, pc)),
                Some(&OP_SPLIT_FWD) => {
                    stack.push(pc + prog.get(pc + 1).copied().unwrap_or(0) as usize);
                    stack.push(pc + 2);
                }
                Some(&OP_JMP_FWD) => stack.push(pc + prog.get(pc + 1).copied().unwrap_or(0) as usize),
                Some(&OP_JMP_BACK) => {
                    stack.push(pc.saturating_sub(prog.get(pc + 1).copied().unwrap_or(0) as usize))
                }
                Some(_) => self.list.push(pc),
                None => {}
            }
        }
    }

    fn has_match(&self, prog: &[u8]) -> bool {
        self.list.iter().any(|&pc| prog.get(pc) == Some(&OP_MATCH))
    }
}

fn in_class(classes: &[u128], index: Option<&u8>, c: char) -> bool {
    let set = index.and_then(|&i| classes.get(i as usize)).copied().unwrap_or(0);
    (c as u32) < 128 && set >> (c as u32) & 1 == 1
}

/// Does the program at byte offset `at` of `code` match `input` — the whole of it, or (`prefix`)
/// some beginning of it?
pub fn run(code: &[u8], classes: &[u128], at: usize, input: &str, prefix: bool) -> bool {
    let len = match (code.get(at), code.get(at + 1)) {
        (Some(&lo), Some(&hi)) => (hi as usize) << 8 | lo as usize,
        _ => return false,
    };
    let Some(prog) = code.get(at + 2..at + 2 + len) else { return false };
    let mut stack = Vec::new();
    let mut current = States::new(len);
    let mut next = States::new(len);
    current.add(prog, 0, &mut stack);
    for c in input.chars() {
        if prefix && current.has_match(prog) {
            return true;
        }
        next.clear();
        for &pc in &current.list {
            let (consumes, width) = match prog.get(pc) {
                Some(&op) if op < 0x80 => (c as u32 == op as u32, 1),
                Some(&OP_DIGIT) => (c.is_ascii_digit(), 1),
                Some(&OP_CLASS) => (in_class(classes, prog.get(pc + 1), c), 2),
                Some(&OP_NCLASS) => (!in_class(classes, prog.get(pc + 1), c), 2),
                _ => (false, 1),
            };
            if consumes {
                next.add(prog, pc + width, &mut stack);
            }
        }
        std::mem::swap(&mut current, &mut next);
        if current.list.is_empty() {
            return false;
        }
    }
    current.has_match(prog)
}
