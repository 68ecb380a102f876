/**
 * Glossa's batch jobs on Apache Spark, for archives one machine cannot handle: {@code extract}, {@code qa},
 * {@code terms} and {@code analyze} with the options and outputs of the command-line commands they mirror. The driver
 * lists the input paths ({@link org.glossa.spark.Archive}, Hadoop file systems) and ships paths to the tasks, which
 * open the files themselves and call core's public API; glossaries, memories (with their Lucene index, built once on
 * the driver) and SRX rules travel to the executors as Spark files ({@link org.glossa.spark.Shipped}). What crosses
 * files (QA consistency, analysis repetitions) is a distributed group-by, never one heap. Core knows nothing of Spark.
 */
package org.glossa.spark;
