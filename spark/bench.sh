#!/usr/bin/env bash
# Benchmark of issue #12 (not part of mvn verify): on this machine, the Spark job in local mode with 1 and 2
# executor cores against `bin/countygraph build` on the same corpus (the seed, the government work reports, the
# GBK pages), then `bin/countygraph load` of the job's output. Wall time and peak resident memory (GNU time)
# of each run; the job's own time and throughput come from its last line. Results: a table on stdout and
# WORK/results.tsv. Usage: spark/bench.sh [WORK]   (default WORK: target/spark-bench; heap 2 GB everywhere)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(realpath -m "${1:-$here/target/spark-bench}")"
heap=2g
rm -rf "$work" && mkdir -p "$work/corpus"
cd "$here"
cp seeds/*.txt "$work/corpus/"
cp bench/corpus/government_work_reports.jsonl "$work/corpus/"
cp src/test/resources/org/countygraph/ingest/news-html/*.html "$work/corpus/"

echo "spark/bench.sh: building the jars (main, then spark/ for spark-submit)..." >&2
mvn -B -q install -DskipTests >&2
mvn -B -q -f spark/pom.xml package >&2
mvn -B -q -f spark/runtime/pom.xml dependency:build-classpath -Dmdep.outputFile="$work/spark-classpath.txt" >&2
spark_opts=$(sed -n 's#.*<spark.java.options>\(.*\)</spark.java.options>.*#\1#p' pom.xml)

measure() { # NAME COMMAND...: runs it under GNU time, keeps its output in WORK/NAME.log
  local name=$1; shift
  echo "$name: load average $(cut -d' ' -f1-3 /proc/loadavg) at the start" >&2
  printf '%s\t%s\n' "$name" "$(cut -d' ' -f1 /proc/loadavg)" >>"$work/loadavg.tsv"
  /usr/bin/time -f "%e %M" -o "$work/$name.time" "$@" >"$work/$name.log" 2>&1 || { echo "$name failed: see $work/$name.log" >&2; exit 1; }
  read -r secs kb <"$work/$name.time"
  printf '%s\t%s\t%d\n' "$name" "$secs" $((kb / 1024)) >>"$work/results.tsv"
}

spark_classpath="$(cat "$work/spark-classpath.txt")"
spark_job() { # CORES OUT: the command line of bin/spark-submit --master local[CORES]
  echo java -Xmx$heap $spark_opts -cp "$spark_classpath" org.apache.spark.deploy.SparkSubmit \
    --master "local[$1]" --conf spark.ui.enabled=false --class org.countygraph.spark.ExtractJob spark/target/countygraph-spark.jar \
    --input "$work/corpus" --output "$2" --partitions 8
}

printf 'run\twall_s\tpeak_rss_mb\n' >"$work/results.tsv"
COUNTYGRAPH_JAVA_OPTS=-Xmx$heap measure build bin/countygraph build --seeds "$work/corpus" --store "$work/build-store" --graphs "$work/build-graphs"
measure spark-1-core $(spark_job 1 "$work/out-1")
measure spark-2-cores $(spark_job 2 "$work/out-2")
COUNTYGRAPH_JAVA_OPTS=-Xmx$heap measure load bin/countygraph load "$work/out-2/quads" --store "$work/bulk/tdb2"

echo
column -t -s $'\t' "$work/results.tsv"
echo
echo "build:         $(grep -E '^built|documents' "$work/build.log" | tail -1)"
echo "spark 1 core:  $(grep 'documents extracted' "$work/spark-1-core.log")"
echo "spark 2 cores: $(grep 'documents extracted' "$work/spark-2-cores.log")"
echo "load:          $(grep -E 'loaded|points at' "$work/load.log" | tr '\n' ' ')"
echo "load average at each start (2 cores here): $(tr '\t\n' ': ' <"$work/loadavg.tsv")"
echo "N-Quads written: $(du -sb "$work/out-2/quads" | cut -f1) bytes; bulk-loaded store on disk: $(du -sb "$(realpath "$work/bulk/tdb2")" | cut -f1) bytes"
