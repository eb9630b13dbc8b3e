//! Shared by the integration tests (`mod common;`): a small seeded PRNG, so random tests replay.
#![allow(
    clippy::indexing_slicing,
    reason = "helpers of the tests, outside #[test]: a failure there fails the test"
)]

/// xorshift64*: deterministic, no dependency.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n > 0`).
    #[allow(dead_code, reason = "not every test file that includes common/ uses it")]
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// One item of a non-empty list.
    #[allow(dead_code, reason = "not every test file that includes common/ uses it")]
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}
