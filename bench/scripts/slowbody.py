# N sockets POST /api/verify announcing DECLARED bytes and trickling 5,000 B/s for SECONDS, while /health is polled
# every second with a 2 s timeout: python3 slowbody.py PORT N DECLARED SECONDS (docs/benchmarks.md, "Slow bodies").
import socket, sys, time, threading, urllib.request
port=int(sys.argv[1]); n=int(sys.argv[2]); declared=int(sys.argv[3]); secs=int(sys.argv[4])
stop=time.time()+secs
statuses={}
def slow():
    try:
        s=socket.create_connection(("127.0.0.1",port),timeout=30)
        s.sendall(("POST /api/verify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n"%declared).encode())
        sent=0
        s.setblocking(False)
        while time.time()<stop and sent<declared:
            try:
                s.send(b" "*500); sent+=500
            except BlockingIOError: pass
            except OSError: break
            try:
                d=s.recv(64)
                if d:
                    k=d[:12].decode(errors="replace"); statuses[k]=statuses.get(k,0)+1; break
            except BlockingIOError: pass
            except OSError: break
            time.sleep(0.1)  # 500 B per 100 ms = 5,000 B/s
        s.close()
    except Exception as e:
        statuses[type(e).__name__]=statuses.get(type(e).__name__,0)+1
threads=[threading.Thread(target=slow) for _ in range(n)]
for t in threads: t.start()
ok=bad=0; lat=[]
while time.time()<stop:
    t0=time.time()
    try:
        urllib.request.urlopen("http://127.0.0.1:%d/health"%port,timeout=2).read(); ok+=1; lat.append(time.time()-t0)
    except Exception: bad+=1
    time.sleep(max(0,1-(time.time()-t0)))
for t in threads: t.join()
lat.sort()
print("slow senders' answers:",statuses)
print("/health: %d ok, %d timed out; p50 %.1f ms, max %.1f ms"%(ok,bad,1000*lat[len(lat)//2] if lat else -1,1000*lat[-1] if lat else -1))
