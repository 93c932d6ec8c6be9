#!/usr/bin/env bash
# Two clients on loopback: A (source address 127.0.0.2) sends a 505-character chain of (the w/p of) joined by w/s from
# 8 threads; B sends ordinary searches. Needs a server on PORT over a real index (docs/benchmarks.md, "Fair shares").
# usage: fairshare.sh PORT SECONDS -> client B's status counts while client A (127.0.0.2) sends the expensive query from 8 threads
port=$1; secs=$2
Q=$(python3 -c 'print(" w/s ".join(["(the w/p of)"]*30))')
enc() { python3 -c 'import urllib.parse,sys;print(urllib.parse.quote(sys.argv[1]))' "$1"; }
URL="http://127.0.0.1:$port/api/search?q=$(enc "$Q")"
rm -f /tmp/fa_* /tmp/fb
for t in 1 2 3 4 5 6 7 8; do
  (end=$((SECONDS+secs)); while [ $SECONDS -lt $end ]; do curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --interface 127.0.0.2 "$URL"; done) > /tmp/fa_$t &
done
sleep 1
(end=$((SECONDS+secs-2))
 while [ $SECONDS -lt $end ]; do for q in putin "health care" "obama w/5 said" senate iran budget; do
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "http://127.0.0.1:$port/api/search?q=$(enc "$q")"; sleep 0.3; done; done) > /tmp/fb
wait
echo "client A (8 threads, expensive query):"; cat /tmp/fa_* | awk '{print $1}' | sort | uniq -c
echo "client B (ordinary searches):"; awk '{print $1}' /tmp/fb | sort | uniq -c
awk '$1==200 {print $2}' /tmp/fb | sort -n | awk '{a[NR]=$1} END {print "B p50 " a[int(NR*0.5)] " s, p95 " a[int(NR*0.95)] " s"}'
