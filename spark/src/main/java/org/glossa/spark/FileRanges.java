package org.glossa.spark;

import org.apache.spark.Partitioner;

/**
 * QA's findings partitioned by ranges of the file index that holds them: partition {@code p} has the files
 * {@code [p·files/partitions, (p+1)·files/partitions)}, so partitions sorted within themselves by
 * {@link QaJob.Rank} and read in partition order ({@link SparkRun#inOrder}) give the report's order. The number of
 * files is known before the shuffle, so unlike {@code sortByKey}'s range partitioner no job samples the keys first
 * (which would compute the consistency join a second time).
 */
final class FileRanges extends Partitioner {
    private static final long serialVersionUID = 1L;
    private final int partitions;
    private final int files;

    /** {@code files}: one more than the highest file index. */
    FileRanges(int partitions, int files) {
        this.partitions = Math.max(1, Math.min(partitions, files));
        this.files = Math.max(1, files);
    }

    @Override
    public int numPartitions() {
        return partitions;
    }

    @Override
    public int getPartition(Object key) {
        return (int) ((long) ((QaJob.Rank) key).holder() * partitions / files);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileRanges r && r.partitions == partitions && r.files == files;
    }

    @Override
    public int hashCode() {
        return 31 * partitions + files;
    }
}
