/**
 * JMH microbenchmarks of the pure parts of a run: the marker codec, the value keys and the planner
 * for parties of growing size. Run them with {@code java -jar
 * sync-benchmarks/target/benchmarks.jar} (see BENCHMARKS.md).
 */
@NullMarked
package de.kommsync.bench.micro;

import org.jspecify.annotations.NullMarked;
