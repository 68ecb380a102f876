#!/usr/bin/env python3
# Reads bench/TmSegmentWork.java's TSV (per query: stored-fields µs, then µs per segment) and compares, at the p95
# over the queries, the critical path of a lookup on two threads: decision 0040's two fixed slices of equal document
# counts, half of the work (no split can do better), and one task per segment handed out in order (index order, and
# largest first: decision 0050). Also the 10 slowest queries' per-segment times (ms).
#   Usage: bench/tm-segment-work.py work.tsv
import sys
rows=[l.rstrip('\n').split('\t') for l in open(sys.argv[1])]
sizes=[int(x) for x in rows[0][3:]]
data=[(r[1],int(r[2]),[int(x) for x in r[3:]]) for r in rows[1:]]
def balanced(sizes,parts):
    order=sorted(range(len(sizes)),key=lambda i:(-sizes[i],i))
    g=[[] for _ in range(parts)]; s=[0]*parts
    for i in order:
        j=min(range(parts),key=lambda k:(s[k],k)); g[j].append(i); s[j]+=sizes[i]
    return g
G=balanced(sizes,2)
print("slices",[[sizes[i] for i in g] for g in G],[sum(sizes[i] for i in g) for g in G])
def p95(v):
    v=sorted(v); import math; return v[math.ceil(0.95*len(v))-1]
cur=[];ideal=[];tot=[];stor=[]
for k,st,c in data:
    sl=[sum(c[i] for i in g) for g in G]
    cur.append(max(sl)/1000); ideal.append(sum(c)/2000); tot.append(sum(c)/1000); stor.append(st/1000)
# work-stealing greedy (LPT by actual, unrealistic) and list scheduling in given order
def listsched(c,order):
    t=[0,0]
    for i in order:
        j=0 if t[0]<=t[1] else 1; t[j]+=c[i]
    return max(t)/1000
ws_idx=[listsched(c,range(len(c))) for k,st,c in data]
ws_big=[listsched(c,sorted(range(len(c)),key=lambda i:-sizes[i])) for k,st,c in data]
print("p95: slower of 0040 slices %.1f ms; half the work %.1f; all the work %.1f; stored fields p95 %.2f, mean %.2f"%(p95(cur),p95(ideal),p95(tot),p95(stor),sum(stor)/len(stor)))
print("p95: a task per segment, index order %.1f; largest first %.1f"%(p95(ws_idx),p95(ws_big)))
print("mean cur %.2f ideal %.2f"%(sum(cur)/len(cur),sum(ideal)/len(ideal)))
# slowest 100 by cur
idx=sorted(range(len(data)),key=lambda i:-cur[i])[:100]
import statistics
print("slowest100: mean cur %.1f ideal %.1f ratio %.3f; seg0 share %.3f"%(statistics.mean(cur[i] for i in idx),statistics.mean(ideal[i] for i in idx),statistics.mean(cur[i]/ideal[i] for i in idx),statistics.mean(data[i][2][0]/sum(data[i][2]) for i in idx)))
for i in idx[:10]:
    k,st,c=data[i]; print(i,k,"cur %.1f ideal %.1f stored %.2f"%(cur[i],ideal[i],st/1000),[round(x/1000,1) for x in c])
