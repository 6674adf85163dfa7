//! The WebAssembly build's memory allocator: dlmalloc (as in Rust's own
//! wasm32 standard library), but asking the engine for linear memory in
//! growing steps — at least an eighth of the memory already held, and at
//! least 1 MiB — instead of just the pages each request needs.
//!
//! Each `memory.grow` is costly in V8 (the memory's `ArrayBuffer` is
//! replaced and the engine accounts for the external memory, which can
//! start a JavaScript collection), and a program building 100,000
//! tasklets grew memory 64 KiB at a time, thousands of times. Growing
//! geometrically makes that a few dozen calls; the memory held beyond what
//! is used stays within an eighth (or 1 MiB).

use core::alloc::{GlobalAlloc, Layout};
use core::arch::wasm32;
use core::cell::UnsafeCell;
use dlmalloc::{Allocator, Dlmalloc};

const PAGE: usize = 64 * 1024;
/// The smallest step: 1 MiB.
const MIN_STEP_PAGES: usize = 16;

/// dlmalloc's source of memory: `memory.grow`, in growing steps.
struct GeometricGrowth;

unsafe impl Allocator for GeometricGrowth {
    fn alloc(&self, size: usize) -> (*mut u8, usize, u32) {
        let needed = size.div_ceil(PAGE);
        let step = needed.max(wasm32::memory_size(0) / 8).max(MIN_STEP_PAGES);
        // Near the 4 GiB limit the step may not fit where the request does.
        for pages in [step, needed] {
            let prev = wasm32::memory_grow(0, pages);
            if prev == usize::MAX {
                continue;
            }
            let base = prev * PAGE;
            let len = pages * PAGE;
            // A region ending exactly at 4 GiB would make its end pointer
            // wrap to 0: leave its last bytes out, as the standard
            // library's allocator does.
            let len = if base.wrapping_add(len) == 0 {
                len - 16
            } else {
                len
            };
            return (base as *mut u8, len, 0);
        }
        (core::ptr::null_mut(), 0, 0)
    }

    fn remap(&self, _ptr: *mut u8, _old: usize, _new: usize, _can_move: bool) -> *mut u8 {
        core::ptr::null_mut()
    }

    fn free_part(&self, _ptr: *mut u8, _old: usize, _new: usize) -> bool {
        false
    }

    fn free(&self, _ptr: *mut u8, _size: usize) -> bool {
        false
    }

    fn can_release_part(&self, _flags: u32) -> bool {
        false
    }

    fn allocates_zeros(&self) -> bool {
        true
    }

    fn page_size(&self) -> usize {
        PAGE
    }
}

/// The global allocator. wasm32-unknown-unknown runs one thread (no
/// atomics), so nothing can enter the allocator twice at once.
pub struct WasmAllocator(UnsafeCell<Dlmalloc<GeometricGrowth>>);

// SAFETY: single-threaded target (see above).
unsafe impl Sync for WasmAllocator {}

#[global_allocator]
static ALLOCATOR: WasmAllocator = WasmAllocator(UnsafeCell::new(Dlmalloc::new_with_allocator(
    GeometricGrowth,
)));

unsafe impl GlobalAlloc for WasmAllocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        (*self.0.get()).malloc(layout.size(), layout.align())
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        (*self.0.get()).free(ptr, layout.size(), layout.align())
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        (*self.0.get()).calloc(layout.size(), layout.align())
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        (*self.0.get()).realloc(ptr, layout.size(), layout.align(), new_size)
    }
}
