//! Compiles the regular expressions of the data (postal codes of libaddressinput, national numbers of
//! libphonenumber) into byte programs for the linear-time matcher of `src/pattern/vm.rs`.
//!
//! The parser and the emitter are `src/pattern/compile.rs` (included by `build/main.rs`, shared with
//! the run-time compiler of Partner Center's .NET patterns), in its `Data` dialect — everything the
//! data uses, nothing more:
//! literals (ASCII), `\d`, escaped punctuation (`\-`, `\.`, …), classes `[…]` with ranges and negation
//! `[^…]`, groups `(…)` and `(?:…)`, alternation `|`, and the quantifiers `?`, `*`, `+`, `{n}`, `{n,}`,
//! `{n,m}` (greedy, at most 64). Anything else (anchors, `.`, `\s`, `\w`, back-references, look-arounds,
//! lazy quantifiers, non-ASCII) stops the build with an error naming the pattern: a pattern the matcher
//! would misread must never ship. This file adds what only the build does: one blob for all programs,
//! short jumps, the generated table and example seeds.
//!
//! The program is a Thompson NFA; see `src/pattern/vm.rs` for the byte encoding.

use std::collections::HashMap;

use super::{compile, vm};
use compile::{Dialect, Node};
use vm::{OP_CLASS, OP_JMP, OP_JMP_BACK, OP_JMP_FWD, OP_NCLASS, OP_SPLIT, OP_SPLIT_FWD};

/// The pattern's tree; a pattern outside the data's subset stops the build.
fn parse(src: &str) -> Node {
    compile::parse(src, Dialect::Data).unwrap_or_else(|(e, at)| {
        panic!(
            "pattern {src:?}: {} at byte {at} (unsupported by the pattern compiler, see src/pattern/compile.rs)",
            e.name()
        )
    })
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
        let prog = compile::emit(&node, &mut self.classes)
            .unwrap_or_else(|e| panic!("pattern {src:?}: program too large ({})", e.name()));
        let prog = shorten_jumps(&prog);
        let at = u32::try_from(self.code.len()).expect("blob size");
        let len = u16::try_from(prog.len()).expect("program size");
        self.code.extend_from_slice(&len.to_le_bytes());
        self.code.extend_from_slice(&prog);
        self.cache.insert(src.to_owned(), at);
        at
    }

    /// Runs a compiled program at build time (to check the data's own examples).
    pub fn matches(&self, at: u32, input: &str, prefix: bool) -> bool {
        vm::run(&self.code, &self.classes, at as usize, input, prefix)
    }
}

/// One short string matched by each top-level alternative of `src` (the smallest character of each
/// class, the fewest repetitions): seeds for examples of subdivision postal prefixes.
pub fn samples(src: &str) -> Vec<String> {
    fn first(node: &Node, out: &mut String, optional: u32) {
        match node {
            Node::Byte(c) => out.push(*c as char),
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
