/** JMH benchmarks of the repository engine against plain JPA and raw JDBC baselines (not API). */
@NullMarked
package dev.advancedalchemy.benchmarks;

import org.jspecify.annotations.NullMarked;
