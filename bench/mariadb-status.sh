#!/usr/bin/env bash
# Samples MariaDB's InnoDB status every 200 ms into a TSV file until it is killed. Args: OUT_FILE
# Part of bench/service.sh on MariaDB: a call that takes seconds while the service's safepoint log shows no pause has
# threads waiting, and one candidate is InnoDB making writers wait when its checkpoint age reaches the redo log's
# limit (README, What remains). The rows, matched by time against the client's slow calls, show it or rule it out.
# One connection for the whole run, so that the sampler adds no connect and no process per sample.
set -uo pipefail
OUT=$1
columns="INNODB_CHECKPOINT_AGE INNODB_CHECKPOINT_MAX_AGE INNODB_BUFFER_POOL_PAGES_DIRTY INNODB_BUFFER_POOL_PAGES_FLUSHED
INNODB_OS_LOG_WRITTEN INNODB_DATA_FSYNCS INNODB_DATA_PENDING_FSYNCS INNODB_ROW_LOCK_CURRENT_WAITS THREADS_RUNNING"
select="SELECT DATE_FORMAT(UTC_TIMESTAMP(3), '%Y-%m-%dT%H:%i:%s.%f')"
for c in $columns; do
  select="$select, MAX(IF(variable_name = '$c', variable_value, NULL))"
done
select="$select FROM information_schema.GLOBAL_STATUS;"
echo $columns | tr 'A-Z ' 'a-z\t' | sed 's/^/at\t/' > "$OUT"
while :; do echo "$select"; sleep 0.2; done | mariadb -uroot -N -B --unbuffered >> "$OUT"
