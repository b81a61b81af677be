/** Synthetic parties of any size for the benchmarks, built directly as core model values. */
@NullMarked
package de.kommsync.bench.data;

import org.jspecify.annotations.NullMarked;
