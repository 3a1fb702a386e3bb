package org.puzzlelens.train.model;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Hands the native heap's free memory back to the system. The launcher keeps glibc from returning memory
 * that PyTorch frees (its per-step temporaries would otherwise be mapped and faulted in afresh every step,
 * a quarter to a half of the CPU time in the kernel); the price is that memory freed in one phase of a job
 * stays resident through the next. In a default study the resident memory was 1.6 GB while live native
 * memory was 0.44 GB ({@code malloc_trim} from a debugger, docs/PERFORMANCE.md). Called when a model
 * closes, at the end of a phase, so that steps keep their memory and phases do not add up.
 */
public final class NativeHeap {
    private interface C extends Library {
        int malloc_trim(long pad); // NOPMD - glibc's name
    }

    private static volatile C libc = load();

    private NativeHeap() {}

    /** Returns the native heap's free pages to the system; nothing where the C library has no malloc_trim. */
    public static void release() {
        C c = libc;
        if (c == null) {
            return;
        }
        try {
            c.malloc_trim(0);
        } catch (UnsatisfiedLinkError notGlibc) { // macOS and musl have no malloc_trim
            libc = null;
        }
    }

    private static C load() {
        try {
            return Native.load("c", C.class);
        } catch (UnsatisfiedLinkError noLibc) {
            return null;
        }
    }
}
