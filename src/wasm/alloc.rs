//! The .wasm's memory allocator, in place of std's `dlmalloc` (about 8 KB of code, 3 KB gzip).
//!
//! Blocks come in power-of-two sizes (16 B, 32 B, … 2 GiB), one free list per size: `alloc`
//! takes the first block of its size's list, `dealloc` puts the block back at the head. Nothing is
//! ever split, merged or given back to the host, so both are a handful of instructions; the cost is
//! up to half of each block unused, and memory that stays with the size it was first used for. That
//! suits this module: every call allocates and frees the same kinds of objects (inputs, issues,
//! strings), so after the first calls the lists already hold what the next call needs and memory
//! stays flat (tests/node/memory.test.mjs checks it over 200,000 calls).
//!
//! Where blocks come from: a block smaller than a wasm page (64 KiB) is cut from a fresh page that
//! is cut entirely into blocks of that size; a larger block is its own run of fresh pages. Either way
//! a block's address is a multiple of its size (or of 64 KiB), which gives every alignment Rust asks
//! for up to 64 KiB. Fresh pages come from a reserve that asks the host for 1 MiB or an eighth of
//! the memory at a time (see [`GROW_MIN`]), never one page at a time. The module has a single thread (no `atomics` target feature), hence the plain
//! `UnsafeCell`.

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;
use core::ptr::null_mut;

const PAGE: usize = 65536;
/// The smallest block, 16 B (2⁴): room for the free-list link, and the alignment of `u128`.
const MIN_CLASS: u32 = 4;
/// Sizes 2⁰ … 2³¹ (only 2⁴ and up are used): wasm32 addresses are 32 bits.
const CLASSES: usize = 32;

pub struct SizeClasses {
    /// The first free block of each size (`null` when none); each free block holds the address
    /// of the next one in its first 4 bytes.
    free: UnsafeCell<[*mut u8; CLASSES]>,
}

// SAFETY: the module runs on one thread (wasm32-unknown-unknown without the `atomics` feature).
unsafe impl Sync for SizeClasses {}

#[global_allocator]
static ALLOCATOR: SizeClasses = SizeClasses { free: UnsafeCell::new([null_mut(); CLASSES]) };

/// The size class (log₂ of the block size) that holds `layout`; `None` when no block is large enough.
fn class(layout: Layout) -> Option<usize> {
    let size = layout.size().max(layout.align()).max(1 << MIN_CLASS).checked_next_power_of_two()?;
    Some(size.trailing_zeros() as usize)
}

/// Fresh pages already taken from the host and not handed out yet: `(next page, end)` addresses.
struct Reserve(UnsafeCell<(usize, usize)>);

// SAFETY: one thread, as for `SizeClasses`.
unsafe impl Sync for Reserve {}

static RESERVE: Reserve = Reserve(UnsafeCell::new((0, 0)));

/// Fewest pages asked of the host at once (1 MiB). Each `memory.grow` costs the engine more than
/// the pages it adds (V8 counts it as external memory and may run a full GC on it), so growing one
/// page at a time made big answers superlinear (issue 16 (4): 60,000 issues, 212 full GCs).
const GROW_MIN: usize = 16;

/// `n` fresh zeroed pages; `None` when memory can't grow. Taken from the reserve, which grows by at
/// least [`GROW_MIN`] pages and by an eighth of the memory (geometric: O(log) grows in all).
fn grow(pages: usize) -> Option<*mut u8> {
    // SAFETY: single thread; the reserve is only touched here.
    let reserve = unsafe { &mut *RESERVE.0.get() };
    let want = pages * PAGE;
    if reserve.1 - reserve.0 < want {
        let step = pages.max(GROW_MIN).max(core::arch::wasm32::memory_size(0) / 8);
        // The geometric step when the host allows it, else just what is asked.
        let (first, grown) = match core::arch::wasm32::memory_grow(0, step) {
            usize::MAX => (core::arch::wasm32::memory_grow(0, pages), pages),
            first => (first, step),
        };
        if first == usize::MAX {
            return None;
        }
        let (start, end) = (first * PAGE, (first + grown) * PAGE);
        // New pages follow the old reserve unless the host's memory grew otherwise in between.
        *reserve = if reserve.1 == start { (reserve.0, end) } else { (start, end) };
    }
    let block = reserve.0;
    reserve.0 += want;
    Some(block as *mut u8)
}

impl SizeClasses {
    /// Cuts a fresh page into blocks of `size` (< 64 KiB), linked in address order; returns the first.
    ///
    /// SAFETY: the page is ours alone, and `size` divides it and holds a pointer.
    unsafe fn cut_page(size: usize) -> *mut u8 {
        let Some(page) = grow(1) else { return null_mut() };
        let last = PAGE - size;
        let mut offset = 0;
        while offset < last {
            *(page.add(offset) as *mut *mut u8) = page.add(offset + size);
            offset += size;
        }
        *(page.add(last) as *mut *mut u8) = null_mut();
        page
    }
}

unsafe impl GlobalAlloc for SizeClasses {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(k) = class(layout) else { return null_mut() };
        let size = 1usize << k;
        if layout.align() > PAGE {
            return null_mut(); // never asked by this crate; beyond what page addresses guarantee
        }
        let Some(head) = (*self.free.get()).get_mut(k) else { return null_mut() };
        if head.is_null() {
            if size >= PAGE {
                return grow(size / PAGE).unwrap_or(null_mut());
            }
            *head = Self::cut_page(size);
            if head.is_null() {
                return null_mut();
            }
        }
        let block = *head;
        *head = *(block as *mut *mut u8);
        block
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let Some(head) = class(layout).and_then(|k| (*self.free.get()).get_mut(k)) else { return };
        *(ptr as *mut *mut u8) = *head;
        *head = ptr;
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
        if class(new_layout) == class(layout) {
            return ptr; // the block already has room (a `Vec` or `String` growing within its size)
        }
        let new = self.alloc(new_layout);
        if !new.is_null() {
            core::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
            self.dealloc(ptr, layout);
        }
        new
    }
}
