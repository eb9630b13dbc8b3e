//! Test-only exports (cargo feature `test-trap`, never in the published package): a function and a
//! class method that panic, so the trap recovery of `pkg/lib/runtime.js` can be tested for real.
//! Built by `make test-trap` into `target/pkg-trap/`, never into `pkg/`.
#![allow(clippy::panic, reason = "these exports panic on purpose, to test the trap recovery")]

use wasm_bindgen::prelude::*;

/// Panics (a wasm `unreachable` trap with `panic = "abort"`) when `crash` is true; otherwise returns 42.
#[wasm_bindgen(js_name = __testTrap)]
pub fn test_trap(crash: bool) -> u32 {
    if crash {
        panic!("test-trap: deliberate panic");
    }
    42
}

/// A counter kept in wasm memory, to test objects of exported classes across a restart.
#[wasm_bindgen(js_name = __TestCounter)]
#[derive(Default)]
pub struct TestCounter {
    count: u32,
}

#[wasm_bindgen(js_class = __TestCounter)]
impl TestCounter {
    #[wasm_bindgen(constructor)]
    pub fn new() -> TestCounter {
        TestCounter::default()
    }

    /// Adds one and returns the new count; panics when `crash` is true.
    pub fn add(&mut self, crash: bool) -> u32 {
        if crash {
            panic!("test-trap: deliberate panic in a method");
        }
        self.count = self.count.saturating_add(1);
        self.count
    }
}
