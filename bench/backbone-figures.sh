#!/usr/bin/env bash
# Measures, on this machine: start-up time and RSS of the packaged service (java -jar -Xmx256m), the time from the
# chair's APPROVE to MINUTES_PUBLISHED over HTTP (N briefings in a row), and the size of the minutes of a briefing
# of about three pages. Usage: mvn -q -DskipTests package && bench/backbone-figures.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-20}
PORT=${PORT:-18080}
DATA=$(mktemp -d)
JAR=$(ls target/giaoban-*.jar | grep -v original | head -1)
B=http://127.0.0.1:$PORT
PW=bench-admin-pw
export GIAOBAN_DATA_DIR=$DATA GIAOBAN_BOOTSTRAP_ADMIN_PASSWORD=$PW

now_ms() { date +%s%3N; }
t0=$(now_ms)
java -Xmx256m -jar "$JAR" --server.port=$PORT > "$DATA/service.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$DATA"' EXIT
. bench/await-start.sh
await_start "$DATA/service.log" "$PID" || { echo "the service did not start: $DATA/service.log" >&2; exit 1; }
until curl -s -o /dev/null "$B/api/users/me"; do sleep 0.05; done
t1=$(now_ms)
started=$(grep -o 'Started GiaobanApplication in [0-9.]* seconds' "$DATA/service.log" || true)

J='Content-Type: application/json'
jar_a="$DATA/a.cookies"
a() { curl -sf -b "$jar_a" -c "$jar_a" -u "admin:$PW" -H "$J" "$@"; }
u() { local who=$1; shift; curl -sf -b "$DATA/$who.cookies" -c "$DATA/$who.cookies" -u "$who:mat-khau-123" -H "$J" "$@"; }
a -X POST $B/api/organizations -d '{"name":"ĐẢNG ỦY XÃ ĐO ĐẠC","parentName":"ĐẢNG BỘ TỈNH THỬ","code":"ĐU","place":"Đo Đạc"}' >/dev/null
for spec in "vana:SECRETARIAT" "thib:SECRETARY" "vanc:PARTICIPANT" "thid:PARTICIPANT"; do
  a -X POST $B/api/users -d "{\"username\":\"${spec%%:*}\",\"password\":\"mat-khau-123\",\"fullName\":\"Người ${spec%%:*}\",\"position\":\"Chức vụ\",\"organizationId\":1,\"roles\":[\"${spec##*:}\"]}" >/dev/null
done
# About three pages: a report of 12 paragraphs, 4 contributions, conclusions and 5 directives.
para="Trong quý, toàn Đảng bộ đã tập trung lãnh đạo thực hiện các chỉ tiêu kinh tế - xã hội; thu ngân sách đạt 95,49% dự toán, 1.250 hộ đạt tiêu chí nông thôn mới, tỷ lệ bao phủ bảo hiểm y tế đạt 93,2%."
report=$(for i in $(seq 1 12); do printf '%s\\n\\n' "$para"; done)

samples=()
for i in $(seq 1 "$N"); do
  id=$(u vana -X POST $B/api/briefings -d '{"organizationId":1,"title":"Hội nghị giao ban quý IV năm 2026","quarter":"2026-Q4","scheduledAt":"2026-12-20T07:30:00+07:00","location":"Hội trường","chair":"thib","recorder":"vana","participants":["vanc","thid"]}' | sed -E 's/^\{"id":([0-9]+).*/\1/')
  u vana -X PUT $B/api/briefings/$id/report -d "{\"content\":\"$report\"}" >/dev/null
  u vana -X POST $B/api/briefings/$id/report/submit >/dev/null
  u thib -X POST $B/api/briefings/$id/report/review -d '{"decision":"APPROVE"}' >/dev/null
  for k in 1 2; do
    u vanc -X POST $B/api/briefings/$id/contributions -d "{\"kind\":\"DIFFICULTY\",\"content\":\"$para\"}" >/dev/null
    u thid -X POST $B/api/briefings/$id/contributions -d "{\"kind\":\"PROPOSAL\",\"content\":\"$para\"}" >/dev/null
  done
  u vana -X POST $B/api/briefings/$id/discussion/close >/dev/null
  u vana -X PUT $B/api/briefings/$id/conclusions -d "{\"content\":\"$para\\n\\n$para\",\"directives\":[{\"content\":\"Nhiệm vụ 1\",\"assigneeUnit\":\"Chi bộ 1\",\"dueDate\":\"2027-03-31\"},{\"content\":\"Nhiệm vụ 2\",\"assigneeUnit\":\"Chi bộ 2\"},{\"content\":\"Nhiệm vụ 3\",\"assigneeUnit\":\"Chi bộ 3\"},{\"content\":\"Nhiệm vụ 4\",\"assigneeUnit\":\"Chi bộ 4\"},{\"content\":\"Nhiệm vụ 5\",\"assigneeUnit\":\"Chi bộ 5\"}]}" >/dev/null
  u vana -X POST $B/api/briefings/$id/conclusions/submit >/dev/null
  s=$(now_ms)
  u thib -X POST $B/api/briefings/$id/conclusions/review -d '{"decision":"APPROVE"}' >/dev/null
  until u vanc $B/api/briefings/$id | grep -q '"stage":"MINUTES_PUBLISHED"'; do :; done
  e=$(now_ms)
  samples+=($((e - s)))
done
u vanc -o "$DATA/minutes.pdf" $B/api/briefings/$id/minutes
pages=$(pdfinfo "$DATA/minutes.pdf" 2>/dev/null | awk '/^Pages:/{print $2}')
size=$(stat -c %s "$DATA/minutes.pdf")
rss=$(awk '/VmRSS/{print int($2/1024)}' /proc/$PID/status)
sorted=$(printf '%s\n' "${samples[@]}" | sort -n)
median=$(echo "$sorted" | awk '{a[NR]=$1} END{print (NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2}')
p99=$(echo "$sorted" | awk '{a[NR]=$1} END{i=int(NR*0.99+0.999); if(i<1)i=1; print a[i]}')
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1)"
echo "start-up (java -Xmx256m -jar, H2 file, fresh data dir): ${started:-?}; first HTTP answer after $((t1 - t0)) ms"
echo "RSS after the run: ${rss} MB"
echo "APPROVE -> MINUTES_PUBLISHED over HTTP, $N briefings: median ${median} ms, p99 ${p99} ms, min $(echo "$sorted" | head -1) ms, max $(echo "$sorted" | tail -1) ms"
echo "minutes PDF: ${pages} pages, ${size} bytes (two signatures)"
