package org.glossa.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration (core-site.xml and {@code spark.hadoop.*} settings, e.g. S3A endpoints and
 * credentials providers) carried to the tasks, which open their inputs and outputs with it.
 */
record HadoopConf(HashMap<String, String> entries) implements Serializable {
    static HadoopConf of(Configuration conf) {
        HashMap<String, String> entries = new HashMap<>();
        for (Map.Entry<String, String> e : conf) entries.put(e.getKey(), e.getValue());
        return new HadoopConf(entries);
    }

    Configuration configuration() {
        Configuration c = new Configuration(false);
        entries.forEach(c::set);
        return c;
    }
}
